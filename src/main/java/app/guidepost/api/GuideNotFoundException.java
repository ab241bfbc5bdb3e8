package app.guidepost.api;

/** No guide with this slug that the reader may see. */
final class GuideNotFoundException extends app.guidepost.platform.ProblemException {
  private static final long serialVersionUID = 1L;

  GuideNotFoundException(String slug) {
    super(404, "Guide not found", "There is no guide '" + slug + "'.");
  }
}
