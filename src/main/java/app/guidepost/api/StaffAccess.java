package app.guidepost.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who counts as staff (agents and editors) until accounts exist: a caller with the bearer token
 * configured as {@code guidepost.staff.token} (earlier name: {@code guidepost.analytics.token}).
 * Staff read analytics and internal guides. Without a configured token nobody is staff; a
 * wrong or missing token is treated the same way, and compared in constant time.
 */
@ApplicationScoped
public class StaffAccess {

  static final int MINIMUM_LENGTH = 16;

  @Inject
  @ConfigProperty(name = "guidepost.staff.token")
  Optional<String> token;

  @Inject
  @ConfigProperty(name = "guidepost.analytics.token")
  Optional<String> analyticsToken;

  /** Whether the {@code Authorization} header carries the staff token. */
  boolean isStaff(String authorization) {
    String expected = token.or(() -> analyticsToken).map(String::strip).filter(t -> t.length() >= MINIMUM_LENGTH).orElse(null);
    String given = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring("Bearer ".length()).strip() : "";
    return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** The staff-only check; throws {@link StaffOnlyException} when it fails. */
  void requireStaff(String authorization, String what) {
    if (!isStaff(authorization)) {
      throw new StaffOnlyException(what);
    }
  }

  /** A staff-only answer asked for without the staff token. */
  static final class StaffOnlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaffOnlyException(String what) {
      super(what + " are for agents and editors: send the staff token as 'Authorization: Bearer <token>'.");
    }
  }
}
