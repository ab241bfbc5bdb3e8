package app.guidepost.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * Checks a name and password against the accounts. An unknown name, a disabled account and a
 * wrong password all give the same invalid result after the same hashing work. A name and
 * password verified in the last minutes are recognised without hashing again (scripts send
 * Basic credentials on every request), as long as the account's password hash is unchanged.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Accounts accounts;
  @Inject Passwords passwords;

  private final VerifiedCredentials recentlyVerified = new VerifiedCredentials();

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String password = given.getPasswordAsString();
    Optional<Account> account = Username.parse(given.getCaller()).flatMap(accounts::find);
    if (account.isEmpty()) {
      passwords.verifyDecoy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    String stored = account.get().passwordHash();
    boolean valid = recentlyVerified.matches(given.getCaller(), password, stored) || passwords.verify(password, stored);
    if (valid) {
      recentlyVerified.remember(given.getCaller(), password, stored);
    }
    if (!valid || account.get().isDisabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(account.get().username().value(), account.get().groups());
  }
}
