package app.guidepost.pages;

import app.guidepost.account.GuidepostAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The checks every state-changing page form passes: it comes from this site (its {@code Origin},
 * when the browser sends one, is this host) and, on a session, repeats the session's CSRF token
 * in a {@code csrf} field.
 */
final class FormGuard {

  private FormGuard() {}

  static boolean sameSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
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
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(GuidepostAuthentication.SESSION_CSRF);
    String given = request.getParameter("csrf");
    return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** The session's token, to put in a form; empty without a session. */
  static String csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(GuidepostAuthentication.SESSION_CSRF);
    return token == null ? "" : token.toString();
  }
}
