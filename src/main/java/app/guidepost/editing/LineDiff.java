package app.guidepost.editing;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts have in common and where they differ, from their longest common
 * subsequence. Texts too long for that (over {@value #MAX_CELLS} line pairs) are shown as all
 * removed and all added, which is still correct.
 */
public final class LineDiff {

  static final long MAX_CELLS = 4_000_000;

  /** One line of the diff: {@code " "} in both, {@code "-"} only in the old, {@code "+"} only in the new. */
  public record Line(String op, String text) {}

  private LineDiff() {}

  /** An empty text has no lines, not one empty line. */
  private static String[] lines(String text) {
    return text.isEmpty() ? new String[0] : text.split("\n", -1);
  }

  public static List<Line> between(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    List<Line> lines = new ArrayList<>();
    if ((long) a.length * b.length > MAX_CELLS) {
      for (String line : a) {
        lines.add(new Line("-", line));
      }
      for (String line : b) {
        lines.add(new Line("+", line));
      }
      return lines;
    }
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        lines.add(new Line(" ", a[i]));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        lines.add(new Line("-", a[i++]));
      } else {
        lines.add(new Line("+", b[j++]));
      }
    }
    while (i < a.length) {
      lines.add(new Line("-", a[i++]));
    }
    while (j < b.length) {
      lines.add(new Line("+", b[j++]));
    }
    return lines;
  }
}
