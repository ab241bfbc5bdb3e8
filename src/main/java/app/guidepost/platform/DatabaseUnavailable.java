package app.guidepost.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the database connection (the server down, restarting, unreachable, the
 * pool unable to connect) from other errors: such a request is answered 503 with a
 * {@code Retry-After}, since it will work again once the database is back.
 */
public final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  public static boolean isCause(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          // 08: connection exceptions; 57P01-57P03: PostgreSQL shutting down or not accepting connections.
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
      String type = cause.getClass().getName();
      if (type.endsWith("ResourceAllocationException") || type.endsWith("PoolingException")) {
        return true;
      }
      String message = String.valueOf(cause.getMessage());
      if (message.contains("Error in allocating a connection")) {
        return true;
      }
    }
    return false;
  }
}
