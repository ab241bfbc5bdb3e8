package app.guidepost.account;

import app.guidepost.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
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
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int SALT_BYTES = 32;
  static final int KEY_BYTES = 32;
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
    int effective = Math.max(iterations, RECOMMENDED_ITERATIONS);
    hash.initialize(Map.of(
        "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
        "Pbkdf2PasswordHash.Iterations", String.valueOf(effective),
        "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
        "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
    decoy = decoyHash(effective, new SecureRandom());
  }

  /**
   * A stored hash in Jakarta Security's encoding ({@code algorithm:iterations:salt:key}) whose
   * salt and key are random bytes. Verifying any password against it derives a key of the same
   * size with the same iterations as for a real account, and never matches; made without
   * hashing, because a start (and every test server) would otherwise spend a whole PBKDF2 run on
   * it, 1.5 s on a slow core.
   */
  static String decoyHash(int iterations, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(salt);
    random.nextBytes(key);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
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
