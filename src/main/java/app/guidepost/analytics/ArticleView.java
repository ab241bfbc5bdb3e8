package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An article page opened in the help center, in the language of the page. */
@Entity
@Table(name = "article_view")
public class ArticleView {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "lang", nullable = false, updatable = false, length = 8)
  private Language language;

  @Column(name = "article_slug", nullable = false, updatable = false, length = 120)
  private String articleSlug;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected ArticleView() {}

  public ArticleView(Language language, String articleSlug, OffsetDateTime createdAt) {
    this.language = language;
    this.articleSlug = articleSlug;
    this.createdAt = createdAt;
  }
}
