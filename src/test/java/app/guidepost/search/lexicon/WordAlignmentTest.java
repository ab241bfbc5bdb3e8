package app.guidepost.search.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordAlignmentTest {

  private static AlignedUnit unit(String from, String to) {
    return new AlignedUnit(List.of(from.split(" ")), List.of(to.split(" ")));
  }

  /** Analysed German and English words of short aligned sentences, as the analyzers would give them. */
  private static final List<AlignedUnit> UNITS = List.of(
      unit("drucker druck nicht", "printer print not"),
      unit("drucker offlin", "printer offlin"),
      unit("netzwerk drucker", "network printer"),
      unit("netzwerk langsam", "network slow"),
      unit("kennwort zurucksetz", "password reset"),
      unit("kennwort vergess", "password forgot"),
      unit("langsam netzwerk heut", "slow network todai"));

  @Test
  void wordsThatOccurTogetherInSeveralUnitsRenderEachOther() {
    WordAlignment.Learned learned = WordAlignment.learn(UNITS);

    assertThat(learned.forward().get("drucker")).extracting(Rendering::word).first().isEqualTo("printer");
    assertThat(learned.forward().get("netzwerk")).extracting(Rendering::word).first().isEqualTo("network");
    assertThat(learned.forward().get("kennwort")).extracting(Rendering::word).first().isEqualTo("password");
    assertThat(learned.backward().get("printer")).extracting(Rendering::word).first().isEqualTo("drucker");
  }

  @Test
  void theModelExplainsAwayAWordsNeighbours() {
    // "drucker" and "netzwerk" meet in one unit; each is explained by its own rendering, so
    // "drucker" never renders as "network", though they occur together.
    WordAlignment.Learned learned = WordAlignment.learn(UNITS);

    assertThat(learned.forward().get("drucker")).extracting(Rendering::word).doesNotContain("network");
    assertThat(learned.forward().get("netzwerk")).extracting(Rendering::word).doesNotContain("printer");
  }

  @Test
  void aWordSeenInOneUnitOnlyTeachesNothing() {
    WordAlignment.Learned learned = WordAlignment.learn(UNITS);

    assertThat(learned.forward()).doesNotContainKeys("heut", "vergess", "zurucksetz", "offlin");
    assertThat(learned.backward()).doesNotContainKeys("todai", "forgot", "reset");
  }

  @Test
  void confidencesAreProbabilitiesAndTheSureFirst() {
    WordAlignment.Learned learned = WordAlignment.learn(UNITS);

    learned.forward().values().forEach(renderings -> {
      assertThat(renderings).hasSizeLessThanOrEqualTo(WordAlignment.MAX_RENDERINGS);
      assertThat(renderings).extracting(Rendering::confidence).isSortedAccordingTo((a, b) -> Float.compare(b, a));
      assertThat(renderings).allSatisfy(r -> assertThat(r.confidence()).isBetween(WordAlignment.MIN_PROBABILITY, 1f));
    });
  }

  @Test
  void numberingThePairsAheadLearnsExactlyWhatLookingThemUpDoes() {
    assertThat(WordAlignment.learn(UNITS, 0)).isEqualTo(WordAlignment.learn(UNITS, Long.MAX_VALUE));
  }

  @Test
  void nothingToLearnFromLearnsNothing() {
    assertThat(WordAlignment.learn(List.of()).forward()).isEmpty();
    assertThat(WordAlignment.learn(List.of(new AlignedUnit(List.of(), List.of("printer")))).forward()).isEmpty();
  }
}
