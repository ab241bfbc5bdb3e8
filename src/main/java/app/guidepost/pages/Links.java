package app.guidepost.pages;

import app.guidepost.i18n.Language;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The help center's addresses in one language.
 *
 * @param base where the application is deployed ({@code ""} at the server's root)
 */
record Links(String base, Language language) {

  static Links of(HttpServletRequest request, Language language) {
    return new Links(request.getContextPath(), language);
  }

  /** The same addresses in {@code other}. */
  Links in(Language other) {
    return new Links(base, other);
  }

  String article(String slug) {
    return inLanguage("/articles/" + slug);
  }

  String category(String slug) {
    return inLanguage("/categories/" + slug);
  }

  String guide(String slug) {
    return inLanguage("/guides/" + slug);
  }

  String walkthrough(String token) {
    return inLanguage("/walkthroughs/" + token);
  }

  /** An address in this language: {@code inLanguage("/search")}. */
  String inLanguage(String path) {
    return base + "/" + language.code() + path;
  }
}
