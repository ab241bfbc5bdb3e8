package app.guidepost.api;

/** No article with this slug that the reader may see. */
final class ArticleNotFoundException extends app.guidepost.platform.ProblemException {
  private static final long serialVersionUID = 1L;

  ArticleNotFoundException(String slug) {
    super(404, "Article not found", "There is no article '" + slug + "'.");
  }
}
