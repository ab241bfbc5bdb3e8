package app.guidepost.api;

/** No guide with this slug that the reader may see. */
final class GuideNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GuideNotFoundException(String slug) {
    super("There is no guide '" + slug + "'.");
  }
}
