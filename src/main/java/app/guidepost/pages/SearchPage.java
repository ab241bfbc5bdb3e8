package app.guidepost.pages;

import app.guidepost.analytics.SearchAnalytics;
import app.guidepost.article.CategoryCatalog;
import app.guidepost.article.CategoryNames;
import app.guidepost.article.Slug;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.platform.ClientAddress;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.search.ArticleSearch;
import app.guidepost.search.SearchFilters;
import app.guidepost.search.SearchHit;
import app.guidepost.search.SearchRequest;
import app.guidepost.search.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/search?q=}: the guides and one page of articles that answer a query, a
 * respelling when the words look mistyped, and, when the answers are written in several
 * languages, a filter by language ({@code &language=de}) with the count of each.
 */
@ApplicationScoped
public class SearchPage {

  static final int PAGE_SIZE = 10;

  @Inject PageResponses responses;
  @Inject ArticleSearch search;
  @Inject SearchAnalytics analytics;
  @Inject CategoryCatalog categories;
  @Inject FallbackChains fallbackChains;
  @Inject ClientAddress clientAddress;

  void show(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
    String typed = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
    int pageNumber = PageResponses.pageNumber(request);
    Texts texts = responses.texts(language);
    Links links = Links.of(request, language);
    String title = typed.isEmpty() ? texts.t("page.nav.search") : texts.t("search.title", "query", Texts.isolated(typed));
    Page page = responses.page(request, language, title, null, "/search" + (typed.isEmpty() ? "" : "?q=" + encode(typed)), List.of());
    if (typed.isEmpty()) {
      responses.publicPage(request, response, 200, "pages/search.jte", page, new SearchView("", null, null, null, List.of(), 0, List.of(), null, null, List.of(), List.of()));
      return;
    }
    Optional<Language> writtenIn = Optional.ofNullable(request.getParameter("language")).flatMap(Language::fromCode);
    Optional<String> inCategory = Optional.ofNullable(request.getParameter("category")).flatMap(Slug::parse).map(Slug::value);
    SearchResults results;
    SearchResults unfiltered;
    SearchResults forLanguages;
    SearchResults forCategories;
    try {
      SearchRequest asked = SearchRequest.parse(Optional.of(typed), language, Optional.of(String.valueOf(PAGE_SIZE)),
          Optional.of(String.valueOf(Math.min(SearchRequest.MAX_OFFSET, (pageNumber - 1) * PAGE_SIZE))), false);
      unfiltered = search.search(asked);
      // Each filter's counts are those of the results the other filter leaves.
      forLanguages = inCategory.isEmpty() ? unfiltered : search.search(asked.narrowedTo(filters(Optional.empty(), inCategory)));
      forCategories = writtenIn.isEmpty() ? unfiltered : search.search(asked.narrowedTo(filters(writtenIn, Optional.empty())));
      results = writtenIn.isEmpty() ? forLanguages : inCategory.isEmpty() ? forCategories : search.search(asked.narrowedTo(filters(writtenIn, inCategory)));
    } catch (InvalidInputException e) {
      responses.publicPage(request, response, 400, "pages/search.jte", page,
          new SearchView(typed, e.detail(), null, null, List.of(), 0, List.of(), null, null, List.of(), List.of()));
      return;
    }
    if (pageNumber == 1 && writtenIn.isEmpty() && inCategory.isEmpty()) {
      // Counted like the API's searches, once per query typed: not again for its next pages or a filter.
      analytics.searched(unfiltered, clientAddress.of(request));
    }
    String all = links.inLanguage("/search?q=" + encode(typed));
    java.util.function.BiFunction<Optional<Language>, Optional<String>, String> url = (lang, category) ->
        all + lang.map(l -> "&language=" + l.code()).orElse("") + category.map(c -> "&category=" + c).orElse("");
    String here = url.apply(writtenIn, inCategory);
    List<SearchView.Filter> languages = new ArrayList<>();
    Map<String, Long> counts = forLanguages.facets().getOrDefault("lang", Map.of());
    if (counts.size() > 1 || writtenIn.isPresent()) {
      languages.add(new SearchView.Filter(texts.t("search.filter.all"), null, forLanguages.total(), url.apply(Optional.empty(), inCategory),
          writtenIn.isEmpty()));
      counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> Language.fromCode(entry.getKey())
          .ifPresent(l -> languages.add(new SearchView.Filter(texts.language(l), l.code(), entry.getValue(), url.apply(Optional.of(l), inCategory),
              writtenIn.filter(l::equals).isPresent()))));
    }
    List<SearchView.Filter> topics = new ArrayList<>();
    Map<String, Long> perCategory = forCategories.facets().getOrDefault("category", Map.of());
    if (perCategory.size() > 1 || inCategory.isPresent()) {
      List<Language> chain = fallbackChains.chainFor(language);
      topics.add(new SearchView.Filter(texts.t("search.filter.all"), null, forCategories.total(), url.apply(writtenIn, Optional.empty()),
          inCategory.isEmpty()));
      perCategory.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> Slug.parse(entry.getKey())
          .ifPresent(slug -> {
            CategoryNames.Name name = categories.current().nameOf(slug, language, chain);
            topics.add(new SearchView.Filter(name.text(), name.language().code(), entry.getValue(), url.apply(writtenIn, Optional.of(slug.value())),
                inCategory.filter(slug.value()::equals).isPresent()));
          }));
    }
    String previous = pageNumber > 1 ? here + "&page=" + (pageNumber - 1) : null;
    String next = (long) pageNumber * PAGE_SIZE < results.total() ? here + "&page=" + (pageNumber + 1) : null;
    responses.publicPage(request, response, 200, "pages/search.jte", page, new SearchView(
        typed, null, results.didYouMean().orElse(null), results.didYouMean().map(d -> links.inLanguage("/search?q=" + encode(d))).orElse(null),
        results.guides().stream().map(h -> hit(h, links, texts, typed)).toList(), results.total(),
        results.hits().stream().map(h -> hit(h, links, texts, typed)).toList(), previous, next, languages, topics));
  }

  private static SearchFilters filters(Optional<Language> writtenIn, Optional<String> category) {
    return SearchFilters.parse(category, Optional.empty(), Optional.empty(), writtenIn.map(Language::code), Optional.empty());
  }

  /**
   * A guide opens its first page; an article in another language than the page's opens in that
   * one. An article's address carries the query ({@code from=}), so that opening it counts as a
   * click on that query's result without a script.
   */
  private static SearchView.Hit hit(SearchHit hit, Links links, Texts texts, String query) {
    Language language = links.language();
    String url = hit.isGuide()
        ? links.guide(hit.slug())
        : links.article(hit.slug()) + "?" + (hit.language() == language ? "" : "in=" + hit.language().code() + "&") + "from=" + encode(query);
    return new SearchView.Hit(hit.title(), hit.language().code(), url, hit.snippet(), hit.language() == language ? null : texts.language(hit.language()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
