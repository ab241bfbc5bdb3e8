package app.guidepost.search.lexicon;

/**
 * A word of one language that renders a word of another, as the analyzer of its language indexes
 * it, with how sure the lexicon is of it: the geometric mean of the two directions' translation
 * probabilities, so between 0 and 1.
 */
public record Rendering(String word, float confidence) {

  public Rendering {
    if (word.isEmpty() || !(confidence > 0f && confidence <= 1f)) {
      throw new IllegalArgumentException("A rendering needs a word and a confidence in (0, 1]: " + word + " " + confidence);
    }
  }
}
