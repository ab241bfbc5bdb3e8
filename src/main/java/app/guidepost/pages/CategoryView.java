package app.guidepost.pages;

import java.util.List;

/** A category page: its name and its articles, in the reader's collation order. */
public record CategoryView(String name, String lang, List<Entry> articles) {

  /** An article of the category; {@code otherLanguage} names its language when it is not the reader's. */
  public record Entry(String title, String summary, String lang, String url, String otherLanguage) {}
}
