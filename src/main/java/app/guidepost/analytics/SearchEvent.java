package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One search as it was answered: the query, its language, how many results, whether only other languages had them. */
@Entity
@Table(name = "search_event")
public class SearchEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "lang", nullable = false, updatable = false, length = 8)
  private Language language;

  @Column(name = "query", nullable = false, updatable = false, length = 500)
  private String query;

  @Column(name = "results", nullable = false, updatable = false)
  private int results;

  /** 1 or 0: an integer, so that it can be summed the same way on H2 and PostgreSQL. */
  @Column(name = "fallback_only", nullable = false, updatable = false)
  private int fallbackOnly;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  /** 1 when an agent, editor or admin searched: their results include internal articles. */
  @Column(name = "staff", nullable = false, updatable = false)
  private int staff;

  /** A keyed hash of the searcher's address, to count people rather than searches. */
  @Column(name = "searcher", nullable = false, updatable = false, length = 16)
  private String searcher;

  protected SearchEvent() {}

  public SearchEvent(Language language, String query, int results, boolean fallbackOnly, boolean staff, String searcher, OffsetDateTime createdAt) {
    this.language = language;
    this.query = query;
    this.results = results;
    this.fallbackOnly = fallbackOnly ? 1 : 0;
    this.staff = staff ? 1 : 0;
    this.searcher = searcher;
    this.createdAt = createdAt;
  }
}
