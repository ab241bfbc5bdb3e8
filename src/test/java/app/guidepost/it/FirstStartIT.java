package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * A first start as an operator does it, on the packaged server: without an admin password in
 * its settings no admin account exists (no default password to guess) and the log says what to
 * set; once set, the next start creates the admin. Served over TLS (Payara Micro's own
 * certificate), every cookie the server sets is {@code Secure}. And the bundle starts Payara's
 * services on one thread, as its boot properties say.
 */
class FirstStartIT {

  @Test
  void noAdminExistsUntilItsPasswordIsSetAndOverTlsEveryCookieIsSecure() throws Exception {
    Path data = TempFolders.create("guidepost-first-start");
    Map<String, String> environment = new HashMap<>(Map.of(
        "GUIDEPOST_CONTENT_DIR", ContentFixtures.copyOfSeedContent().toString(),
        "GUIDEPOST_DATA_DIR", data.toString()));
    int tls = ServerProcess.freePort();
    try (ServerProcess server = ServerProcess.start("first-start", environment, List.of("--sslport", String.valueOf(tls)))) {
      for (String guess : List.of("admin", "password", "changeit", Deployments.ADMIN_PASSWORD)) {
        assertThat(server.http().get("api/accounts", Deployments.basic(Deployments.ADMIN, guess)).status()).as(guess).isEqualTo(401);
      }
      assertThat(Files.readString(server.log())).contains("There is no admin account yet. Set GUIDEPOST_ADMIN_PASSWORD");
      // The bundle starts Payara's services on the main thread (src/main/payara/boot.properties):
      // its several start-up threads deadlock now and then.
      assertThat(Files.readString(server.log())).contains("_ThreadName=main").doesNotContain("_ThreadName=RunLevelControllerThread");
      HttpsURLConnection page = https(tls, "/en/sign-in");
      assertThat(page.getResponseCode()).isEqualTo(200);
      // Over TLS the form cookie is a __Host- cookie: only this host, over HTTPS, for the whole site can set it.
      assertThat(cookie(page, "__Host-GUIDEPOST_FORM")).contains("; Path=/;").contains("; Secure").contains("HttpOnly").contains("SameSite=Lax");
      HttpsURLConnection home = https(tls, "/en/");
      assertThat(home.getResponseCode()).isEqualTo(200);
      assertThat(cookie(home, "guidepost_lang")).contains("; Secure");
    }

    environment.put("GUIDEPOST_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
    try (ServerProcess server = ServerProcess.start("first-start", environment, List.of("--sslport", String.valueOf(tls)))) {
      assertThat(server.http().get("api/accounts", Deployments.asAdmin()).status()).isEqualTo(200);
      HttpsURLConnection signIn = https(tls, "/api/session");
      signIn.setRequestMethod("POST");
      signIn.setDoOutput(true);
      signIn.setRequestProperty("Content-Type", "application/json");
      try (OutputStream body = signIn.getOutputStream()) {
        body.write(("{\"username\":\"" + Deployments.ADMIN + "\",\"password\":\"" + Deployments.ADMIN_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
      }
      assertThat(signIn.getResponseCode()).isEqualTo(200);
      assertThat(cookie(signIn, "GUIDEPOST_SESSION")).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }
  }

  private static String cookie(HttpsURLConnection connection, String name) {
    return connection.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + connection.getHeaderFields()));
  }

  /** A connection that accepts Payara Micro's self-signed certificate, for this test only. */
  private static HttpsURLConnection https(int port, String path) throws Exception {
    TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, null);
    HttpsURLConnection connection = (HttpsURLConnection) URI.create("https://localhost:" + port + path).toURL().openConnection();
    connection.setSSLSocketFactory(context.getSocketFactory());
    connection.setHostnameVerifier((host, session) -> true);
    connection.setInstanceFollowRedirects(false);
    connection.setConnectTimeout(5000);
    connection.setReadTimeout(30000);
    return connection;
  }
}
