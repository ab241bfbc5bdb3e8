package app.guidepost.api;

import app.guidepost.account.GuidepostAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Cross-site request forgery protection for everything a session cookie authorises. A request
 * that changes state and rides on a session must come from this site (its {@code Origin}, when
 * the browser sends one) and repeat the session's token in {@code X-CSRF-Token}; signing in must
 * come from this site too (it needs the credentials themselves, not a token). Requests with their own {@code Authorization} header carry no ambient
 * authority and need neither.
 */
@Provider
public class CsrfProtection implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE.contains(context.getMethod())) {
      return;
    }
    HttpSession session = request.getSession(false);
    boolean bySession = context.getHeaderString("Authorization") == null && session != null
        && session.getAttribute(GuidepostAuthentication.SESSION_USER) != null;
    boolean signingIn = "session".equals(context.getUriInfo().getPath()) && "POST".equals(context.getMethod());
    String origin = context.getHeaderString("Origin");
    if ((bySession || signingIn) && origin != null && !sameSite(origin)) {
      context.abortWith(ProblemMappers.answer(Problem.of(403, "Cross-site request", "This request came from another site and was refused.")));
      return;
    }
    if (bySession && !signingIn) {
      String expected = (String) session.getAttribute(GuidepostAuthentication.SESSION_CSRF);
      String given = context.getHeaderString("X-CSRF-Token");
      if (expected == null || given == null
          || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
        context.abortWith(ProblemMappers.answer(Problem.of(403, "CSRF token missing",
            "A change made with a session must send the session's token as X-CSRF-Token (GET /api/session gives it).")));
      }
    }
  }

  private boolean sameSite(String origin) {
    try {
      String authority = URI.create(origin).getAuthority();
      return authority != null && authority.equalsIgnoreCase(request.getHeader("Host"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
