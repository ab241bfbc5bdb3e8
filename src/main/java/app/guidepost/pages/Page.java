package app.guidepost.pages;

import app.guidepost.i18n.Language;
import java.util.List;

/**
 * What every page has: its language and direction, title and description for search engines,
 * the same page in the other languages ({@code hreflang}), and the UI strings.
 *
 * @param root where the application is deployed ({@code ""} at the server's root)
 * @param path the page's address without the language, such as {@code /articles/slug}
 * @param formToken what this page's forms repeat in their {@code csrf} field (see {@link FormGuard})
 */
public record Page(String root, Language language, String title, String description, String path, List<Language> alternates, Texts texts,
    String formToken) {

  public Page(String root, Language language, String title, String description, String path, List<Language> alternates, Texts texts) {
    this(root, language, title, description, path, alternates, texts, "");
  }

  /** This page with its forms carrying {@code token}. */
  public Page withFormToken(String token) {
    return new Page(root, language, title, description, path, alternates, texts, token);
  }

  public String lang() {
    return language.code();
  }

  public String dir() {
    return language.isRightToLeft() ? "rtl" : "ltr";
  }

  /** The address of this page in {@code other}. */
  public String in(Language other) {
    return root + "/" + other.code() + path;
  }

  public String home() {
    return root + "/" + language.code() + "/";
  }

  /** An address in this page's language: {@code url("/search")}. */
  public String url(String pathInLanguage) {
    return root + "/" + language.code() + pathInLanguage;
  }

  /** A file of the site, such as {@code /assets/site.css}. */
  public String asset(String file) {
    return root + file;
  }

  public List<Language> languages() {
    return List.of(Language.values());
  }
}
