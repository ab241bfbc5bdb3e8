package app.guidepost.pages;

import app.guidepost.analytics.FeedbackStore;
import app.guidepost.analytics.SearchAnalytics;
import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Audience;
import app.guidepost.article.CategoryCatalog;
import app.guidepost.article.CategoryNames;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.files.ArticleFiles;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.render.RenderedArticle;
import app.guidepost.search.Listings;
import app.guidepost.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/articles/{slug}}: a public article in the reader's language, else in the
 * nearest of its fallback chain with a notice ({@code ?in=de} asks for one language), with its
 * other languages, its topic and more of it, and the "was this helpful" form, which posts to
 * {@code /{lang}/articles/{slug}/feedback} and comes back with thanks. An internal article is
 * not found, in the same time as a missing one.
 */
@ApplicationScoped
public class ArticlePage {

  static final int MORE_IN_TOPIC_SHOWN = 5;

  @Inject PageResponses responses;
  @Inject Messages messages;
  @Inject FallbackChains fallbackChains;
  @Inject ArticleRepository articles;
  @Inject CategoryCatalog categories;
  @Inject Listings listings;
  @Inject SearchAnalytics analytics;
  @Inject FeedbackStore feedback;

  void show(HttpServletRequest request, HttpServletResponse response, Language language, String slug) throws IOException {
    Article article = visibleArticle(slug);
    Translation shown = Optional.ofNullable(request.getParameter("in")).flatMap(Language::fromCode).flatMap(article::translation)
        .filter(Translation::isPublished)
        .or(() -> article.bestTranslationFor(language, fallbackChains.chainFor(language)))
        .orElseThrow(PageNotFound::new);
    Texts texts = responses.texts(language);
    Links links = Links.of(request, language);
    RenderedArticle rendered = MarkdownRenderer.render(shown.body(), Optional.of(ArticleFiles.servedAt(request.getContextPath(), article.slug())));
    String fallback = shown.language() != language && article.translation(language).filter(Translation::isPublished).isEmpty()
        ? messages.fallbackNotice("article.fallback.notice", language, shown.language())
        : null;
    String outdated = shown.isOutdated().filter(Boolean::booleanValue)
        .map(o -> messages.format(language, "article.outdated.notice", Map.of("source", texts.language(shown.translationOf().orElseThrow()))))
        .orElse(null);
    List<ArticlePageView.Other> others = article.published().stream()
        .map(t -> new ArticlePageView.Other(t.language().code(), messages.languageName(t.language(), t.language()), links.in(t.language()).article(slug)))
        .toList();
    List<Language> alternates = article.published().stream().map(Translation::language).toList();
    boolean thanked = request.getParameter("thanks") != null;
    if (!thanked) {
      analytics.viewed(language, article.slug().value());
      // Opened from a search result page: a click on that query's result, as the API's clicks are.
      Optional.ofNullable(request.getParameter("from")).map(String::strip).filter(q -> !q.isEmpty() && q.length() <= SearchRequest.MAX_QUERY_LENGTH)
          .ifPresent(query -> analytics.clicked(language, query, article.slug().value(), shown.language()));
    }
    Page page = responses.page(request, language, shown.title(), shown.summary().orElse(null), "/articles/" + slug, alternates);
    responses.publicPage(request, response, 200, "pages/article.jte", page, new ArticlePageView(
        shown.language().code(), shown.language().isRightToLeft() ? "rtl" : "ltr", shown.title(), rendered.html(), rendered.sections(),
        texts.date(shown.updatedAt()), fallback, outdated, source(shown), others, links.article(slug) + "/feedback", thanked,
        article.category().map(c -> topic(c, links)).orElse(null),
        article.category().map(c -> listings.moreInCategory(language, c.value(), article.slug().value(), MORE_IN_TOPIC_SHOWN).stream()
            .map(listed -> new ArticlePageView.Related(listed.title(), listed.language().code(), links.article(listed.slug())))
            .toList()).orElse(List.of()), article.slug().value()));
  }

  /** The "was this helpful" form: counted, then back to the article, thanked, at the form. */
  void feedback(HttpServletRequest request, HttpServletResponse response, Language language, String slug) {
    Article article = visibleArticle(slug);
    String helpful = request.getParameter("helpful");
    if (!"yes".equals(helpful) && !"no".equals(helpful)) {
      throw new InvalidInputException("Invalid feedback", responses.texts(language).t("error.title.400"));
    }
    feedback.record(article.slug().value(), language, "yes".equals(helpful));
    PageResponses.redirect(response, Links.of(request, language).article(article.slug().value()) + "?thanks#helpful", HttpServletResponse.SC_SEE_OTHER);
  }

  private static ArticlePageView.Source source(Translation shown) {
    if (shown.sourceUrl().isEmpty() && shown.sourceTitle().isEmpty() && shown.sourceAuthor().isEmpty()) {
      return null;
    }
    return new ArticlePageView.Source(shown.sourceTitle().orElse(null), shown.sourceAuthor().orElse(null), shown.sourceUrl().map(Object::toString).orElse(null));
  }

  private ArticlePageView.Topic topic(Slug category, Links links) {
    Language language = links.language();
    CategoryNames.Name name = categories.current().nameOf(category, language, fallbackChains.chainFor(language));
    return new ArticlePageView.Topic(name.text(), name.language().code(), links.category(category.value()));
  }

  private Article visibleArticle(String slug) {
    // One query first, the same for an internal article and a missing one: the time does not tell them apart.
    Optional<Article> visible = Slug.parse(slug).filter(articles::isPublic)
        .flatMap(articles::find).filter(Article::isPublished).filter(a -> a.audience() == Audience.PUBLIC);
    if (visible.isEmpty() && Slug.parse(slug).flatMap(articles::find).filter(ArticlePage::wasPublicBeforeItRetired).isPresent()) {
      throw new PageGone();
    }
    return visible.orElseThrow(PageNotFound::new);
  }

  /** A retired article readers could read before: its address is gone, not unknown. An internal one stays unknown. */
  private static boolean wasPublicBeforeItRetired(Article article) {
    return article.isRetired() && article.translations().stream().filter(t -> t.publishedRevision().isPresent())
        .allMatch(t -> t.audience() == Audience.PUBLIC) && article.translations().stream().anyMatch(t -> t.publishedRevision().isPresent());
  }
}
