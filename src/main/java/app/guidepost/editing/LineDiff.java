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

  /**
   * One line of the diff: {@code " "} in both, {@code "-"} only in the old, {@code "+"} only in
   * the new; or, in a {@link #folded} diff, {@code "…"} for a run of unchanged lines left out,
   * its text their number.
   */
  public record Line(String op, String text) {

    static final String SKIPPED = "…";

    /** Whether this stands for unchanged lines left out. */
    public boolean skipped() {
      return op.equals(SKIPPED);
    }

    /** How many unchanged lines this stands for; 0 for a real line. */
    public int skippedCount() {
      return skipped() ? Integer.parseInt(text) : 0;
    }
  }

  /**
   * The diff as a reader wants it on a long text: the changed lines with {@code context}
   * unchanged lines around each change; every longer run of unchanged lines becomes one
   * skipped line that counts them.
   */
  public static List<Line> folded(List<Line> lines, int context) {
    List<Line> folded = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).op().equals(" ")) {
        folded.add(lines.get(i++));
        continue;
      }
      int end = i;
      while (end < lines.size() && lines.get(end).op().equals(" ")) {
        end++;
      }
      int keepBefore = i == 0 ? 0 : context;
      int keepAfter = end == lines.size() ? 0 : context;
      int run = end - i;
      if (run <= keepBefore + keepAfter + 1) {
        folded.addAll(lines.subList(i, end));
      } else {
        folded.addAll(lines.subList(i, i + keepBefore));
        folded.add(new Line(Line.SKIPPED, String.valueOf(run - keepBefore - keepAfter)));
        folded.addAll(lines.subList(end - keepAfter, end));
      }
      i = end;
    }
    return folded;
  }

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
