package app.guidepost.editing;

import app.guidepost.render.MarkdownRenderer;
import app.guidepost.render.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Markdown body cut at its {@code ##} headings, as written: the part before the first heading,
 * then each section with its anchor and lines. Headings inside fenced code blocks do not cut.
 * Comparing two revisions section by section tells a translator which parts of the source
 * changed, were added or were removed since they translated it.
 */
public final class SourceSections {

  /** How a section of the newer text relates to the older one. */
  public enum Status {
    UNCHANGED, CHANGED, ADDED, REMOVED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One section compared: its anchor and heading (the newer one where it exists), its status code and the line diff. */
  public record Compared(String anchor, String title, String status, List<LineDiff.Line> diff) {
    Compared(String anchor, String title, Status status, List<LineDiff.Line> diff) {
      this(anchor, title, status.code(), diff);
    }
  }

  /** The part before the first heading has this anchor. */
  public static final String PREAMBLE = "";

  private static final Pattern HEADING = Pattern.compile("##[ \t]+(.*?)[ \t#]*");
  private static final Pattern FENCE = Pattern.compile("[ ]{0,3}(```|~~~).*");

  private record Part(String anchor, String title, String text) {}

  private SourceSections() {}

  public static List<Compared> compare(String before, String after) {
    Map<String, Part> old = byAnchor(split(before));
    Map<String, Part> now = byAnchor(split(after));
    List<Compared> result = new ArrayList<>();
    for (Part part : now.values()) {
      Part previous = old.get(part.anchor());
      if (previous == null) {
        result.add(new Compared(part.anchor(), part.title(), Status.ADDED, LineDiff.between("", part.text())));
      } else if (previous.text().strip().equals(part.text().strip())) {
        result.add(new Compared(part.anchor(), part.title(), Status.UNCHANGED, List.of()));
      } else {
        result.add(new Compared(part.anchor(), part.title(), Status.CHANGED, LineDiff.between(previous.text().strip(), part.text().strip())));
      }
    }
    for (Part part : old.values()) {
      if (!now.containsKey(part.anchor())) {
        result.add(new Compared(part.anchor(), part.title(), Status.REMOVED, LineDiff.between(part.text().strip(), "")));
      }
    }
    return result;
  }

  private static Map<String, Part> byAnchor(List<Part> parts) {
    Map<String, Part> map = new LinkedHashMap<>();
    parts.forEach(p -> map.putIfAbsent(p.anchor(), p));
    return map;
  }

  /** The body's parts; anchors are the ones the rendered article gives its {@code ##} headings. */
  static List<Part> split(String markdown) {
    List<Section> rendered = MarkdownRenderer.render(markdown).sections();
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String anchor = PREAMBLE;
    String title = "";
    boolean inFence = false;
    int headings = 0;
    for (String line : markdown.split("\n", -1)) {
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
      }
      var heading = HEADING.matcher(line);
      if (!inFence && heading.matches()) {
        if (!anchor.equals(PREAMBLE) || !text.toString().isBlank()) {
          parts.add(new Part(anchor, title, text.toString()));
        }
        title = heading.group(1).strip();
        anchor = headings < rendered.size() ? rendered.get(headings).anchor() : title;
        headings++;
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    if (!anchor.equals(PREAMBLE) || !text.toString().isBlank()) {
      parts.add(new Part(anchor, title, text.toString()));
    }
    return parts;
  }
}
