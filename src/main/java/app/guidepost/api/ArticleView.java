package app.guidepost.api;

import app.guidepost.article.Article;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import app.guidepost.render.RenderedArticle;
import app.guidepost.render.Section;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The body of {@code GET /api/articles/{slug}}: one translation rendered for reading, and the
 * languages it is available in. When the reader's language has no translation, {@code lang}
 * says which one is shown and {@code notice} says so in the reader's language.
 */
public record ArticleView(
    String slug,
    String lang,
    String requestedLang,
    boolean fallback,
    String notice,
    String dir,
    String title,
    String summary,
    String category,
    List<String> tags,
    String sourceUrl,
    String sourceTitle,
    String sourceAuthor,
    int revision,
    OffsetDateTime updatedAt,
    Boolean outdated,
    String html,
    List<Section> sections,
    List<Available> translations) {

  /** A language the article can be read in. */
  public record Available(String lang, String title, String url, Boolean outdated) {}

  static ArticleView of(Article article, Translation shown, Language requested, RenderedArticle rendered, Messages messages) {
    boolean fallback = shown.language() != requested;
    String notice =
        fallback
            ? messages.fallbackNotice("article.fallback.notice", requested, shown.language())
            : null;
    return new ArticleView(
        article.slug().value(),
        shown.language().code(),
        requested.code(),
        fallback,
        notice,
        shown.language().isRightToLeft() ? "rtl" : "ltr",
        shown.title(),
        shown.summary().orElse(null),
        shown.category().map(Slug::value).orElse(null),
        shown.tags(),
        shown.sourceUrl().map(URI::toString).orElse(null),
        shown.sourceTitle().orElse(null),
        shown.sourceAuthor().orElse(null),
        shown.publishedRevision().orElseThrow(),
        shown.updatedAt(),
        shown.isOutdated().orElse(null),
        rendered.html(),
        rendered.sections(),
        article.published().stream()
            .map(t -> new Available(
                t.language().code(), t.title(), ArticleLinks.api(t.language(), article.slug().value()), t.isOutdated().orElse(null)))
            .toList());
  }
}
