package app.guidepost.account;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** Who is calling in this request, and what they may do. Anonymous callers are readers. */
@RequestScoped
public class Caller {

  @Inject SecurityContext security;
  @Inject Accounts accounts;

  private Optional<Account> account;

  public Optional<String> name() {
    return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName);
  }

  public boolean is(Role role) {
    return name().isPresent() && security.isCallerInRole(role.code());
  }

  /** Agents, editors and admins: may read internal content. */
  public boolean isStaff() {
    return is(Role.AGENT);
  }

  public Optional<Account> account() {
    if (account == null) {
      account = name().flatMap(Username::parse).flatMap(accounts::find);
    }
    return account;
  }

  public boolean mayEdit(Language language) {
    return is(Role.EDITOR) && account().map(a -> a.mayEdit(language)).orElse(false);
  }

  /**
   * Refuses a caller without {@code role}: 401 for an anonymous one, 403 for one signed in.
   *
   * @param what what is being refused, for the message ("Search analytics")
   */
  public void require(Role role, String what) {
    if (name().isEmpty()) {
      throw new SignInRequiredException(what + " are for signed-in " + role.code() + "s; sign in first.");
    }
    if (!is(role)) {
      throw new NotAllowedException(what + " need the " + role.code() + " role, which this account does not have.");
    }
  }

  /** The name recorded as the author of a change. */
  public String actor() {
    return name().orElse("anonymous");
  }

  /** A request that needs a signed-in caller came without one. */
  public static final class SignInRequiredException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    public SignInRequiredException(String message) {
      super(401, "Sign-in required", message);
    }

    /**
     * Not "Basic": a browser would then prompt and keep the credentials, which it sends on
     * cross-site requests too; pages sign in through POST /api/session instead.
     */
    @Override
    public java.util.Map<String, String> headers() {
      return java.util.Map.of("WWW-Authenticate", "Session realm=\"Guidepost\"");
    }
  }

  /** A signed-in caller asked for something their role does not allow. */
  public static final class NotAllowedException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
      super(403, "Forbidden", message);
    }
  }
}
