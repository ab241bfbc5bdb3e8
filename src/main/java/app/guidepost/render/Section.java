package app.guidepost.render;

/**
 * A {@code ##} section of an article: its anchor (the id guides link to), its heading, and the
 * plain text under it up to the next heading of the same or a higher level.
 */
public record Section(String anchor, String title, int level, String text) {

  /** The start of the section's text, cut at a word boundary, at most {@code maxChars} long. */
  public String excerpt(int maxChars) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= maxChars) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', maxChars - 1);
    return flat.substring(0, cut > maxChars / 2 ? cut : maxChars - 1).strip() + "…";
  }
}
