package app.guidepost.pages;

import app.guidepost.i18n.Language;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The editor's addresses, in the language of its interface.
 *
 * @param base where the application is deployed ({@code ""} at the server's root)
 */
record EditorLinks(String base, Language ui) {

  static EditorLinks of(HttpServletRequest request, Language ui) {
    return new EditorLinks(request.getContextPath(), ui);
  }

  /** The list of articles and guides. */
  String list() {
    return base + "/" + ui.code() + "/editor";
  }

  /** An article's text in {@code target}, edited beside its source. */
  String translation(String slug, Language target) {
    return list() + "/" + slug + "/" + target.code();
  }

  /** The revisions of an article's text in {@code target}. */
  String history(String slug, Language target) {
    return translation(slug, target) + "/history";
  }

  /** A guide's texts in {@code target}, step by step beside the source's. */
  String guide(String slug, Language target) {
    return list() + "/guides/" + slug + "/" + target.code();
  }
}
