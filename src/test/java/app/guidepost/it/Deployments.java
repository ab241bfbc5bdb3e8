package app.guidepost.it;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application exactly as built ({@code target/guidepost.war}), with its settings replaced
 * so that each test class reads its own content folder and keeps its own data.
 */
final class Deployments {

  private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

  /** The first admin every test server creates. */
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "integration test admin password";

  /** Request headers that sign in as the first admin with HTTP Basic. */
  static String[] asAdmin() {
    return basic(ADMIN, ADMIN_PASSWORD);
  }

  static String[] basic(String username, String password) {
    return new String[] {"Authorization", "Basic " + java.util.Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8))};
  }

  private Deployments() {}

  static WebArchive guidepost(String name, Path contentDir, Path dataDir) {
    return guidepost(name, Map.of("guidepost.content.dir", contentDir.toString(), "guidepost.data.dir", dataDir.toString()));
  }

  static WebArchive guidepost(String name, Map<String, String> settings) {
    File war = new File(System.getProperty("guidepost.war", "target/guidepost.war"));
    WebArchive archive = ShrinkWrap.create(ZipImporter.class, name + ".war").importFrom(war).as(WebArchive.class);
    Properties properties = new Properties();
    properties.setProperty("guidepost.db.url", "jdbc:h2:${guidepost.data.dir}/db/guidepost");
    properties.setProperty("guidepost.db.user", "guidepost");
    properties.setProperty("guidepost.db.password", "guidepost");
    properties.setProperty("guidepost.admin.password", ADMIN_PASSWORD);
    properties.putAll(settings);
    StringWriter text = new StringWriter();
    try {
      properties.store(text, "settings for " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    archive.delete(CONFIG);
    archive.add(new StringAsset(text.toString()), CONFIG);
    return archive;
  }

  /** The shipped content folder of the working tree. */
  static Path seedContent() {
    return Path.of(System.getProperty("guidepost.seedContent", "content")).toAbsolutePath();
  }
}
