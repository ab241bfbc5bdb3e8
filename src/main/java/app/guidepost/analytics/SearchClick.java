package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A hit opened from a search: which query, which article in which language. */
@Entity
@Table(name = "search_click")
public class SearchClick {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "lang", nullable = false, updatable = false, length = 8)
  private Language language;

  @Column(name = "query", nullable = false, updatable = false, length = 500)
  private String query;

  @Column(name = "article_slug", nullable = false, updatable = false, length = 120)
  private String articleSlug;

  @Column(name = "article_lang", nullable = false, updatable = false, length = 8)
  private Language articleLanguage;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected SearchClick() {}

  public SearchClick(Language language, String query, String articleSlug, Language articleLanguage, OffsetDateTime createdAt) {
    this.language = language;
    this.query = query;
    this.articleSlug = articleSlug;
    this.articleLanguage = articleLanguage;
    this.createdAt = createdAt;
  }
}
