package app.guidepost.api;

import app.guidepost.i18n.Language;

/** The addresses of an article: its reader page and its API resource. */
final class ArticleLinks {
  private ArticleLinks() {}

  static String page(Language language, String slug) {
    return "/" + language.code() + "/articles/" + slug;
  }

  /** The reader page of a guide. */
  static String guidePage(Language language, String slug) {
    return "/" + language.code() + "/guides/" + slug;
  }

  static String api(Language language, String slug) {
    return "/api/articles/" + slug + "?lang=" + language.code();
  }
}
