package app.guidepost.pages;

import app.guidepost.render.Section;
import java.util.List;

/** An article page; {@code html} is the sanitized body. */
public record ArticlePageView(
    String lang, String dir, String title, String html, List<Section> sections, String updated, String fallbackNotice, String outdatedNotice,
    Source source, List<Other> translations, String feedbackUrl, boolean thanked, Topic topic, List<Related> moreInTopic, String slug) {

  /** The published original the article was made from, each part null when not named; the whole null when none is. */
  public record Source(String title, String author, String url) {}

  /** The category the article is filed under, linking to its page; null when it has none. */
  public record Topic(String name, String lang, String url) {}

  /** Another article of the same topic. */
  public record Related(String title, String lang, String url) {}

  /** The same article in another language. */
  public record Other(String lang, String name, String url) {}
}
