package app.guidepost.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change, numbered in the order the database handed out the numbers. Never updated. */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry {

  // One number at a time: numbers handed out in blocks would order one instance's changes
  // after another's regardless of when they were made.
  @Id
  @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
  @Column(name = "seq")
  private Long seq;

  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private String kind;

  @Column(name = "slug", nullable = false, updatable = false, length = 120)
  private String slug;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected ChangeLogEntry() {}

  ChangeLogEntry(ChangeKind kind, String slug, OffsetDateTime createdAt) {
    this.kind = kind.code();
    this.slug = slug;
    this.createdAt = createdAt;
  }

  /** An entry as the log reads it back, with the number the database gave it. */
  ChangeLogEntry(long seq, ChangeKind kind, String slug, OffsetDateTime createdAt) {
    this(kind, slug, createdAt);
    this.seq = seq;
  }

  public long seq() {
    return seq;
  }

  public ChangeKind kind() {
    return ChangeKind.of(kind);
  }

  public String slug() {
    return slug;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
