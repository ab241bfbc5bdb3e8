package app.guidepost.support;

import app.guidepost.i18n.Language;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A hand-over to the help desk and the state of its delivery to the ticket system. */
@Entity
@Cacheable(false)
@Table(name = "support_request")
public class SupportRequest {

  static final String PENDING = "pending";
  static final String DELIVERED = "delivered";
  private static final int MAX_ERROR = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "reference", nullable = false, updatable = false, length = 36)
  private String reference;

  @Column(name = "walkthrough_id", updatable = false)
  private Long walkthroughId;

  @Column(name = "lang", length = 8, updatable = false)
  private String language;

  @Column(name = "guide_slug", length = 120, updatable = false)
  private String guide;

  @Column(name = "submission_key", length = 64, updatable = false)
  private String submissionKey;

  @Column(name = "payload", nullable = false, updatable = false)
  private String payload;

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "lease_until")
  private OffsetDateTime leaseUntil;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  protected SupportRequest() {}

  SupportRequest(String reference, long walkthroughId, Language language, String guide, String payload, OffsetDateTime at) {
    this(reference, payload, language, at);
    this.walkthroughId = walkthroughId;
    this.guide = guide;
  }

  /** A request from the contact page: no walkthrough, and the key of the form it came from. */
  SupportRequest(String reference, String submissionKey, Language language, String payload, OffsetDateTime at) {
    this(reference, payload, language, at);
    this.submissionKey = submissionKey;
  }

  private SupportRequest(String reference, String payload, Language language, OffsetDateTime at) {
    this.reference = reference;
    this.language = language.code();
    this.payload = payload;
    this.state = PENDING;
    this.nextAttemptAt = at;
    this.createdAt = at;
  }

  void delivered(OffsetDateTime at) {
    attempts++;
    state = DELIVERED;
    deliveredAt = at;
    leaseUntil = null;
    lastError = null;
  }

  /** A failed attempt: the next one waits {@code wait}. */
  void failed(String error, OffsetDateTime at, Duration wait) {
    attempts++;
    lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    nextAttemptAt = at.plus(wait);
    leaseUntil = null;
  }

  public long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  /** The walkthrough it came from; none from the contact page. */
  public Optional<Long> walkthroughId() {
    return Optional.ofNullable(walkthroughId);
  }

  /** The language the reader wrote in (requests from before it was kept: their walkthrough's). */
  public Optional<Language> language() {
    return Optional.ofNullable(language).flatMap(Language::fromCode);
  }

  /** The guide it came from; none from the contact page. */
  public Optional<String> guide() {
    return Optional.ofNullable(guide);
  }

  public String payload() {
    return payload;
  }

  public boolean isDelivered() {
    return DELIVERED.equals(state);
  }

  public String state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<OffsetDateTime> deliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }
}
