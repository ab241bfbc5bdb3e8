package app.guidepost.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import app.guidepost.platform.ClientAddress;
import app.guidepost.platform.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * How a caller is known, on every request: by the session a sign-in started (pages and the API
 * called from them), or by HTTP Basic credentials on the request itself (scripts and tools); no
 * credentials, an anonymous reader. The session id changes at sign-in, the session holds only the
 * account's name and a CSRF token, and the account is looked up again on every request, so a
 * disabled account or a changed role takes effect at once.
 */
@ApplicationScoped
public class GuidepostAuthentication implements HttpAuthenticationMechanism {

  /** Session attribute: the signed-in account's name. */
  public static final String SESSION_USER = "guidepost.user";
  /** Session attribute: the token a state-changing request from a page must repeat. */
  public static final String SESSION_CSRF = "guidepost.csrf";
  /**
   * Session attribute: a fingerprint of the password hash the session signed in against. A
   * session whose account has had its password set since (changed, reset) ends: a reset meant to
   * lock someone out of a stolen session does.
   */
  static final String SESSION_STAMP = "guidepost.stamp";
  /** Request attribute: why a programmatic sign-in failed ({@link SignIn.Outcome}). */
  public static final String SIGN_IN_OUTCOME = "guidepost.signIn";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SignIn signIn;
  @Inject Accounts accounts;
  @Inject ClientAddress clientAddress;

  private final DeviceCookie devices = new DeviceCookie();

  /** Where a sign-in (or a check of the current password) comes from, as the throttle tells clients apart. */
  public LoginThrottle.Client clientOf(HttpServletRequest request, String typedName) {
    return client(request, typedName);
  }

  private LoginThrottle.Client client(HttpServletRequest request, String typedName) {
    return new LoginThrottle.Client(ClientAddress.client(clientAddress.of(request)), devices.presentFor(request, throttleKey(typedName)));
  }

  private static String throttleKey(String typedName) {
    return SignIn.throttleKey(typedName);
  }

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.isCause(e)) {
        // Accounts are in the database: staff cannot be recognised while it is away. Readers,
        // who carry no credentials, never get here.
        return refuse(response, 503, "Database unavailable", "Signing in needs the database, which is not answering; try again in a moment.", 10L);
      }
      throw e;
    }
  }

  private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
      SignIn.Outcome outcome = signIn.attempt(credential.getCaller(), credential.getPasswordAsString(), client(request, credential.getCaller()));
      request.setAttribute(SIGN_IN_OUTCOME, outcome);
      if (outcome instanceof SignIn.Outcome.Valid valid) {
        String name = valid.result().getCallerPrincipal().getName();
        devices.issue(request, response, throttleKey(credential.getCaller()));
        startSession(request, name, Username.parse(name).flatMap(accounts::find).map(Account::sessionStamp).orElse(""));
        return context.notifyContainerAboutLogin(valid.result());
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      return basic(authorization, request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String name) {
      Optional<Account> account = Username.parse(name).flatMap(accounts::find).filter(a -> !a.isDisabled())
          .filter(a -> a.sessionStamp().equals(session.getAttribute(SESSION_STAMP)));
      if (account.isPresent()) {
        return context.notifyContainerAboutLogin(name, account.get().groups());
      }
      session.invalidate();
    }
    return context.doNothing();
  }

  private AuthenticationStatus basic(String authorization, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return refuse(response, 401, "Unsupported authorization", "Sign in with HTTP Basic credentials or a session; other schemes are not accepted.", null);
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return refuse(response, 401, "Sign-in failed", "The name or the password is wrong.", null);
    }
    int colon = decoded.indexOf(':');
    String name = colon < 0 ? decoded : decoded.substring(0, colon);
    String password = colon < 0 ? "" : decoded.substring(colon + 1);
    SignIn.Outcome outcome = signIn.attempt(name, password, client(request, name));
    return switch (outcome) {
      case SignIn.Outcome.Valid valid -> context.notifyContainerAboutLogin(valid.result());
      case SignIn.Outcome.Throttled throttled -> refuse(response, 429, "Too many attempts",
          "Too many failed sign-ins; try again in " + Math.max(1, throttled.retryAfter().toSeconds()) + " seconds.", throttled.retryAfter().toSeconds() + 1);
      case SignIn.Outcome.Refused refused -> refuse(response, 401, "Sign-in failed", "The name or the password is wrong.", null);
    };
  }

  /** A new session id for the signed-in caller (never the one from before sign-in), and a new CSRF token. */
  private static void startSession(HttpServletRequest request, String name, String stamp) {
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(SESSION_USER, name);
    session.setAttribute(SESSION_STAMP, stamp);
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    session.setAttribute(SESSION_CSRF, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
  }

  /** After the signed-in caller set their own password: this session goes on, every other one of the account ends. */
  public static void keepSession(HttpServletRequest request, Account account) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
      session.setAttribute(SESSION_STAMP, account.sessionStamp());
    }
  }

  private static AuthenticationStatus refuse(HttpServletResponse response, int status, String title, String detail, Long retryAfter) {
    try {
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      if (retryAfter != null) {
        response.setHeader("Retry-After", String.valueOf(retryAfter));
      }
      String kind = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      response.getWriter().write("{\"type\":\"https://guidepost.app/problems/" + kind + "\",\"title\":\"" + title + "\",\"status\":" + status
          + ",\"detail\":\"" + detail + "\"}");
    } catch (IOException e) {
      // The client went away; nothing to answer.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
