package app.guidepost.pages;

/** A help center page that does not exist: answered with the 404 page in the visitor's language. */
final class PageNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
