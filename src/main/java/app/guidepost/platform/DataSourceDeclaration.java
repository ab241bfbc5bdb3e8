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
    maxPoolSize = 32)
@Singleton
public class DataSourceDeclaration {
  public static final String JNDI_NAME = "java:app/jdbc/guidepost";
}
