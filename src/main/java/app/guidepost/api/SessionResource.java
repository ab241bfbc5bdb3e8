package app.guidepost.api;

import app.guidepost.account.Account;
import app.guidepost.account.Accounts;
import app.guidepost.account.Caller;
import app.guidepost.account.GuidepostAuthentication;
import app.guidepost.account.SignIn;
import app.guidepost.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * Signing in and out for pages and the API called from them: {@code POST /api/session} with a
 * name and a password starts a session (a new session id, {@code HttpOnly} cookie), and answers
 * with the CSRF token that every state-changing request of the session must send as
 * {@code X-CSRF-Token}. A failed sign-in answers the same for an unknown name and a wrong password.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  private static final CacheControl NO_STORE = Caching.noStore();

  @Inject SecurityContext security;
  @Inject Caller caller;
  @Inject Accounts accounts;
  @Inject SignIn signIn;
  @Inject GuidepostAuthentication authentication;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  /** Who is signed in, and the session's CSRF token. */
  public record SessionView(boolean signedIn, String username, String displayName, String role, List<String> languages, String csrfToken) {
    static SessionView anonymous() {
      return new SessionView(false, null, null, null, List.of(), null);
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signIn(String body) {
    JsonObject credentials = JsonBodies.object(body, Set.of("username", "password"));
    String username = JsonBodies.string(credentials, "username").orElse("");
    String password = JsonBodies.string(credentials, "password").orElse("");
    AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
        .credential(new UsernamePasswordCredential(username, new Password(password)))
        .newAuthentication(true));
    Object outcome = request.getAttribute(GuidepostAuthentication.SIGN_IN_OUTCOME);
    if (status == AuthenticationStatus.SUCCESS && outcome instanceof SignIn.Outcome.Valid valid) {
      return Response.ok(view(valid.result().getCallerPrincipal().getName())).cacheControl(NO_STORE).build();
    }
    if (outcome instanceof SignIn.Outcome.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds() + 1);
      return Response.fromResponse(ProblemMappers.answer(Problem.of(429, "Too many attempts",
          "Too many failed sign-ins; try again in " + seconds + " seconds."))).header("Retry-After", seconds).build();
    }
    return ProblemMappers.answer(Problem.of(401, "Sign-in failed", "The name or the password is wrong."));
  }

  @GET
  public Response current() {
    return Response.ok(caller.name().map(this::view).orElseGet(SessionView::anonymous)).cacheControl(NO_STORE).build();
  }

  @DELETE
  public Response signOut() throws ServletException {
    HttpSession session = request.getSession(false);
    request.logout();
    if (session != null) {
      session.invalidate();
    }
    return Response.noContent().build();
  }

  /** Changes the signed-in caller's own password; the current one must be given. */
  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(String body) {
    JsonObject change = JsonBodies.object(body, Set.of("current", "password"));
    Account account = caller.account().orElseThrow(() -> new Caller.SignInRequiredException("Changing a password needs a signed-in account."));
    // Checked like a sign-in, throttle included: whoever holds a stolen session must not be able
    // to guess the password through this form.
    SignIn.Outcome current = signIn.attempt(account.username().value(), JsonBodies.string(change, "current").orElse(""),
        authentication.clientOf(request, account.username().value()));
    if (current instanceof SignIn.Outcome.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds() + 1);
      return Response.fromResponse(ProblemMappers.answer(Problem.of(429, "Too many attempts",
          "Too many wrong passwords; try again in " + seconds + " seconds."))).header("Retry-After", seconds).build();
    }
    if (!(current instanceof SignIn.Outcome.Valid)) {
      return ProblemMappers.answer(Problem.of(403, "Wrong password", "The current password is wrong; the password was not changed."));
    }
    Account changed = accounts.changePassword(caller.actor(), account, JsonBodies.requiredString(change, "password"));
    GuidepostAuthentication.keepSession(request, changed);
    return Response.noContent().build();
  }

  private SessionView view(String name) {
    Account account = caller.account().or(() -> app.guidepost.account.Username.parse(name).flatMap(accounts::find)).orElseThrow();
    HttpSession session = request.getSession(false);
    String csrf = session == null ? null : (String) session.getAttribute(GuidepostAuthentication.SESSION_CSRF);
    return new SessionView(true, account.username().value(), account.displayName(), account.role().code(),
        account.languages().stream().sorted().map(Language::code).toList(), csrf);
  }
}
