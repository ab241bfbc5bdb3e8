package app.guidepost.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cookie a browser gets when it signs in: it proves that this browser signed in as this
 * name before, so that strangers' failed attempts at the name do not slow it down (see
 * {@link LoginThrottle}). Its value is a random nonce and an HMAC of the name and the nonce under
 * a key in this process's memory; it names nobody and cannot be forged. A restart or another
 * instance of a cluster does not know it, and the browser then counts as unknown, as before it
 * first signed in.
 */
final class DeviceCookie {

  static final String NAME = "GUIDEPOST_DEVICE";
  static final Duration LIFETIME = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key = new byte[32];

  DeviceCookie() {
    RANDOM.nextBytes(key);
  }

  /** Whether the request carries a device cookie issued for {@code username}. */
  boolean presentFor(HttpServletRequest request, String username) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName()) && cookie.getValue() != null) {
        int dot = cookie.getValue().indexOf('.');
        if (dot > 0 && MessageDigest.isEqual(
            mac(username, cookie.getValue().substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
            cookie.getValue().substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Gives the browser a device cookie for {@code username}. */
  void issue(HttpServletRequest request, HttpServletResponse response, String username) {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    Cookie cookie = new Cookie(NAME, id + "." + mac(username, id));
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge((int) LIFETIME.toSeconds());
    // SameSite=Lax is added to every cookie by the HTTP listeners (src/main/payara/pre-boot-commands.txt).
    response.addCookie(cookie);
  }

  private String mac(String username, String nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal((username + "\n" + nonce).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
