package app.guidepost.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read analytics until accounts exist: a caller with the bearer token configured as
 * {@code guidepost.analytics.token}. Without a configured token nobody may; a wrong or missing
 * token is refused the same way, and compared in constant time.
 */
@ApplicationScoped
public class AnalyticsAccess {

  @Inject
  @ConfigProperty(name = "guidepost.analytics.token")
  Optional<String> token;

  /** The staff-only check; throws {@link StaffOnlyException} when it fails. */
  void requireStaff(String authorization) {
    String expected = token.map(String::strip).filter(t -> t.length() >= 16).orElse(null);
    String given = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring("Bearer ".length()).strip() : "";
    if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      throw new StaffOnlyException();
    }
  }

  /** Analytics asked for without the staff token. */
  static final class StaffOnlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaffOnlyException() {
      super("Search analytics are for agents and editors: send the analytics token as 'Authorization: Bearer <token>'.");
    }
  }
}
