package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One "was this helpful?" answer for an article in one language. */
@Entity
@Table(name = "article_feedback")
public class ArticleFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "slug", nullable = false, updatable = false, length = 120)
  private String slug;

  @Column(name = "lang", nullable = false, updatable = false, length = 8)
  private Language language;

  /** 1 or 0, summed alike on H2 and PostgreSQL. */
  @Column(name = "helpful", nullable = false, updatable = false)
  private int helpful;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected ArticleFeedback() {}

  public ArticleFeedback(String slug, Language language, boolean helpful, OffsetDateTime at) {
    this.slug = slug;
    this.language = language;
    this.helpful = helpful ? 1 : 0;
    this.createdAt = at;
  }
}
