package app.guidepost.metrics;

import java.util.Set;

/**
 * The route a request belongs to, for metrics: {@code api:search}, {@code page:articles},
 * {@code health}... A fixed vocabulary, so that a crawler requesting a million addresses
 * cannot create a million time series.
 */
final class Routes {

  private static final Set<String> LANGUAGES = Set.of("en", "vi", "nb", "no", "de", "ar");
  private static final Set<String> API = Set.of("search", "suggest", "articles", "guides", "ticket-steps", "walkthroughs", "support-requests",
      "session", "accounts", "password-resets", "audit", "localization", "export", "xliff", "analytics", "content", "languages", "admin");
  private static final Set<String> PAGES = Set.of("search", "articles", "categories", "guides", "walkthroughs", "console", "editor", "sign-in",
      "sign-out");

  private Routes() {}

  static String of(String path) {
    String[] parts = path.replaceFirst("^/+", "").split("/", -1);
    String first = parts.length > 0 ? parts[0] : "";
    String second = parts.length > 1 ? parts[1] : "";
    if (first.equals("api")) {
      return API.contains(second) ? "api:" + second : "api:other";
    }
    if (LANGUAGES.contains(first)) {
      return second.isEmpty() ? "page:home" : PAGES.contains(second) ? "page:" + second : "page:other";
    }
    return switch (first) {
      case "" -> "root";
      case "health", "metrics", "openapi", "assets", "sitemap.xml" -> first;
      default -> "other";
    };
  }
}
