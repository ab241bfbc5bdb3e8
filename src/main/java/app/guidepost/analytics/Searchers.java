package app.guidepost.analytics;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tells searchers apart without recording who they are: an address becomes the first 16 hex
 * digits of its HMAC under a key that lives only in this process's memory, so the stored value
 * cannot be turned back into an address, not even by whoever reads the database.
 */
final class Searchers {

  private final byte[] key = new byte[32];

  Searchers() {
    new SecureRandom().nextBytes(key);
  }

  String of(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String client = app.guidepost.platform.ClientAddress.client(String.valueOf(address));
      return HexFormat.of().formatHex(mac.doFinal(client.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
