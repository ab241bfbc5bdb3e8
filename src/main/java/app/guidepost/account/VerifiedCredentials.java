package app.guidepost.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names and passwords verified recently, kept only as an HMAC under a key that lives in this
 * process's memory, each with the password hash it was verified against: a changed password or a
 * new hash forgets it. Entries last {@link #LIFETIME}.
 */
final class VerifiedCredentials {

  static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(String storedHash, long expiresAtNanos) {}

  private final byte[] key = new byte[32];
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  VerifiedCredentials() {
    new SecureRandom().nextBytes(key);
  }

  boolean matches(String username, String password, String storedHash) {
    Entry entry = entries.get(mac(username, password));
    return entry != null && entry.expiresAtNanos() - System.nanoTime() > 0
        && MessageDigest.isEqual(entry.storedHash().getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8));
  }

  void remember(String username, String password, String storedHash) {
    if (entries.size() >= MAX_ENTRIES) {
      long now = System.nanoTime();
      entries.values().removeIf(e -> e.expiresAtNanos() - now <= 0);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(mac(username, password), new Entry(storedHash, System.nanoTime() + LIFETIME.toNanos()));
  }

  private String mac(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
