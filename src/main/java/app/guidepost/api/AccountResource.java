package app.guidepost.api;

import app.guidepost.account.Account;
import app.guidepost.account.Accounts;
import app.guidepost.account.Caller;
import app.guidepost.account.PasswordResets;
import app.guidepost.account.Role;
import app.guidepost.account.Username;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Accounts, for admins: list, create, change role, languages or disabled state, and issue password resets. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject Accounts accounts;
  @Inject PasswordResets resets;
  @Inject Caller caller;

  /** An account as admins see it; never its password hash. */
  public record AccountView(
      String username, String displayName, String role, List<String> languages, boolean disabled, OffsetDateTime createdAt,
      OffsetDateTime updatedAt) {
    static AccountView of(Account account) {
      return new AccountView(account.username().value(), account.displayName(), account.role().code(),
          account.languages().stream().sorted().map(Language::code).toList(), account.isDisabled(), account.createdAt(), account.updatedAt());
    }
  }

  /** A password reset token, shown once, to hand to the account's owner. */
  public record ResetView(String username, String token, OffsetDateTime expiresAt, String complete) {}

  @GET
  public List<AccountView> list() {
    caller.require(Role.ADMIN, "Accounts");
    return accounts.all().stream().map(AccountView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String body) {
    caller.require(Role.ADMIN, "Accounts");
    JsonObject json = JsonBodies.object(body, Set.of("username", "displayName", "password", "role", "languages"));
    Username username = Username.require(JsonBodies.requiredString(json, "username"));
    Account account = accounts.create(caller.actor(), username, JsonBodies.string(json, "displayName").orElse(""),
        JsonBodies.requiredString(json, "password"), role(json), languages(json));
    return Response.created(URI.create("/api/accounts/" + username.value())).entity(AccountView.of(account)).build();
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountView update(@PathParam("username") String name, String body) {
    caller.require(Role.ADMIN, "Accounts");
    JsonObject json = JsonBodies.object(body, Set.of("displayName", "role", "languages", "disabled"));
    Username username = Username.require(name);
    return AccountView.of(accounts.update(caller.actor(), username, JsonBodies.string(json, "displayName").orElse(""), role(json), languages(json),
        disabled(json)));
  }

  @POST
  @Path("{username}/password-reset")
  public Response issueReset(@PathParam("username") String name) {
    caller.require(Role.ADMIN, "Password resets");
    Username username = Username.require(name);
    PasswordResets.Issued issued = resets.issue(caller.actor(), username);
    return Response.status(Response.Status.CREATED)
        .entity(new ResetView(username.value(), issued.token(), issued.expiresAt(), "/api/password-resets/complete"))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Role role(JsonObject json) {
    String code = JsonBodies.requiredString(json, "role");
    return Role.fromCode(code).orElseThrow(() -> new InvalidInputException("Invalid role",
        "'" + InvalidInputException.excerpt(code) + "' is not a role: agent, editor or admin."));
  }

  private static boolean disabled(JsonObject json) {
    JsonValue value = json.get("disabled");
    if (value == null || value == JsonValue.NULL) {
      return false;
    }
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      throw new InvalidInputException("Invalid disabled", "'disabled' must be true or false.");
    }
    return value == JsonValue.TRUE;
  }

  private static Set<Language> languages(JsonObject json) {
    JsonValue value = json.get("languages");
    Set<Language> languages = EnumSet.noneOf(Language.class);
    if (value == null || value == JsonValue.NULL) {
      return languages;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidInputException("Invalid languages", "'languages' must be a list of language codes, such as [\"vi\", \"en\"].");
    }
    for (JsonValue item : array) {
      if (!(item instanceof JsonString code)) {
        throw new InvalidInputException("Invalid languages", "'languages' must be a list of language codes, such as [\"vi\", \"en\"].");
      }
      languages.add(Language.require(code.getString()));
    }
    return languages;
  }
}
