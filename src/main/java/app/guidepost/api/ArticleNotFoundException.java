package app.guidepost.api;

/** No article with this slug that the reader may see. */
final class ArticleNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ArticleNotFoundException(String slug) {
    super("There is no article '" + slug + "'.");
  }
}
