package app.guidepost.pages;

import java.util.List;

/**
 * A page of a category: its name, how many articles it files in all, those of this page in the
 * reader's collation order, and the neighbouring pages' addresses (null at either end).
 */
public record CategoryView(String name, String lang, int total, List<Entry> articles, String previousUrl, String nextUrl, String icon) {

  /** An article of the category; {@code otherLanguage} names its language when it is not the reader's. */
  public record Entry(String title, String summary, String lang, String url, String otherLanguage) {}
}
