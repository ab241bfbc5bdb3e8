package app.guidepost.pages;

import app.guidepost.analytics.PopularArticles;
import app.guidepost.analytics.SearchAnalytics;
import app.guidepost.article.ArticleRepository;
import app.guidepost.editing.Localization;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.i18n.Language;
import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/editor}: every article with the state of each language, linked to its editing
 * page, {@value #PAGE_SIZE} a page, filtered by a status in one language or in any
 * ({@code ?lang=de&status=outdated}) and ordered by title or by how often readers opened it
 * lately ({@code ?order=reads}); then the guides, and per status the totals of both.
 */
@ApplicationScoped
public class EditorListPage {

  /** Articles per page of the editor's list: a knowledge base of thousands is read a page at a time. */
  static final int PAGE_SIZE = 100;

  /** The statuses an editor can filter the list by, in the order the form offers them. */
  private static final List<String> STATUSES = List.of("missing", "draft", "review", "outdated", "up-to-date", "source", "retired");

  /** The orders of the list: by title, or the articles read most lately first (what to translate or update first). */
  private static final List<String> ORDERS = List.of("title", "reads");

  @Inject PageResponses responses;
  @Inject Localization localization;
  @Inject GuideRepository guides;
  @Inject PopularArticles reads;

  void show(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Texts texts = responses.texts(ui);
    EditorLinks links = EditorLinks.of(request, ui);
    Optional<Language> inLanguage = Optional.ofNullable(request.getParameter("lang")).flatMap(Language::fromCode);
    Optional<String> withStatus = Optional.ofNullable(request.getParameter("status")).filter(STATUSES::contains);
    String order = Optional.ofNullable(request.getParameter("order")).filter(ORDERS::contains).orElse("title");
    List<Localization.ArticleStates> states = localization.articleStates();
    Collator collator = Collator.getInstance(ULocale.forLocale(ui.locale()));
    List<Map.Entry<CollationKey, Localization.ArticleStates>> shown = new ArrayList<>();
    for (Localization.ArticleStates article : states) {
      Optional<ArticleRepository.TranslationState> source = article.source().or(() -> article.translations().values().stream().findFirst());
      if (source.isEmpty()) {
        continue;
      }
      boolean matches = withStatus.isEmpty() || inLanguage.map(l -> article.editorStatus(l).equals(withStatus.get()))
          .orElseGet(() -> Arrays.stream(Language.values()).anyMatch(l -> article.editorStatus(l).equals(withStatus.get())));
      if (matches) {
        shown.add(Map.entry(collator.getCollationKey(source.get().title()), article));
      }
    }
    shown.sort(Map.Entry.comparingByKey());
    if (order.equals("reads")) {
      // Stable: equally read articles stay in title order.
      Map<String, Long> counted = new HashMap<>();
      shown.forEach(entry -> counted.put(entry.getValue().slug(), readsOf(entry.getValue().slug(), inLanguage)));
      shown.sort(Comparator.comparing(entry -> -counted.get(entry.getValue().slug())));
    }
    int pageNumber = Math.max(1, Optional.ofNullable(request.getParameter("page")).map(p -> {
      try {
        return Integer.parseInt(p);
      } catch (NumberFormatException e) {
        return 1;
      }
    }).orElse(1));
    int from = (int) Math.min((long) (pageNumber - 1) * PAGE_SIZE, shown.size());
    List<EditorViews.ListView.Row> rows = new ArrayList<>();
    for (Map.Entry<CollationKey, Localization.ArticleStates> entry : shown.subList(from, Math.min(shown.size(), from + PAGE_SIZE))) {
      Localization.ArticleStates article = entry.getValue();
      ArticleRepository.TranslationState source = article.source().or(() -> article.translations().values().stream().findFirst()).orElseThrow();
      List<EditorViews.ListView.Cell> cells = new ArrayList<>();
      for (Language language : Language.values()) {
        cells.add(new EditorViews.ListView.Cell(language.code(), article.editorStatus(language), links.translation(article.slug(), language)));
      }
      rows.add(new EditorViews.ListView.Row(article.slug(), source.title(), source.language().code(), cells, readsOf(article.slug(), inLanguage)));
    }
    String listUrl = links.list();
    String query = inLanguage.map(l -> "lang=" + l.code() + "&").orElse("") + withStatus.map(st -> "status=" + st + "&").orElse("")
        + (order.equals("title") ? "" : "order=" + order + "&");
    String previous = pageNumber > 1 && from > 0 ? listUrl + "?" + query + "page=" + (pageNumber - 1) : null;
    String next = from + PAGE_SIZE < shown.size() ? listUrl + "?" + query + "page=" + (pageNumber + 1) : null;
    List<EditorViews.ListView.Option> languageOptions = new ArrayList<>();
    languageOptions.add(new EditorViews.ListView.Option("", texts.t("editor.filter.anyLanguage"), inLanguage.isEmpty()));
    for (Language language : Language.values()) {
      languageOptions.add(new EditorViews.ListView.Option(language.code(), texts.language(language), inLanguage.filter(language::equals).isPresent()));
    }
    List<EditorViews.ListView.Option> statusOptions = new ArrayList<>();
    statusOptions.add(new EditorViews.ListView.Option("", texts.t("editor.filter.anyStatus"), withStatus.isEmpty()));
    for (String status : STATUSES) {
      statusOptions.add(new EditorViews.ListView.Option(status, texts.t("editor.status." + status), withStatus.filter(status::equals).isPresent()));
    }
    List<EditorViews.ListView.Option> orderOptions = ORDERS.stream()
        .map(o -> new EditorViews.ListView.Option(o, texts.t("editor.order." + o), o.equals(order))).toList();
    responses.editorPage(response, 200, "pages/editor-list.jte", responses.page(request, ui, texts.t("editor.title"), null, "/editor", List.of()),
        new EditorViews.ListView(Arrays.stream(Language.values()).map(Language::code).toList(), totals(states), rows, guideRows(links),
            new EditorViews.ListView.Filter(listUrl, languageOptions, statusOptions, orderOptions), shown.size(), previous, next,
            inLanguage.map(l -> texts.t("editor.reads.in", "language", texts.language(l), "days", SearchAnalytics.POPULAR_DAYS))
                .orElseGet(() -> texts.t("editor.reads.all", "days", SearchAnalytics.POPULAR_DAYS)),
            request.isUserInRole("admin") ? request.getContextPath() + "/" + ui.code() + "/admin/accounts" : null));
  }

  /** How often readers opened an article lately: in {@code language}, or in all languages together. */
  private long readsOf(String slug, Optional<Language> language) {
    return language.map(l -> reads.reads(l, slug))
        .orElseGet(() -> Arrays.stream(Language.values()).mapToLong(l -> reads.reads(l, slug)).sum());
  }

  private List<EditorViews.ListView.Row> guideRows(EditorLinks links) {
    List<EditorViews.ListView.Row> rows = new ArrayList<>();
    for (StoredGuide guide : guides.findAll()) {
      List<EditorViews.ListView.Cell> cells = new ArrayList<>();
      for (Language language : Language.values()) {
        cells.add(new EditorViews.ListView.Cell(language.code(), Localization.guideStatus(guide, language).code(), links.guide(guide.slug(), language)));
      }
      rows.add(new EditorViews.ListView.Row(guide.slug(), guide.text(guide.source()).map(GuideTranslation::title).orElse(guide.slug()),
          guide.source().code(), cells, null));
    }
    rows.sort(Comparator.comparing(EditorViews.ListView.Row::title, Collator.getInstance(ULocale.forLocale(links.ui().locale()))));
    return rows;
  }

  /** Per status, the articles and guides that have it in each language: the same counts as {@code GET /api/localization}. */
  private List<EditorViews.ListView.Total> totals(List<Localization.ArticleStates> states) {
    Map<Language, List<Localization.Item>> perLanguage = localization.overviews(states);
    List<EditorViews.ListView.Total> totals = new ArrayList<>();
    for (Localization.Status status : Localization.Status.values()) {
      totals.add(new EditorViews.ListView.Total(status.code(), Arrays.stream(Language.values())
          .map(l -> (int) perLanguage.get(l).stream().filter(item -> item.status().equals(status.code())).count()).toList()));
    }
    return totals;
  }
}
