package app.guidepost.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.Optional;

/** One sign-in attempt: throttled, then checked by the identity store; the throttle learns the outcome. */
@ApplicationScoped
public class SignIn {

  @Inject IdentityStoreHandler identities;
  @Inject LoginThrottle throttle;

  /** The outcome: valid with the caller's name and groups, refused, or throttled for a while. */
  public sealed interface Outcome {
    /** Signed in. */
    record Valid(CredentialValidationResult result) implements Outcome {}

    /** Wrong name or password; which one is never said. */
    record Refused() implements Outcome {}

    /** Too many failures: try again after the wait. */
    record Throttled(Duration retryAfter) implements Outcome {}
  }

  /**
   * The name as the throttle counts it: folded the way account names are (compatibility forms,
   * case), so that "a\u0301dmin", "ádmin" and "ＡＤＭÍＮ" are one name with one count.
   */
  static String throttleKey(String typedName) {
    return typedName == null ? "" : Username.fold(typedName.strip());
  }

  public Outcome attempt(String username, String password, LoginThrottle.Client client) {
    String key = throttleKey(username);
    Optional<Duration> wait = throttle.waitBefore(key, client);
    if (wait.isPresent()) {
      return new Outcome.Throttled(wait.get());
    }
    CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(key, client);
      return new Outcome.Valid(result);
    }
    throttle.failed(key, client);
    return new Outcome.Refused();
  }
}
