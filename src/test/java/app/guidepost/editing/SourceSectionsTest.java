package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Section-by-section comparison of two revisions of a source text, and the line diff under it. */
class SourceSectionsTest {

  private static final String BEFORE = """
      Intro that stays.

      ## Greet the caller

      Say your name.

      ## Put on hold

      Ask first.

      ## Old advice

      Hang up.
      """;

  private static final String AFTER = """
      Intro that stays.

      ## Greet the caller

      Say your name.

      ## Put on hold

      Ask first, then come back every 30 seconds.

      ## Close the call

      Summarise.

      ```
      ## not a heading inside code
      ```
      """;

  @Test
  void eachSectionIsUnchangedChangedAddedOrRemoved() {
    List<SourceSections.Compared> compared = SourceSections.compare(BEFORE, AFTER);
    assertThat(compared).extracting(SourceSections.Compared::anchor, SourceSections.Compared::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("", "unchanged"),
        org.assertj.core.groups.Tuple.tuple("greet-the-caller", "unchanged"),
        org.assertj.core.groups.Tuple.tuple("put-on-hold", "changed"),
        org.assertj.core.groups.Tuple.tuple("close-the-call", "added"),
        org.assertj.core.groups.Tuple.tuple("old-advice", "removed"));
    SourceSections.Compared hold = compared.get(2);
    assertThat(hold.title()).isEqualTo("Put on hold");
    assertThat(hold.diff()).extracting(l -> l.op() + l.text()).containsExactly("-Ask first.", "+Ask first, then come back every 30 seconds.");
    assertThat(compared.get(3).diff()).extracting(LineDiff.Line::text).contains("## not a heading inside code");
  }

  @Test
  void aNewTranslationSeesEverySectionAsAdded() {
    assertThat(SourceSections.compare("", AFTER)).extracting(SourceSections.Compared::status).containsOnly("added");
  }

  @Test
  void theLineDiffKeepsCommonLinesAndMarksTheRest() {
    assertThat(LineDiff.between("a\nb\nc", "a\nx\nc")).extracting(l -> l.op() + l.text()).containsExactly(" a", "-b", "+x", " c");
    assertThat(LineDiff.between("", "a")).extracting(l -> l.op() + l.text()).containsExactly("+a");
  }
}
