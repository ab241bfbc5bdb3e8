package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Line diffs, and their folded form for long texts on the pages. */
class LineDiffTest {

  private static String numbered(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
  }

  private static List<String> shown(List<LineDiff.Line> lines) {
    return lines.stream().map(l -> l.skipped() ? "… " + l.skippedCount() : l.op() + " " + l.text()).toList();
  }

  @Test
  void aDiffListsCommonRemovedAndAddedLinesInOrder() {
    assertThat(shown(LineDiff.between("a\nb\nc", "a\nB\nc\nd"))).containsExactly("  a", "- b", "+ B", "  c", "+ d");
    assertThat(shown(LineDiff.between("", "a"))).containsExactly("+ a");
  }

  @Test
  void longRunsOfUnchangedLinesAreFoldedAroundEachChange() {
    String before = numbered(1, 40);
    String after = before.replace("line 10\n", "line ten\n").replace("line 30\n", "line thirty\n");
    List<LineDiff.Line> folded = LineDiff.folded(LineDiff.between(before, after), 3);
    assertThat(shown(folded)).containsExactly(
        "… 6", "  line 7", "  line 8", "  line 9", "- line 10", "+ line ten", "  line 11", "  line 12", "  line 13",
        "… 13", "  line 27", "  line 28", "  line 29", "- line 30", "+ line thirty", "  line 31", "  line 32", "  line 33", "… 7");
    assertThat(folded.get(0).skippedCount()).isEqualTo(6);
    assertThat(folded.get(1).skippedCount()).isZero();
  }

  @Test
  void aRunNoLongerThanItsContextIsKeptWholeAndAnUnchangedTextIsOneFold() {
    String before = numbered(1, 9);
    String after = before.replace("line 1\n", "line one\n").replace("line 9", "line nine");
    // Seven unchanged lines between two changes: fewer than 3 + 3 + 1 would save nothing.
    assertThat(shown(LineDiff.folded(LineDiff.between(before, after), 3))).hasSize(11).noneMatch(l -> l.startsWith("…"));
    assertThat(shown(LineDiff.folded(LineDiff.between(before, before), 3))).containsExactly("… 9");
  }

  @Test
  void oneChangedLineOfAVeryLongArticleIsOneChangedLine() {
    // 5,000 lines each side: a table of every line pair would hold 25 million cells.
    String before = numbered(1, 5_000);
    String after = before.replace("line 2500\n", "line two thousand five hundred\n");
    List<LineDiff.Line> lines = LineDiff.between(before, after);
    assertThat(lines).hasSize(5_001);
    assertThat(lines).filteredOn(l -> !l.op().equals(" ")).extracting(LineDiff.Line::op, LineDiff.Line::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("-", "line 2500"), org.assertj.core.groups.Tuple.tuple("+", "line two thousand five hundred"));
    assertThat(shown(LineDiff.folded(lines, 1))).containsExactly("… 2498", "  line 2499", "- line 2500", "+ line two thousand five hundred", "  line 2501", "… 2499");
  }

  @Test
  void movedAndRepeatedLinesStayInTheOrderOfBothTexts() {
    List<LineDiff.Line> lines = LineDiff.between("x\na\nx\nb", "a\nx\nb\nx");
    assertThat(lines.stream().filter(l -> !l.op().equals("+")).map(LineDiff.Line::text)).containsExactly("x", "a", "x", "b");
    assertThat(lines.stream().filter(l -> !l.op().equals("-")).map(LineDiff.Line::text)).containsExactly("a", "x", "b", "x");
  }
}
