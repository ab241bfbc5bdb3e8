package app.guidepost.platform;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The datasource class named by {@link DataSourceDeclaration}: one class for both databases,
 * chosen by the JDBC URL at run time, so switching from the embedded H2 file to PostgreSQL
 * is a setting, not a rebuild. A relative H2 path is made absolute against the working
 * folder, because H2 refuses implicitly relative paths.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  private String url;
  private String user;
  private String password;
  private volatile DataSource delegate;

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPassword() {
    return password;
  }

  private DataSource delegate() throws SQLException {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create();
        }
        current = delegate;
      }
    }
    return current;
  }

  private DataSource create() throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("guidepost.db.url is not set");
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      if (user != null && !user.isBlank()) {
        postgres.setUser(user);
      }
      if (password != null && !password.isBlank()) {
        postgres.setPassword(password);
      }
      return postgres;
    }
    if (url.startsWith("jdbc:h2:")) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(durable(absoluteH2Url(url)));
      h2.setUser(user == null ? "" : user);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    throw new SQLException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + url.split(";")[0]);
  }

  /**
   * An H2 file database that writes every commit out before the commit answers. H2's default
   * writes in the background, so a process killed (kill -9, out of memory) loses the last half
   * second of acknowledged saves; a URL that sets WRITE_DELAY itself keeps its choice.
   */
  static String durable(String h2Url) {
    String rest = h2Url.substring("jdbc:h2:".length());
    boolean inMemoryOrRemote = rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:");
    if (inMemoryOrRemote || h2Url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
      return h2Url;
    }
    return h2Url + ";WRITE_DELAY=0";
  }

  static String absoluteH2Url(String url) {
    String rest = url.substring("jdbc:h2:".length());
    String prefix = "";
    if (rest.startsWith("file:")) {
      prefix = "file:";
      rest = rest.substring(prefix.length());
    }
    if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:")) {
      return url;
    }
    int options = rest.indexOf(';');
    String path = options < 0 ? rest : rest.substring(0, options);
    String tail = options < 0 ? "" : rest.substring(options);
    if (path.startsWith("~")) {
      return url;
    }
    return "jdbc:h2:" + prefix + Path.of(path).toAbsolutePath().normalize() + tail;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connect(() -> delegate().getConnection());
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return connect(() -> delegate().getConnection(username, pass));
  }

  /** Set by the first connection made: from then on, a database away fails at once. */
  private static volatile boolean connectedOnce;

  static final long MAX_PAUSE_SECONDS = 30;

  private interface Connecting {
    Connection connect() throws SQLException;
  }

  /**
   * Until the first connection succeeds, a database that cannot be reached yet (not started,
   * still starting, or not created) is waited for, 1 s doubling to {@value #MAX_PAUSE_SECONDS}
   * s between attempts. The application server opens a connection while it deploys the
   * application; failing there would leave a running process with no application, where an
   * instance started beside its database (a cluster booting, a machine restarting) should
   * simply start when the database does. Later, an outage must not hold requests: a failed
   * connection then fails at once and the caller answers 503.
   */
  private Connection connect(Connecting connecting) throws SQLException {
    int attempt = 0;
    while (true) {
      try {
        Connection connection = connecting.connect();
        connectedOnce = true;
        return connection;
      } catch (SQLException e) {
        if (connectedOnce || !notReachableYet(e)) {
          throw e;
        }
        attempt++;
        long pause = Math.min(MAX_PAUSE_SECONDS, 1L << Math.min(attempt - 1, 5));
        LOG.log(Level.WARNING, "The database {0} cannot be reached yet ({1}); trying again in {2} s (attempt {3})",
            new Object[] {withoutParameters(url), e.getMessage(), pause, attempt});
        try {
          Thread.sleep(pause * 1000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Connection failures (SQLSTATE class 08), a server still starting (57P03), a database not yet created (3D000). */
  static boolean notReachableYet(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P03") || state.equals("3D000"));
  }

  /** The URL without its parameters, which may hold a password. */
  static String withoutParameters(String url) {
    return url == null ? "" : url.split("[?;]", 2)[0];
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate().getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate().setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate().getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger(ConfiguredDataSource.class.getPackageName());
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
