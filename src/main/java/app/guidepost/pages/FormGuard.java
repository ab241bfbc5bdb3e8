package app.guidepost.pages;

import app.guidepost.account.GuidepostAuthentication;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The checks every state-changing page form passes: it comes from this site (its {@code Origin},
 * when the browser sends one, is this host) and repeats a token an other site cannot read in a
 * {@code csrf} field. Signed in, the token is the session's, and only it counts; a visitor
 * without a session gets one in the {@code GUIDEPOST_FORM} cookie ({@code __Host-GUIDEPOST_FORM}
 * over TLS) to repeat (double submit), so public forms (feedback, guided help, sign-in) need no
 * server-side state per visitor.
 */
final class FormGuard {

  static final String FORM_COOKIE = "GUIDEPOST_FORM";
  private static final SecureRandom RANDOM = new SecureRandom();
  /** 32 random bytes in unpadded base64url. */
  private static final int TOKEN_LENGTH = 43;

  private FormGuard() {}

  /**
   * Whether the form does not say it comes from another site. Browsers send {@code Origin: null}
   * for posts from pages served with {@code Referrer-Policy: no-referrer} (the walkthrough pages,
   * whose address is their key) and from sandboxed frames: that proves nothing either way, so the
   * token decides.
   */
  static boolean sameSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return true;
    }
    try {
      String authority = URI.create(origin).getAuthority();
      return authority != null && authority.equalsIgnoreCase(request.getHeader("Host"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether the form repeats the session's token; false without a session. */
  static boolean csrfMatches(HttpServletRequest request) {
    return sessionToken(request).filter(expected -> same(expected, request.getParameter("csrf"))).isPresent();
  }

  /** The session's token, to put in a form; empty without a session. */
  static String csrfToken(HttpServletRequest request) {
    return sessionToken(request).orElse("");
  }

  /**
   * Whether a posted form may change anything: it comes from this site and repeats the session's
   * token or, for a visitor, the token of their form cookie.
   */
  static boolean formAccepted(HttpServletRequest request) {
    if (!sameSite(request) || postedFromAnotherSite(request)) {
      return false;
    }
    String given = request.getParameter("csrf");
    // Signed in, only the session's token counts: a form cookie is a weaker secret (a sibling
    // subdomain or a man in the middle on plain HTTP could plant one) and must not act for staff.
    Optional<String> session = sessionToken(request);
    if (session.isPresent()) {
      return same(session.get(), given);
    }
    if (visitorToken(request).filter(expected -> same(expected, given)).isPresent()) {
      return true;
    }
    // The browser itself says the form was posted from a page of this very site, and no page of
    // another site can make it say so. A visitor's token that then differs from their cookie comes
    // from a page loaded at the same time as another one before the browser had a cookie (each
    // such page sets its own, the last one stays), or their browser keeps no cookies: the form is
    // still theirs.
    return "same-origin".equals(request.getHeader("Sec-Fetch-Site")) && wellFormed(given);
  }

  /**
   * Whether the browser says the form comes from a page of another site, a sibling subdomain
   * included ({@code Sec-Fetch-Site}, sent by current browsers; older ones send nothing and the
   * token decides).
   */
  static boolean postedFromAnotherSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    return "cross-site".equals(site) || "same-site".equals(site);
  }

  /**
   * The token to put in this page's forms: the session's when there is one, else the visitor's
   * form cookie, set on this response when the browser has none yet.
   */
  static String formToken(HttpServletRequest request, HttpServletResponse response) {
    Optional<String> session = sessionToken(request);
    if (session.isPresent()) {
      return session.get();
    }
    Optional<String> visitor = visitorToken(request);
    if (visitor.isPresent()) {
      return visitor.get();
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    // Over TLS the __Host- prefix makes browsers refuse the cookie from anywhere but this host,
    // over HTTPS, for the whole site: no sibling subdomain can plant one.
    String path = request.isSecure() || request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    response.addHeader("Set-Cookie", cookieName(request) + "=" + token + "; Path=" + path + "; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
    return token;
  }

  private static Optional<String> sessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return Optional.ofNullable(session).map(s -> s.getAttribute(GuidepostAuthentication.SESSION_CSRF)).map(Object::toString);
  }

  /** The form cookie's name: {@code __Host-GUIDEPOST_FORM} over TLS, {@code GUIDEPOST_FORM} on plain HTTP. */
  static String cookieName(HttpServletRequest request) {
    return request.isSecure() ? "__Host-" + FORM_COOKIE : FORM_COOKIE;
  }

  private static Optional<String> visitorToken(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    String name = cookieName(request);
    return cookies == null ? Optional.empty() : Arrays.stream(cookies)
        .filter(c -> name.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(FormGuard::wellFormed)
        .findFirst();
  }

  /** Whether a value has the shape of the tokens this class makes. */
  private static boolean wellFormed(String value) {
    return value != null && value.length() == TOKEN_LENGTH && value.chars().allMatch(c -> (c < 128 && Character.isLetterOrDigit(c)) || c == '-' || c == '_');
  }

  private static boolean same(String expected, String given) {
    return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
