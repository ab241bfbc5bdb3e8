package app.guidepost.it;

import static app.guidepost.it.GuidedHelpIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts over HTTP: the first admin from configuration, roles, sessions (new id at sign-in,
 * cookie attributes, CSRF token and origin), identical answers for unknown names and wrong
 * passwords, slowed-down guessing, password resets, disabled accounts and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  private static final String AGENT_PASSWORD = "agent password for tests";
  private static final String EDITOR_PASSWORD = "mật khẩu của biên tập viên";

  @ArquillianResource URL base;

  private URI uri;
  private Http http;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    return Deployments.guidepost("accounts", Map.of(
        "guidepost.content.dir", Deployments.seedContent().toString(),
        "guidepost.data.dir", TempFolders.create("guidepost-accounts").toString(),
        // As behind the TLS proxy docs/operations.md recommends: the client's address is in X-Forwarded-For.
        "guidepost.proxy.trusted", "127.0.0.1, ::1"));
  }

  @BeforeEach
  void ready() throws Exception {
    uri = base.toURI();
    http = new Http(uri);
    http.awaitReady(Duration.ofMinutes(2));
  }

  private void ensureAccount(String username, String password, String role, List<String> languages) {
    if (http.get("api/accounts", Deployments.asAdmin()).body().contains("\"username\":\"" + username + "\"")) {
      return;
    }
    String langs = languages.stream().map(l -> "\"" + l + "\"").reduce((a, b) -> a + "," + b).map(l -> "[" + l + "]").orElse("[]");
    Http.Answer created = http.post("api/accounts", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role
        + "\",\"languages\":" + langs + "}", Deployments.asAdmin());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  private static String signInJson(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void theFirstAdminComesFromConfigurationAndManagesAccounts() {
    JsonObject admin = http.get("api/accounts", Deployments.asAdmin()).jsonArray().getJsonObject(0);
    assertThat(admin.getString("username")).isEqualTo("admin");
    assertThat(admin.getString("role")).isEqualTo("admin");
    assertThat(admin.containsKey("passwordHash")).isFalse();

    ensureAccount("lan", EDITOR_PASSWORD, "editor", List.of("vi"));
    JsonObject lan = http.get("api/accounts", Deployments.asAdmin()).jsonArray().stream().map(v -> v.asJsonObject())
        .filter(a -> a.getString("username").equals("lan")).findFirst().orElseThrow();
    assertThat(lan.getString("role")).isEqualTo("editor");
    assertThat(lan.getJsonArray("languages").getString(0)).isEqualTo("vi");

    assertProblem(http.post("api/accounts", "{\"username\":\"x1\",\"password\":\"short\",\"role\":\"agent\"}", Deployments.asAdmin()), 400, "Weak password");
    assertProblem(http.post("api/accounts", "{\"username\":\"x2\",\"password\":\"long enough password\",\"role\":\"root\"}", Deployments.asAdmin()),
        400, "Invalid role");
    assertProblem(http.post("api/accounts", "{\"username\":\"x3\",\"password\":\"long enough password\",\"role\":\"agent\",\"roles\":[\"admin\"]}",
        Deployments.asAdmin()), 400, "Unknown field");
    assertProblem(http.post("api/accounts", "{\"username\":\"ad\\u202Emin\",\"password\":\"long enough password\",\"role\":\"agent\"}",
        Deployments.asAdmin()), 400, "Invalid username");
    assertProblem(http.post("api/accounts", "{\"username\":\"LAN\",\"password\":\"long enough password\",\"role\":\"agent\"}", Deployments.asAdmin()),
        400, "Username taken");
  }

  @Test
  void readersAgentsAndEditorsCannotReachAdminAnswers() {
    ensureAccount("minh", AGENT_PASSWORD, "agent", List.of());
    assertProblem(http.get("api/accounts"), 401, "Sign-in required");
    assertProblem(http.get("api/accounts", Deployments.basic("minh", AGENT_PASSWORD)), 403, "Forbidden");
    assertProblem(http.get("api/audit", Deployments.basic("minh", AGENT_PASSWORD)), 403, "Forbidden");
    assertThat(http.get("api/analytics/search?lang=vi", Deployments.basic("minh", AGENT_PASSWORD)).status()).isEqualTo(200);
  }

  @Test
  void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
    ensureAccount("minh", AGENT_PASSWORD, "agent", List.of());
    Http.Answer unknown = http.post("api/session", signInJson("nobody-here", "some password 123"));
    Http.Answer wrong = http.post("api/session", signInJson("minh", "some password 123"));
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).isEqualTo(unknown.body());
    Http.Answer basicUnknown = http.get("api/analytics/search?lang=vi", Deployments.basic("nobody-here", "x"));
    Http.Answer basicWrong = http.get("api/analytics/search?lang=vi", Deployments.basic("minh", "x"));
    assertThat(basicWrong.status()).isEqualTo(401);
    assertThat(basicWrong.body()).isEqualTo(basicUnknown.body());
    assertThat(http.post("api/password-resets", "{\"username\":\"nobody-here\"}").body())
        .isEqualTo(http.post("api/password-resets", "{\"username\":\"minh\"}").body());
  }

  @Test
  void aSessionGetsANewIdAtSignInASafeCookieAndNeedsItsTokenForChanges() {
    ensureAccount("lan", EDITOR_PASSWORD, "editor", List.of("vi"));
    Http browser = Http.withCookies(uri);
    Http.Answer first = browser.post("api/session", signInJson("Lan", EDITOR_PASSWORD));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    String setCookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GUIDEPOST_SESSION=")).findFirst().orElseThrow();
    assertThat(setCookie).startsWith("GUIDEPOST_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
    String firstId = browser.cookie("GUIDEPOST_SESSION").orElseThrow();
    // Signing in again within a session never keeps its id.
    assertThat(browser.post("api/session", signInJson("lan", EDITOR_PASSWORD)).status()).isEqualTo(200);
    assertThat(browser.cookie("GUIDEPOST_SESSION").orElseThrow()).isNotEqualTo(firstId);

    JsonObject session = browser.get("api/session").json();
    assertThat(session.getBoolean("signedIn")).isTrue();
    assertThat(session.getString("role")).isEqualTo("editor");
    String csrf = session.getString("csrfToken");
    String change = "{\"current\":\"wrong current password\",\"password\":\"a new password for lan\"}";
    assertProblem(browser.send("PUT", "api/session/password", change), 403, "CSRF token missing");
    assertProblem(browser.send("PUT", "api/session/password", change, "X-CSRF-Token", "forged"), 403, "CSRF token missing");
    assertProblem(browser.send("PUT", "api/session/password", change, "X-CSRF-Token", csrf, "Origin", "https://evil.example"), 403,
        "Cross-site request");
    assertProblem(browser.send("PUT", "api/session/password", change, "X-CSRF-Token", csrf), 403, "Wrong password");
    assertProblem(browser.post("api/session", signInJson("lan", EDITOR_PASSWORD), "Origin", "https://evil.example"), 403, "Cross-site request");

    assertThat(browser.send("DELETE", "api/session", "", "X-CSRF-Token", csrf).status()).isEqualTo(204);
    assertThat(browser.get("api/session").json().getBoolean("signedIn")).isFalse();
    assertProblem(browser.get("api/analytics/search?lang=vi"), 401, "Sign-in required");
  }

  @Test
  void repeatedFailuresForANameAreSlowedDownEvenWithTheRightPassword() {
    ensureAccount("throttled", AGENT_PASSWORD, "agent", List.of());
    for (int i = 0; i < 5; i++) {
      assertThat(http.post("api/session", signInJson("throttled", "wrong password " + i)).status()).isEqualTo(401);
    }
    Http.Answer slowed = http.post("api/session", signInJson("throttled", AGENT_PASSWORD));
    assertProblem(slowed, 429, "Too many attempts");
    assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
    // An unknown name is slowed down the same way.
    for (int i = 0; i < 5; i++) {
      http.post("api/session", signInJson("ghost", "wrong password " + i));
    }
    assertProblem(http.post("api/session", signInJson("ghost", "any")), 429, "Too many attempts");
  }

  @Test
  void anAdminIssuesAOneTimeResetTokenAndTheOwnerSetsANewPassword() {
    ensureAccount("hoa", "hoa's first password", "agent", List.of());
    Http.Answer issued = http.post("api/accounts/hoa/password-reset", "", Deployments.asAdmin());
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.json().getString("token");
    assertProblem(http.post("api/password-resets/complete", "{\"token\":\"" + token + "\",\"password\":\"short\"}"), 400, "Weak password");
    assertThat(http.post("api/password-resets/complete", "{\"token\":\"" + token + "\",\"password\":\"hoa's second password\"}").status())
        .isEqualTo(204);
    assertProblem(http.post("api/password-resets/complete", "{\"token\":\"" + token + "\",\"password\":\"hoa's third password\"}"), 400,
        "Invalid reset token");
    assertThat(http.get("api/analytics/search?lang=vi", Deployments.basic("hoa", "hoa's second password")).status()).isEqualTo(200);
    assertThat(http.get("api/analytics/search?lang=vi", Deployments.basic("hoa", "hoa's first password")).status()).isEqualTo(401);

    JsonObject audit = http.get("api/audit?limit=100", Deployments.asAdmin()).json();
    List<String> actions = audit.getJsonArray("events").stream().map(v -> v.asJsonObject())
        .filter(e -> e.getString("target").equals("account:hoa")).map(e -> e.getString("action")).toList();
    assertThat(actions).contains("account.create", "password.reset-issued", "password.reset");
  }

  @Test
  void aDisabledAccountIsSignedOutAtOnce() {
    ensureAccount("tuan", AGENT_PASSWORD, "agent", List.of());
    Http browser = Http.withCookies(uri);
    assertThat(browser.post("api/session", signInJson("tuan", AGENT_PASSWORD)).status()).isEqualTo(200);
    assertThat(browser.get("api/analytics/search?lang=vi").status()).isEqualTo(200);
    assertThat(http.send("PUT", "api/accounts/tuan", "{\"role\":\"agent\",\"disabled\":true}", Deployments.asAdmin()).status()).isEqualTo(200);
    assertProblem(browser.get("api/analytics/search?lang=vi"), 401, "Sign-in required");
    assertProblem(http.get("api/analytics/search?lang=vi", Deployments.basic("tuan", AGENT_PASSWORD)), 401, "Sign-in failed");
    assertProblem(http.send("PUT", "api/accounts/admin", "{\"role\":\"agent\"}", Deployments.asAdmin()), 400, "Own admin role");
  }

  @Test
  void strangersGuessingAPasswordCannotLockItsOwnerOut() {
    ensureAccount("khanh", AGENT_PASSWORD, "agent", List.of());
    Http browser = Http.withCookies(uri);
    assertThat(browser.post("api/session", signInJson("khanh", AGENT_PASSWORD), "X-Forwarded-For", "192.0.2.10").status()).isEqualTo(200);
    assertThat(browser.cookie("GUIDEPOST_DEVICE")).isPresent();
    String[] script = concat(Deployments.basic("khanh", AGENT_PASSWORD), "X-Forwarded-For", "198.51.100.2");
    assertThat(http.get("api/analytics/search?lang=vi", script).status()).isEqualTo(200);

    // Someone elsewhere guesses: after five failures, strangers must wait, even with the right password.
    for (int i = 0; i < 6; i++) {
      http.post("api/session", signInJson("khanh", "guess number " + i), "X-Forwarded-For", "203.0.113.7");
    }
    assertProblem(http.post("api/session", signInJson("khanh", AGENT_PASSWORD), "X-Forwarded-For", "203.0.113.7"), 429, "Too many attempts");
    assertProblem(http.post("api/session", signInJson("khanh", "another guess"), "X-Forwarded-For", "203.0.113.99"), 429, "Too many attempts");
    // The owner's browser and the owner's script go on working.
    assertThat(browser.post("api/session", signInJson("khanh", AGENT_PASSWORD), "X-Forwarded-For", "192.0.2.77").status()).isEqualTo(200);
    assertThat(http.get("api/analytics/search?lang=vi", script).status()).isEqualTo(200);
  }

  @Test
  void manyFailuresFromOneAddressSlowThatAddressOnlyAsReadThroughTheTrustedProxy() {
    ensureAccount("ngoc", AGENT_PASSWORD, "agent", List.of());
    for (int i = 0; i < 21; i++) {
      http.post("api/session", signInJson("sprayed-" + i, "password " + i), "X-Forwarded-For", "203.0.113.50");
    }
    assertProblem(http.post("api/session", signInJson("ngoc", AGENT_PASSWORD), "X-Forwarded-For", "203.0.113.50"), 429, "Too many attempts");
    // Everyone else behind the same proxy is another address.
    assertThat(http.post("api/session", signInJson("ngoc", AGENT_PASSWORD), "X-Forwarded-For", "203.0.113.51").status()).isEqualTo(200);
  }

  @Test
  void settingThePasswordEndsTheAccountsOtherSessions() {
    ensureAccount("phuong", "phuong's first password", "agent", List.of());
    Http stolen = Http.withCookies(uri);
    Http own = Http.withCookies(uri);
    assertThat(stolen.post("api/session", signInJson("phuong", "phuong's first password")).status()).isEqualTo(200);
    assertThat(own.post("api/session", signInJson("phuong", "phuong's first password")).status()).isEqualTo(200);
    String csrf = own.get("api/session").json().getString("csrfToken");
    assertThat(own.send("PUT", "api/session/password", "{\"current\":\"phuong's first password\",\"password\":\"phuong's second password\"}",
        "X-CSRF-Token", csrf).status()).isEqualTo(204);
    assertThat(own.get("api/session").json().getBoolean("signedIn")).isTrue();
    assertThat(stolen.get("api/session").json().getBoolean("signedIn")).isFalse();
    assertProblem(stolen.get("api/analytics/search?lang=vi"), 401, "Sign-in required");

    // A token issued before the password was set another way, or before a newer token, no longer works.
    String stale = http.post("api/accounts/phuong/password-reset", "", Deployments.asAdmin()).json().getString("token");
    String csrfAgain = own.get("api/session").json().getString("csrfToken");
    assertThat(own.send("PUT", "api/session/password", "{\"current\":\"phuong's second password\",\"password\":\"phuong's own password\"}",
        "X-CSRF-Token", csrfAgain).status()).isEqualTo(204);
    assertProblem(http.post("api/password-resets/complete", "{\"token\":\"" + stale + "\",\"password\":\"an attacker's password\"}"), 400,
        "Invalid reset token");
    String older = http.post("api/accounts/phuong/password-reset", "", Deployments.asAdmin()).json().getString("token");

    // A reset by token ends every session, the owner's too.
    String token = http.post("api/accounts/phuong/password-reset", "", Deployments.asAdmin()).json().getString("token");
    assertProblem(http.post("api/password-resets/complete", "{\"token\":\"" + older + "\",\"password\":\"an attacker's password\"}"), 400,
        "Invalid reset token");
    assertThat(http.post("api/password-resets/complete", "{\"token\":\"" + token + "\",\"password\":\"phuong's third password\"}").status())
        .isEqualTo(204);
    assertThat(own.get("api/session").json().getBoolean("signedIn")).isFalse();
  }

  @Test
  void aNameThatLooksLikeAnotherIsRefused() {
    ensureAccount("minh", AGENT_PASSWORD, "agent", List.of());
    // Cyrillic "а" among Latin letters; a small capital "ᴍ".
    for (String mixed : List.of("\u0430dmin2", "\u1D0Dinh")) {
      assertProblem(createAgent(mixed), 400, "Invalid username");
    }
    // "rn" reads as "m"; fullwidth letters are the same name; a dot or an accent makes no other.
    for (String lookalike : List.of("rninh", "\uFF4D\uFF49\uFF4E\uFF48", "minh.", "m\u00EDnh")) {
      assertProblem(createAgent(lookalike), 400, "Username taken");
    }
    // One script throughout is a name like any other.
    assertThat(createAgent("\u0623\u062d\u0645\u062f").status()).isEqualTo(201);
  }

  private Http.Answer createAgent(String username) {
    return http.post("api/accounts", "{\"username\":\"" + username + "\",\"password\":\"long enough password\",\"role\":\"agent\"}",
        Deployments.asAdmin());
  }

  @Test
  void theCurrentPasswordCannotBeGuessedThroughASession() {
    ensureAccount("quang", AGENT_PASSWORD, "agent", List.of());
    Http stolen = Http.withCookies(uri);
    assertThat(stolen.post("api/session", signInJson("quang", AGENT_PASSWORD), "X-Forwarded-For", "192.0.2.30").status()).isEqualTo(200);
    String csrf = stolen.get("api/session").json().getString("csrfToken");
    Http.Answer last = null;
    for (int i = 0; i < 8; i++) {
      last = stolen.send("PUT", "api/session/password", "{\"current\":\"guess " + i + "\",\"password\":\"the thief's password\"}",
          "X-CSRF-Token", csrf, "X-Forwarded-For", "192.0.2.30");
    }
    assertProblem(last, 429, "Too many attempts");
  }

  @Test
  void oneNameHasOneCountHoweverItIsSpelled() {
    ensureAccount("\u00E1nh", AGENT_PASSWORD, "agent", List.of());
    for (int i = 0; i < 5; i++) {
      http.post("api/session", signInJson("\u00E1nh", "guess " + i), "X-Forwarded-For", "203.0.113.60");
    }
    // The same name decomposed, or in capitals, is still the name that is being guessed.
    assertProblem(http.post("api/session", signInJson("a\u0301nh", "guess"), "X-Forwarded-For", "203.0.113.61"), 429, "Too many attempts");
    assertProblem(http.post("api/session", signInJson("\u00C1NH", "guess"), "X-Forwarded-For", "203.0.113.62"), 429, "Too many attempts");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
