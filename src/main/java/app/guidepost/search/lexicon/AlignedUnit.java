package app.guidepost.search.lexicon;

import java.util.List;

/**
 * Two stretches of text that say the same thing in two languages (a title and its translation,
 * a paragraph and its translation), as the analysed words of each.
 */
record AlignedUnit(List<String> from, List<String> to) {

  AlignedUnit {
    from = List.copyOf(from);
    to = List.copyOf(to);
  }
}
