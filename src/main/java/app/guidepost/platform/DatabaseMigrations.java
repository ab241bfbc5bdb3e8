package app.guidepost.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and migrates the schema with Flyway from {@code db/migration}: the same scripts on
 * H2 and PostgreSQL. Runs before anything touches the database.
 */
@ApplicationScoped
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
  DataSource dataSource;

  public void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .validateMigrationNaming(true)
            .load()
            .migrate();
    LOG.log(
        Level.INFO,
        "Database schema at version {0} ({1} migrations applied now)",
        new Object[] {result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion, result.migrationsExecuted});
  }
}
