package app.guidepost.render;

import java.util.List;

/** An article body as sanitized HTML, with its sections in document order. */
public record RenderedArticle(String html, List<Section> sections) {
  public RenderedArticle {
    sections = List.copyOf(sections);
  }
}
