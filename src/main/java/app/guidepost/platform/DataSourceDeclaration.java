package app.guidepost.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's own datasource. Payara's default datasource lives in a temporary folder
 * and loses data at restart; this one reads {@code guidepost.db.url}, {@code .user} and
 * {@code .password} from MicroProfile Config (defaults in microprofile-config.properties: an
 * H2 file under the data folder).
 */
@DataSourceDefinition(
    name = DataSourceDeclaration.JNDI_NAME,
    className = "app.guidepost.platform.ConfiguredDataSource",
    url = "${MPCONFIG=guidepost.db.url}",
    user = "${MPCONFIG=guidepost.db.user}",
    password = "${MPCONFIG=guidepost.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // A database that restarts leaves dead connections in the pool: each is checked (at most every
    // few seconds) before use, and one found dead retires them all, so the first requests after
    // the database is back get new connections instead of errors.
    properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
        "fish.payara.validate-atmost-once-period-in-seconds=2",
        "fish.payara.fail-all-connections=true"
    })
@Singleton
public class DataSourceDeclaration {
  public static final String JNDI_NAME = "java:app/jdbc/guidepost";
}
