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
import app.guidepost.search.index.IndexedTranslation;
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
 * respelling when the words look mistyped, and filters by topic, type and language with the
 * count of each. The page takes the API's filter names ({@code category}, {@code tag},
 * {@code audience}, {@code language}, {@code type}), so a search narrowed on the API reads the
 * same here; a bad value is a 400 page that says which.
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
      responses.publicPage(request, response, 200, "pages/search.jte", page, SearchView.empty(""));
      return;
    }
    SearchFilters filters;
    SearchResults results;
    Counts counts;
    try {
      filters = SearchFilters.parse(parameter(request, "category"), parameter(request, "tag"), parameter(request, "audience"),
          parameter(request, "language"), parameter(request, "type"));
      SearchRequest asked = SearchRequest.parse(Optional.of(typed), language, Optional.of(String.valueOf(PAGE_SIZE)),
          Optional.of(String.valueOf(Math.min(SearchRequest.MAX_OFFSET, (pageNumber - 1) * PAGE_SIZE))), false);
      results = search.search(asked.narrowedTo(filters));
      // Each filter's counts are those of the results the other filters leave: a filter in use
      // costs one more search without it, one not in use reads its counts off the results.
      counts = new Counts(
          (filters.category().isEmpty() ? results : search.search(asked.narrowedTo(filters.withoutCategory()))),
          (filters.type().isEmpty() ? results : search.search(asked.narrowedTo(filters.withoutType()))),
          (filters.language().isEmpty() ? results : search.search(asked.narrowedTo(filters.withoutLanguage()))));
    } catch (InvalidInputException e) {
      responses.publicPage(request, response, 400, "pages/search.jte", page, SearchView.empty(typed).withProblem(e.detail()));
      return;
    }
    if (pageNumber == 1 && filters.isEmpty()) {
      // Counted like the API's searches, once per query typed: not again for its next pages or a filter.
      analytics.searched(results, clientAddress.of(request));
    }
    String here = links.inLanguage("/search?q=" + encode(typed)) + query(filters);
    List<SearchView.FilterGroup> groups = new ArrayList<>();
    groups.add(categories(counts.forCategories(), filters, texts, language));
    groups.add(types(counts.forTypes(), filters, texts, language));
    groups.add(languages(counts.forLanguages(), filters, texts));
    List<SearchView.FilterGroup> shown = groups.stream().filter(SearchView.FilterGroup::worthShowing).toList();
    Map<String, String> kept = new java.util.LinkedHashMap<>();
    filters.tag().ifPresent(tag -> kept.put("tag", tag));
    filters.audience().ifPresent(audience -> kept.put("audience", audience.code()));
    String previous = pageNumber > 1 ? here + "&page=" + (pageNumber - 1) : null;
    String next = (long) pageNumber * PAGE_SIZE < results.total() ? here + "&page=" + (pageNumber + 1) : null;
    responses.publicPage(request, response, 200, "pages/search.jte", page, new SearchView(
        typed, null, results.didYouMean().orElse(null), results.didYouMean().map(d -> links.inLanguage("/search?q=" + encode(d))).orElse(null),
        results.guides().stream().map(h -> hit(h, links, texts, typed)).toList(), results.total(),
        results.hits().stream().map(h -> hit(h, links, texts, typed)).toList(), previous, next, shown, kept));
  }

  /** The results each filter's counts are read from. */
  private record Counts(SearchResults forCategories, SearchResults forTypes, SearchResults forLanguages) {}

  private SearchView.FilterGroup categories(SearchResults counted, SearchFilters filters, Texts texts, Language language) {
    List<Language> chain = fallbackChains.chainFor(language);
    List<SearchView.Filter> choices = new ArrayList<>();
    choices.add(SearchView.Filter.all(texts.t("search.filter.all"), counted.total(), filters.category().isEmpty()));
    byCount(withChosen(counted.facets().getOrDefault("category", Map.of()), filters.category())).forEach(entry -> Slug.parse(entry.getKey()).ifPresent(slug -> {
      CategoryNames.Name name = categories.current().nameOf(slug, language, chain);
      choices.add(new SearchView.Filter(name.text(), name.language().code(), slug.value(), entry.getValue(),
          filters.category().filter(slug.value()::equals).isPresent()));
    }));
    return new SearchView.FilterGroup("category", texts.t("search.filter.category"), choices);
  }

  private static SearchView.FilterGroup types(SearchResults counted, SearchFilters filters, Texts texts, Language language) {
    List<SearchView.Filter> choices = new ArrayList<>();
    Map<String, Long> perType = counted.facets().getOrDefault("type", Map.of());
    choices.add(SearchView.Filter.all(texts.t("search.filter.all"), perType.values().stream().mapToLong(Long::longValue).sum(),
        filters.type().isEmpty()));
    for (String type : List.of(IndexedTranslation.ARTICLE, IndexedTranslation.GUIDE)) {
      long count = perType.getOrDefault(type, 0L);
      if (count > 0 || filters.type().filter(type::equals).isPresent()) {
        choices.add(new SearchView.Filter(texts.t("search.type." + type), language.code(), type, count,
            filters.type().filter(type::equals).isPresent()));
      }
    }
    return new SearchView.FilterGroup("type", texts.t("search.filter.type"), choices);
  }

  private static SearchView.FilterGroup languages(SearchResults counted, SearchFilters filters, Texts texts) {
    List<SearchView.Filter> choices = new ArrayList<>();
    choices.add(SearchView.Filter.all(texts.t("search.filter.all"), counted.total(), filters.language().isEmpty()));
    byCount(withChosen(counted.facets().getOrDefault("lang", Map.of()), filters.language().map(Language::code))).forEach(entry -> Language.fromCode(entry.getKey()).ifPresent(l ->
        choices.add(new SearchView.Filter(texts.language(l), l.code(), l.code(), entry.getValue(), filters.language().filter(l::equals).isPresent()))));
    return new SearchView.FilterGroup("language", texts.t("search.filter.language"), choices);
  }

  /** The counts with the value chosen among them even where it leaves nothing, so that it can be chosen away again. */
  private static Map<String, Long> withChosen(Map<String, Long> counts, Optional<String> chosen) {
    if (chosen.isEmpty() || counts.containsKey(chosen.get())) {
      return counts;
    }
    Map<String, Long> all = new java.util.HashMap<>(counts);
    all.put(chosen.get(), 0L);
    return all;
  }

  private static List<Map.Entry<String, Long>> byCount(Map<String, Long> counts) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
  }

  /** The filters in use as query parameters under the API's names, each starting with {@code &}. */
  private static String query(SearchFilters filters) {
    StringBuilder query = new StringBuilder();
    filters.category().ifPresent(c -> query.append("&category=").append(encode(c)));
    filters.tag().ifPresent(t -> query.append("&tag=").append(encode(t)));
    filters.audience().ifPresent(a -> query.append("&audience=").append(a.code()));
    filters.language().ifPresent(l -> query.append("&language=").append(l.code()));
    filters.type().ifPresent(t -> query.append("&type=").append(t));
    return query.toString();
  }

  private static Optional<String> parameter(HttpServletRequest request, String name) {
    return Optional.ofNullable(request.getParameter(name));
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
