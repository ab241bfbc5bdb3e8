package app.guidepost.api;

import app.guidepost.account.Caller;

import app.guidepost.i18n.LanguageNegotiation;
import app.guidepost.platform.ClientAddress;
import app.guidepost.platform.Readiness;
import jakarta.servlet.http.HttpServletRequest;
import app.guidepost.analytics.SearchAnalytics;
import app.guidepost.search.ArticleSearch;
import app.guidepost.search.SearchResults;
import app.guidepost.search.SearchFilters;
import app.guidepost.search.SearchRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * {@code GET /api/search?q=&lang=&limit=&offset=}: articles for a reader, in their language
 * first; narrowed by {@code category}, {@code tag}, {@code audience}, {@code language} (the
 * language of the text) and {@code type}, with facet counts of all hits.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject ArticleSearch search;
  @Inject Caller caller;
  @Inject Readiness readiness;
  @Inject SearchAnalytics analytics;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest servletRequest;

  @GET
  public SearchResponse search(
      @QueryParam("q") String q,
      @QueryParam("lang") String lang,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset,
      @QueryParam("category") String category,
      @QueryParam("tag") String tag,
      @QueryParam("audience") String audience,
      @QueryParam("language") String language,
      @QueryParam("type") String type,
      @Context HttpHeaders headers) {
    SearchRequest request =
        SearchRequest.parse(
            Optional.ofNullable(q),
            LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
            Optional.ofNullable(limit),
            Optional.ofNullable(offset),
            caller.isStaff())
        .narrowedTo(SearchFilters.parse(
            Optional.ofNullable(category), Optional.ofNullable(tag), Optional.ofNullable(audience),
            Optional.ofNullable(language), Optional.ofNullable(type)));
    readiness.requireReady();
    SearchResults results = search.search(request);
    analytics.searched(results, clientAddress.of(servletRequest));
    return SearchResponse.of(results);
  }
}
