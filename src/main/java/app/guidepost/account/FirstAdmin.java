package app.guidepost.account;

import app.guidepost.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first admin, made at start from configuration when no admin exists yet:
 * {@code guidepost.admin.username} (default {@code admin}) and {@code guidepost.admin.password},
 * which has no default. Once an admin exists the settings are ignored, so removing the password
 * from the environment afterwards is safe and advised.
 */
@ApplicationScoped
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject Accounts accounts;

  @Inject
  @ConfigProperty(name = "guidepost.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "guidepost.admin.password")
  Optional<String> password;

  public void ensure() {
    if (accounts.anyAdmin()) {
      return;
    }
    if (password.filter(p -> !p.isBlank()).isEmpty()) {
      LOG.warning("There is no admin account yet. Set GUIDEPOST_ADMIN_PASSWORD (and GUIDEPOST_ADMIN_USERNAME, default admin) and restart to create one.");
      return;
    }
    Username name = Username.require(username);
    accounts.create(AuditLog.SYSTEM, name, "Administrator", password.get(), Role.ADMIN, Set.of());
    LOG.info(() -> "Created the first admin account '" + name + "' from configuration; the password setting can now be removed.");
  }
}
