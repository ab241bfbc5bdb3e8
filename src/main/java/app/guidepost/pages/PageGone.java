package app.guidepost.pages;

/**
 * A help center page that was there and was taken out on purpose (a retired article): answered
 * 410, so that search engines drop it, with a page that says so in the visitor's language.
 */
final class PageGone extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PageGone() {
    super(null, null, false, false);
  }
}
