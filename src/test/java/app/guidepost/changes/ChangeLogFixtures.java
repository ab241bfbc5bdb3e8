package app.guidepost.changes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Change log entries as the database hands them back, for tests outside this package. */
public final class ChangeLogFixtures {

  private ChangeLogFixtures() {}

  public static ChangeLogEntry entry(long seq, ChangeKind kind, String slug) {
    return new ChangeLogEntry(seq, kind, slug, OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC).plusSeconds(seq));
  }
}
