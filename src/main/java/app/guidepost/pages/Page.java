package app.guidepost.pages;

import app.guidepost.i18n.Language;
import java.util.List;

/**
 * What every page has: its language and direction, title and description for search engines,
 * the same page in the other languages ({@code hreflang}), and the UI strings.
 *
 * @param root where the application is deployed ({@code ""} at the server's root)
 * @param site the same in full, as readers reach it ({@code https://help.example.com}), for the
 *     addresses that must be absolute (hreflang)
 * @param path the page's address without the language, such as {@code /articles/slug}
 * @param formToken what this page's forms repeat in their {@code csrf} field (see {@link FormGuard})
 */
public record Page(String root, String site, Language language, String title, String description, String path, List<Language> alternates,
    Texts texts, String formToken) {

  /** A page without alternates in other languages (its address in full is never needed). */
  public Page(String root, Language language, String title, String description, String path, List<Language> alternates, Texts texts) {
    this(root, root, language, title, description, path, alternates, texts, "");
  }

  /** This page with its forms carrying {@code token}. */
  public Page withFormToken(String token) {
    return new Page(root, site, language, title, description, path, alternates, texts, token);
  }

  /** A link to this page in another language, or {@code x-default}. */
  public record Alternate(String hreflang, String href) {}

  /**
   * The page in every language it is written in, with full addresses as search engines want
   * them, and {@code x-default} for readers whose language is none of them: the English page
   * where there is one, else the first.
   */
  public List<Alternate> alternateLinks() {
    if (alternates.isEmpty()) {
      return List.of();
    }
    List<Alternate> links = new java.util.ArrayList<>();
    alternates.forEach(other -> links.add(new Alternate(other.code(), site + "/" + other.code() + path)));
    Language fallback = alternates.contains(Language.EN) ? Language.EN : alternates.get(0);
    links.add(new Alternate("x-default", site + "/" + fallback.code() + path));
    return links;
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
