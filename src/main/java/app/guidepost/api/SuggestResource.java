package app.guidepost.api;

import app.guidepost.account.Caller;

import app.guidepost.i18n.Language;
import app.guidepost.i18n.LanguageNegotiation;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.search.SearchRequest;
import app.guidepost.search.Suggestions;
import app.guidepost.search.SuggestionsHolder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/suggest?q=&lang=&limit=}: article titles as the reader types, then queries
 * others searched often with results.
 */
@Path("suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

  static final int MAX_TYPED = 100;
  static final int DEFAULT_LIMIT = 8;
  static final int MAX_LIMIT = 20;

  @Inject SuggestionsHolder suggestions;
  @Inject Readiness readiness;
  @Inject Caller caller;

  /** The body of the answer: what was typed, and the titles to offer. */
  @JsonbPropertyOrder({"query", "lang", "suggestions"})
  public record SuggestResponse(String query, String lang, List<Item> suggestions) {}

  /**
   * One suggestion: an article or guide title in its own language with the page it opens
   * ({@code type} "article" or "guide"), or a query others searched often with results
   * ({@code type} "query", {@code url} its search).
   */
  @JsonbPropertyOrder({"type", "text", "article", "guide", "lang", "url"})
  public record Item(String type, String text, String article, String guide, String lang, String url) {}

  @GET
  public SuggestResponse suggest(
      @QueryParam("q") String q, @QueryParam("lang") String lang, @QueryParam("limit") String limit, @Context HttpHeaders headers) {
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    String typed = q == null ? "" : q.strip();
    if (typed.isEmpty()) {
      throw new InvalidInputException("Missing query", "Parameter 'q' is required: the beginning of the words typed so far.");
    }
    if (typed.codePointCount(0, typed.length()) > MAX_TYPED) {
      throw new InvalidInputException("Query too long", "Parameter 'q' may have at most " + MAX_TYPED + " characters for suggestions.");
    }
    int count = SearchRequest.integer("limit", Optional.ofNullable(limit), DEFAULT_LIMIT, 1, MAX_LIMIT);
    readiness.requireReady();
    List<Item> items = new ArrayList<>();
    suggestions.current().suggest(reader, typed, count, caller.isStaff())
        .forEach(s -> items.add(s.isGuide()
            ? new Item(s.type(), s.text(), null, s.slug(), s.language().code(), ArticleLinks.guidePage(s.language(), s.slug()))
            : new Item(s.type(), s.text(), s.slug(), null, s.language().code(), ArticleLinks.page(s.language(), s.slug()))));
    List<String> popular = suggestions.popularQueries().getOrDefault(reader, List.of());
    Suggestions.matchingQueries(popular, typed, count - items.size()).forEach(query -> items.add(new Item(
        "query", query, null, null, reader.code(),
        "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang=" + reader.code())));
    return new SuggestResponse(typed, reader.code(), items);
  }
}
