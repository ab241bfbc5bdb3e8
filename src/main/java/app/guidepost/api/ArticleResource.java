package app.guidepost.api;

import app.guidepost.account.Caller;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Audience;
import app.guidepost.article.Revision;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.article.WorkflowState;
import app.guidepost.files.ArticleFiles;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.LanguageNegotiation;
import app.guidepost.i18n.Messages;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.Listings;
import app.guidepost.search.SearchRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Articles for readers. Internal (agent) articles are not found here at all: a reader gets the
 * same 404 as for a slug that does not exist.
 */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

  @Inject ArticleRepository articles;
  @Inject FallbackChains fallbackChains;
  @Inject Messages messages;
  @Inject Readiness readiness;
  @Inject Caller caller;
  @Inject Listings listings;
  @Inject Clock clock;
  @Context jakarta.ws.rs.core.UriInfo uri;

  /** Articles per page of the list when the caller does not say. */
  static final int DEFAULT_PAGE = 100;
  static final int MAX_PAGE = 1000;

  /**
   * Every article once, in the reader's language where it exists, titles in the language's
   * collation order; a page at a time ({@code limit}, {@code offset}), read from the index so a
   * page costs what it shows, not the size of the knowledge base.
   */
  @GET
  public ArticleList list(@QueryParam("lang") String lang, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @Context HttpHeaders headers) {
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    int size = SearchRequest.integer("limit", Optional.ofNullable(limit), DEFAULT_PAGE, 1, MAX_PAGE);
    int from = SearchRequest.integer("offset", Optional.ofNullable(offset), 0, 0, 1_000_000);
    readiness.requireReady();
    Listings.ArticlePage page = listings.everyArticle(reader, caller.isStaff(), from, size);
    return new ArticleList(reader.code(), page.total(), from, size, page.items().stream().map(ArticleList.Item::of).toList());
  }

  @GET
  @Path("{slug}")
  public ArticleView article(@PathParam("slug") String slug, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Slug id = slugOf(slug);
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    readiness.requireReady();
    Article article = visibleArticle(id);
    Translation shown = bestFor(article, reader).orElseThrow(() -> new ArticleNotFoundException(id.value()));
    return ArticleView.of(article, shown, reader, MarkdownRenderer.render(shown.body(), Optional.of(filesAt(id))), messages);
  }

  /** Where the article's files are served, wherever the application is deployed. */
  private String filesAt(Slug slug) {
    return ArticleFiles.servedAt(uri.getBaseUri().getPath().replaceAll("/api/?$", ""), slug);
  }

  @GET
  @Path("{slug}/revisions")
  public RevisionList revisions(@PathParam("slug") String slug, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Slug id = slugOf(slug);
    Language language = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    readiness.requireReady();
    Translation translation =
        visibleArticle(id)
            .translation(language)
            .filter(Translation::isPublished)
            .orElseThrow(() -> new InvalidInputException(
                "No such translation", "Article '" + id + "' has no translation in " + language.code() + "."));
    // Readers see the revisions that were published; drafts are the editors' business. Nor do
    // they see what was saved while the article was internal (any of its translations saying
    // so): a title it had then may name what was never meant for them.
    int published = translation.publishedRevision().orElseThrow();
    Optional<OffsetDateTime> internalUntil = caller.isStaff() ? Optional.empty() : internalUntil(translation.article());
    return new RevisionList(
        id.value(),
        language.code(),
        published,
        translation.revisions().stream()
            .filter(r -> r.savedAs() == WorkflowState.PUBLISHED || r.number() == published)
            .filter(r -> r.number() <= published)
            .filter(r -> internalUntil.map(until -> !r.createdAt().isBefore(until)).orElse(true))
            .map(r -> new RevisionList.Entry(r.number(), r.content().title(), r.origin().name().toLowerCase(java.util.Locale.ROOT), r.createdAt(), r.contentHash()))
            .toList());
  }

  /**
   * Until when the article was (or may have been) internal: for each translation, a revision
   * saying "agent" makes it internal until that translation's next public revision saved as
   * published (a public draft or review text changes nothing for readers), or until now when
   * there is none: when a draft was later published by a state change is not recorded, and a
   * reader seeing too little history is the safe side. The article is internal while any of its
   * translations is.
   */
  private Optional<OffsetDateTime> internalUntil(Article article) {
    OffsetDateTime until = null;
    for (Translation translation : article.translations()) {
      OffsetDateTime since = null;
      for (Revision revision : translation.revisions()) {
        boolean internal = revision.content().audience() != Audience.PUBLIC;
        if (internal && since == null) {
          since = revision.createdAt();
        } else if (!internal && since != null && revision.savedAs() == WorkflowState.PUBLISHED) {
          until = later(until, revision.createdAt());
          since = null;
        }
      }
      if (since != null) {
        until = later(until, OffsetDateTime.now(clock));
      }
    }
    return Optional.ofNullable(until);
  }

  private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private Article visibleArticle(Slug slug) {
    // An internal article and a missing one cost a reader the same one query: the time of the
    // answer does not tell them apart.
    if (!caller.isStaff() && !articles.isPublic(slug)) {
      throw new ArticleNotFoundException(slug.value());
    }
    return articles
        .find(slug)
        .filter(Article::isPublished)
        .filter(article -> caller.isStaff() || article.audience() == Audience.PUBLIC)
        .orElseThrow(() -> new ArticleNotFoundException(slug.value()));
  }

  private Optional<Translation> bestFor(Article article, Language reader) {
    return article.bestTranslationFor(reader, fallbackChains.chainFor(reader));
  }

  /** An article's slug from an address, refused with the rule when it is not one. */
  static Slug slugOf(String value) {
    return Slug.parse(value).orElseThrow(() -> new InvalidInputException(
        "Invalid slug",
        "'" + InvalidInputException.excerpt(value) + "' is not an article slug: lowercase a-z, digits and single hyphens."));
  }

}
