package app.guidepost.account;

import app.guidepost.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA256, 32-byte salt and key), at
 * OWASP's recommended 600,000 iterations unless configured higher. A stored hash names its own
 * iterations, so raising the setting never locks anyone out.
 */
@ApplicationScoped
public class Passwords {

  static final int RECOMMENDED_ITERATIONS = 600_000;
  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "guidepost.password.iterations", defaultValue = "600000")
  int iterations;

  /** Verified when a name is unknown, so that an unknown name costs as much as a wrong password. */
  private String decoy;

  @PostConstruct
  void init() {
    hash.initialize(Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
        "Pbkdf2PasswordHash.Iterations", String.valueOf(Math.max(iterations, RECOMMENDED_ITERATIONS)),
        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
        "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy password that no account has".toCharArray());
  }

  /** A new password, checked against the policy, as the hash to store. */
  public String hashNew(String password, Username username) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new InvalidInputException("Weak password", "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters; a few words in a row make a good one.");
    }
    if (password.strip().equalsIgnoreCase(username.value())) {
      throw new InvalidInputException("Weak password", "A password must not be the username.");
    }
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String stored) {
    return hash.verify(password.toCharArray(), stored);
  }

  /** The same work as {@link #verify}, for a name that has no account; always false. */
  public boolean verifyDecoy(String password) {
    hash.verify(password.toCharArray(), decoy);
    return false;
  }
}
