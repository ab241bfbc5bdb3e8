package app.guidepost.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

  @Test
  void relativeH2PathsBecomeAbsoluteAndOptionsAreKept() {
    String cwd = Path.of("").toAbsolutePath().toString();
    assertThat(ConfiguredDataSource.absoluteH2Url("jdbc:h2:data/db/guidepost")).isEqualTo("jdbc:h2:" + cwd + "/data/db/guidepost");
    assertThat(ConfiguredDataSource.absoluteH2Url("jdbc:h2:./data/db/g;MODE=PostgreSQL")).isEqualTo("jdbc:h2:" + cwd + "/data/db/g;MODE=PostgreSQL");
    assertThat(ConfiguredDataSource.absoluteH2Url("jdbc:h2:file:/srv/db")).isEqualTo("jdbc:h2:file:/srv/db");
  }

  @Test
  void otherH2ModesAreLeftAlone() {
    assertThat(ConfiguredDataSource.absoluteH2Url("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
    assertThat(ConfiguredDataSource.absoluteH2Url("jdbc:h2:tcp://localhost/db")).isEqualTo("jdbc:h2:tcp://localhost/db");
  }

  @Test
  void anH2FileDatabaseWritesEveryCommitOutUnlessTheUrlSaysOtherwise() {
    assertThat(ConfiguredDataSource.durable("jdbc:h2:/srv/data/db/guidepost")).isEqualTo("jdbc:h2:/srv/data/db/guidepost;WRITE_DELAY=0");
    assertThat(ConfiguredDataSource.durable("jdbc:h2:file:/srv/db;MODE=PostgreSQL")).isEqualTo("jdbc:h2:file:/srv/db;MODE=PostgreSQL;WRITE_DELAY=0");
    assertThat(ConfiguredDataSource.durable("jdbc:h2:/srv/db;write_delay=500")).isEqualTo("jdbc:h2:/srv/db;write_delay=500");
    assertThat(ConfiguredDataSource.durable("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
  }

  @Test
  void onlyADatabaseNotThereYetIsWaitedFor() {
    assertThat(ConfiguredDataSource.notReachableYet(new java.sql.SQLException("Connection refused", "08001"))).isTrue();
    assertThat(ConfiguredDataSource.notReachableYet(new java.sql.SQLException("the database system is starting up", "57P03"))).isTrue();
    assertThat(ConfiguredDataSource.notReachableYet(new java.sql.SQLException("database \"guidepost\" does not exist", "3D000"))).isTrue();
    // A wrong password or a broken URL will not mend by waiting: it fails the start at once.
    assertThat(ConfiguredDataSource.notReachableYet(new java.sql.SQLException("password authentication failed", "28P01"))).isFalse();
    assertThat(ConfiguredDataSource.notReachableYet(new java.sql.SQLException("no state"))).isFalse();
  }

  @Test
  void theUrlLoggedWhileWaitingLeavesItsParametersOut() {
    assertThat(ConfiguredDataSource.withoutParameters("jdbc:postgresql://db:5432/guidepost?user=gp&password=secret")).isEqualTo("jdbc:postgresql://db:5432/guidepost");
    assertThat(ConfiguredDataSource.withoutParameters("jdbc:h2:/srv/db;PASSWORD=x")).isEqualTo("jdbc:h2:/srv/db");
  }
}
