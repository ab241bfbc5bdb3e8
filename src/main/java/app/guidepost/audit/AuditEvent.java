package app.guidepost.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One change: when, by whom, what it did, to what. Immutable. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "at", nullable = false, updatable = false)
  private OffsetDateTime at;

  @Column(name = "actor", nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false, length = 48)
  private String action;

  @Column(name = "target", nullable = false, updatable = false, length = 200)
  private String target;

  @Column(name = "detail", updatable = false, length = 1000)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(OffsetDateTime at, String actor, String action, String target, String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.target = target.length() <= 200 ? target : target.substring(0, 200);
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public long id() {
    return id;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
