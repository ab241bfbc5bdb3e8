package app.guidepost.editing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/** The lines two texts have in common and where they differ, as an editor reads a change. */
public final class LineDiff {

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
  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }

  /**
   * Every line of both texts in order: unchanged, removed, added. Myers' algorithm (from
   * java-diff-utils) costs time in the size of the texts times the size of the change, so a
   * one-line change in a long article stays one changed line.
   */
  public static List<Line> between(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Line> lines = new ArrayList<>();
    int i = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      Chunk<String> removed = delta.getSource();
      while (i < removed.getPosition()) {
        lines.add(new Line(" ", a.get(i++)));
      }
      removed.getLines().forEach(line -> lines.add(new Line("-", line)));
      delta.getTarget().getLines().forEach(line -> lines.add(new Line("+", line)));
      i += removed.size();
    }
    while (i < a.size()) {
      lines.add(new Line(" ", a.get(i++)));
    }
    return lines;
  }
}
