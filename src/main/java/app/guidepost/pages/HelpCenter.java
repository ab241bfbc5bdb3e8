package app.guidepost.pages;

import app.guidepost.analytics.FeedbackStore;
import app.guidepost.analytics.PopularArticles;
import app.guidepost.analytics.SearchAnalytics;
import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Audience;
import app.guidepost.article.CategoryCatalog;
import app.guidepost.article.CategoryNames;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.guide.Choice;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.Outcome;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.render.RenderedArticle;
import app.guidepost.search.ArticleSearch;
import app.guidepost.search.Listings;
import app.guidepost.search.SearchHit;
import app.guidepost.search.SearchFilters;
import app.guidepost.search.SearchRequest;
import app.guidepost.search.SearchResults;
import app.guidepost.support.Contact;
import app.guidepost.support.SupportRequest;
import app.guidepost.support.SupportRequests;
import app.guidepost.walkthrough.TicketNotes;
import app.guidepost.walkthrough.Walkthrough;
import app.guidepost.walkthrough.WalkthroughRefusedException;
import app.guidepost.walkthrough.Walkthroughs;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public help center, one address per page and language: {@code /{lang}/} (home),
 * {@code /{lang}/search}, {@code /{lang}/articles/{slug}}, {@code /{lang}/categories/{slug}},
 * {@code /{lang}/guides/{slug}} and
 * {@code /{lang}/walkthroughs/{id}}. Forms post and redirect (so reloading never submits twice);
 * everything works without JavaScript. {@code /} sends the visitor to their language.
 */
@WebServlet(urlPatterns = {"", "/en/*", "/vi/*", "/nb/*", "/no/*", "/de/*", "/ar/*"})
public class HelpCenter extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(HelpCenter.class.getName());
  static final int PAGE_SIZE = 10;
  static final int POPULAR_SHOWN = 6;
  static final int RECENT_SHOWN = 8;
  static final int MORE_IN_TOPIC_SHOWN = 5;

  @Inject transient Templates templates;
  @Inject transient Messages messages;
  @Inject transient FallbackChains fallbackChains;
  @Inject transient Readiness readiness;
  @Inject transient ArticleSearch search;
  @Inject transient Listings listings;
  @Inject transient ArticleRepository articles;
  @Inject transient GuideCatalog guides;
  @Inject transient Walkthroughs walkthroughs;
  @Inject transient TicketNotes notes;
  @Inject transient SupportRequests supportRequests;
  @Inject transient FeedbackStore feedback;
  @Inject transient SearchAnalytics analytics;
  @Inject transient PopularArticles popularArticles;
  @Inject transient CategoryCatalog categories;

  /** Where the application is deployed: "" at the server's root. */
  private String base = "";

  @Override
  public void init() {
    base = getServletContext().getContextPath();
  }

  /** A page that does not exist, in the visitor's language. */
  static final class PageNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Route route = Route.of(request);
    if (route.redirect().isPresent()) {
      response.setHeader("Vary", "Accept-Language");
      redirect(response, base + route.redirect().get(), HttpServletResponse.SC_FOUND);
      return;
    }
    Language language = route.language();
    response.addHeader("Set-Cookie", Route.REMEMBERED + "=" + language.code() + "; Path=" + (base.isEmpty() ? "/" : base)
        + "; Max-Age=31536000; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
    try {
      readiness.requireReady();
      List<String> parts = route.parts();
      if (parts.isEmpty()) {
        html(request, response, 200, "pages/home.jte", page(language, texts(language).t("home.title"), null, "/", List.of(Language.values())), home(language));
      } else if (parts.size() == 1 && parts.get(0).equals("search")) {
        searchPage(request, response, language);
      } else if (parts.size() == 2 && parts.get(0).equals("articles")) {
        articlePage(request, response, language, parts.get(1));
      } else if (parts.size() == 2 && parts.get(0).equals("categories")) {
        categoryPage(request, response, language, parts.get(1));
      } else if (parts.size() == 2 && parts.get(0).equals("guides")) {
        guidePage(request, response, language, parts.get(1), staff(request));
      } else if (parts.size() == 2 && parts.get(0).equals("walkthroughs")) {
        walkthroughPage(request, response, language, parts.get(1), null, Map.of(), staff(request));
      } else {
        throw new PageNotFound();
      }
    } catch (WalkthroughRefusedException e) {
      error(response, language, 404, texts(language).t("guide.notFound"));
    } catch (PageNotFound e) {
      error(response, language, 404, null);
    } catch (InvalidInputException e) {
      error(response, language, 400, e.detail());
    } catch (RuntimeException e) {
      failed(response, language, e);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Route route = Route.of(request);
    Language language = route.language();
    if (route.redirect().isPresent()) {
      error(response, language, 404, null);
      return;
    }
    if (!FormGuard.formAccepted(request)) {
      error(response, language, 403, texts(language).t("error.body.form"));
      return;
    }
    try {
      readiness.requireReady();
      List<String> parts = route.parts();
      if (parts.size() == 3 && parts.get(0).equals("articles") && parts.get(2).equals("feedback")) {
        Article article = visibleArticle(parts.get(1));
        String helpful = request.getParameter("helpful");
        if (!"yes".equals(helpful) && !"no".equals(helpful)) {
          throw new InvalidInputException("Invalid feedback", texts(language).t("error.title.400"));
        }
        feedback.record(article.slug().value(), language, "yes".equals(helpful));
        redirect(response, base + "/" + language.code() + "/articles/" + article.slug().value() + "?thanks#helpful", HttpServletResponse.SC_SEE_OTHER);
      } else if (parts.size() == 2 && parts.get(0).equals("guides")) {
        GuideCatalog.PublishedGuide guide = visibleGuide(parts.get(1), staff(request));
        Walkthroughs.Started started = walkthroughs.start(guide.guide().slug(), language, staff(request));
        redirect(response, base + "/" + language.code() + "/walkthroughs/" + started.token(), HttpServletResponse.SC_SEE_OTHER);
      } else if (parts.size() == 2 && parts.get(0).equals("walkthroughs")) {
        walkthroughAction(request, response, language, parts.get(1));
      } else {
        throw new PageNotFound();
      }
    } catch (PageNotFound e) {
      error(response, language, 404, null);
    } catch (InvalidInputException e) {
      error(response, language, 400, e.detail());
    } catch (RuntimeException e) {
      failed(response, language, e);
    }
  }

  private HomeView home(Language language) {
    List<Language> chain = fallbackChains.chainFor(language);
    Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
    List<HomeView.GuideLink> guideLinks = guides.guides().values().stream()
        .filter(g -> g.guide().audience() == Audience.PUBLIC)
        .map(g -> {
          GuideTexts texts = g.textsFor(language, chain);
          return new HomeView.GuideLink(texts.title(), texts.summary().orElse(null), texts.language().code(),
              base + "/" + language.code() + "/guides/" + g.guide().slug());
        })
        .sorted(Comparator.comparing(HomeView.GuideLink::title, collator))
        .toList();
    // Listed from the search index: one query per list, whatever the size of the corpus.
    CategoryNames names = categories.current();
    List<HomeView.CategoryLink> categoryLinks = listings.categories(language).entrySet().stream()
        .flatMap(entry -> Slug.parse(entry.getKey()).map(category -> {
          CategoryNames.Name name = names.nameOf(category, language, chain);
          return new HomeView.CategoryLink(name.text(), name.language().code(), entry.getValue().intValue(),
              base + "/" + language.code() + "/categories/" + category.value());
        }).stream())
        .sorted(Comparator.comparing(HomeView.CategoryLink::name, collator))
        .toList();
    List<String> mostRead = popularArticles.in(language);
    Map<String, Listings.Listed> popularShown = listings.bySlug(language, mostRead);
    List<HomeView.ArticleLink> popular = mostRead.stream()
        .flatMap(slug -> Optional.ofNullable(popularShown.get(slug)).stream())
        .limit(POPULAR_SHOWN)
        .map(listed -> articleLink(language, listed))
        .toList();
    List<HomeView.ArticleLink> recent = listings.recentlyUpdated(language, RECENT_SHOWN).stream()
        .map(listed -> articleLink(language, listed))
        .toList();
    return new HomeView(guideLinks, categoryLinks, popular, recent);
  }

  private HomeView.ArticleLink articleLink(Language language, Listings.Listed listed) {
    return new HomeView.ArticleLink(listed.title(), listed.language().code(), articleUrl(language, listed.slug()),
        listed.updated().map(at -> date(at.atOffset(java.time.ZoneOffset.UTC), language)).orElse(null));
  }

  /** Articles listed per page of a topic: a large knowledge base files thousands under one. */
  static final int CATEGORY_PAGE_SIZE = 100;

  private void categoryPage(HttpServletRequest request, HttpServletResponse response, Language language, String slug) throws IOException {
    Slug category = Slug.parse(slug).orElseThrow(PageNotFound::new);
    List<Language> chain = fallbackChains.chainFor(language);
    Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
    Texts texts = texts(language);
    List<CategoryView.Entry> entries = listings.inCategory(language, category.value()).stream()
        .map(t -> new CategoryView.Entry(t.title(), t.summary().orElse(null), t.language().code(), articleUrl(language, t.slug()),
            t.language() == language ? null : texts.language(t.language())))
        .sorted(Comparator.comparing(CategoryView.Entry::title, collator))
        .toList();
    int pageNumber = Math.max(1, parseInt(request.getParameter("page")));
    int from = (pageNumber - 1) * CATEGORY_PAGE_SIZE;
    if (entries.isEmpty() || from >= entries.size()) {
      throw new PageNotFound();
    }
    String url = base + "/" + language.code() + "/categories/" + category.value();
    String previous = pageNumber == 1 ? null : pageNumber == 2 ? url : url + "?page=" + (pageNumber - 1);
    String next = from + CATEGORY_PAGE_SIZE < entries.size() ? url + "?page=" + (pageNumber + 1) : null;
    CategoryNames.Name name = categories.current().nameOf(category, language, chain);
    Page page = new Page(base, language, name.text(), texts.t("category.description", "name", name.text()),
        "/categories/" + slug + (pageNumber == 1 ? "" : "?page=" + pageNumber), List.of(Language.values()), texts);
    html(request, response, 200, "pages/category.jte", page, new CategoryView(name.text(), name.language().code(), entries.size(),
        entries.subList(from, Math.min(entries.size(), from + CATEGORY_PAGE_SIZE)), previous, next));
  }

  private void searchPage(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
    String typed = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
    int pageNumber = Math.max(1, parseInt(request.getParameter("page")));
    Texts texts = texts(language);
    String title = typed.isEmpty() ? texts.t("page.nav.search") : texts.t("search.title", "query", typed);
    Page page = new Page(base, language, title, null, "/search" + (typed.isEmpty() ? "" : "?q=" + encode(typed)), List.of(), texts);
    if (typed.isEmpty()) {
      html(request, response, 200, "pages/search.jte", page, new SearchView("", null, null, null, List.of(), 0, List.of(), null, null, List.of()));
      return;
    }
    Optional<Language> writtenIn = Optional.ofNullable(request.getParameter("language")).flatMap(Language::fromCode);
    SearchResults results;
    SearchResults unfiltered;
    try {
      SearchRequest asked = SearchRequest.parse(Optional.of(typed), language, Optional.of(String.valueOf(PAGE_SIZE)),
          Optional.of(String.valueOf(Math.min(SearchRequest.MAX_OFFSET, (pageNumber - 1) * PAGE_SIZE))), false);
      unfiltered = search.search(asked);
      results = writtenIn.isEmpty() ? unfiltered : search.search(asked.narrowedTo(SearchFilters.parse(
          Optional.empty(), Optional.empty(), Optional.empty(), writtenIn.map(Language::code), Optional.empty())));
    } catch (InvalidInputException e) {
      html(request, response, 400, "pages/search.jte", page, new SearchView(typed, e.detail(), null, null, List.of(), 0, List.of(), null, null, List.of()));
      return;
    }
    String all = base + "/" + language.code() + "/search?q=" + encode(typed);
    String here = all + writtenIn.map(l -> "&language=" + l.code()).orElse("");
    List<SearchView.Filter> filters = new ArrayList<>();
    Map<String, Long> counts = unfiltered.facets().getOrDefault("lang", Map.of());
    if (counts.size() > 1) {
      filters.add(new SearchView.Filter(texts.t("search.filter.all"), null, unfiltered.total(), all, writtenIn.isEmpty()));
      counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> Language.fromCode(entry.getKey())
          .ifPresent(l -> filters.add(new SearchView.Filter(texts.language(l), l.code(), entry.getValue(), all + "&language=" + l.code(),
              writtenIn.filter(l::equals).isPresent()))));
    }
    String previous = pageNumber > 1 ? here + "&page=" + (pageNumber - 1) : null;
    String next = (long) pageNumber * PAGE_SIZE < results.total() ? here + "&page=" + (pageNumber + 1) : null;
    html(request, response, 200, "pages/search.jte", page, new SearchView(
        typed, null, results.didYouMean().orElse(null), results.didYouMean().map(d -> base + "/" + language.code() + "/search?q=" + encode(d)).orElse(null),
        results.guides().stream().map(h -> hit(h, language)).toList(), results.total(), results.hits().stream().map(h -> hit(h, language)).toList(),
        previous, next, filters));
  }

  private SearchView.Hit hit(SearchHit hit, Language language) {
    String url = hit.isGuide()
        ? base + "/" + language.code() + "/guides/" + hit.slug()
        : base + "/" + language.code() + "/articles/" + hit.slug() + (hit.language() == language ? "" : "?in=" + hit.language().code());
    return new SearchView.Hit(hit.title(), hit.language().code(), url, hit.snippet(),
        hit.language() == language ? null : texts(language).language(hit.language()));
  }

  private void articlePage(HttpServletRequest request, HttpServletResponse response, Language language, String slug) throws IOException {
    Article article = visibleArticle(slug);
    Translation shown = Optional.ofNullable(request.getParameter("in")).flatMap(Language::fromCode).flatMap(article::translation)
        .filter(Translation::isPublished)
        .or(() -> article.bestTranslationFor(language, fallbackChains.chainFor(language)))
        .orElseThrow(PageNotFound::new);
    Texts texts = texts(language);
    RenderedArticle rendered = MarkdownRenderer.render(shown.body());
    String fallback = shown.language() != language && article.translation(language).filter(Translation::isPublished).isEmpty()
        ? messages.fallbackNotice("article.fallback.notice", language, shown.language())
        : null;
    String outdated = shown.isOutdated().filter(Boolean::booleanValue)
        .map(o -> messages.format(language, "article.outdated.notice", Map.of("source", texts.language(shown.translationOf().orElseThrow()))))
        .orElse(null);
    List<ArticlePageView.Other> others = article.published().stream()
        .map(t -> new ArticlePageView.Other(t.language().code(), messages.languageName(t.language(), t.language()), base + "/" + t.language().code() + "/articles/" + slug))
        .toList();
    List<Language> alternates = article.published().stream().map(Translation::language).toList();
    if (request.getParameter("thanks") == null) {
      analytics.viewed(language, article.slug().value());
    }
    Page page = new Page(base, language, shown.title(), shown.summary().orElse(null), "/articles/" + slug, alternates, texts);
    html(request, response, 200, "pages/article.jte", page, new ArticlePageView(
        shown.language().code(), shown.language().isRightToLeft() ? "rtl" : "ltr", shown.title(), rendered.html(), rendered.sections(),
        date(shown.updatedAt(), language), fallback, outdated,
        shown.sourceUrl().isPresent() || shown.sourceTitle().isPresent() || shown.sourceAuthor().isPresent()
            ? new ArticlePageView.Source(shown.sourceTitle().orElse(null), shown.sourceAuthor().orElse(null), shown.sourceUrl().map(Object::toString).orElse(null))
            : null,
        others,
        base + "/" + language.code() + "/articles/" + slug + "/feedback", request.getParameter("thanks") != null,
        article.category().map(c -> {
          CategoryNames.Name name = categories.current().nameOf(c, language, fallbackChains.chainFor(language));
          return new ArticlePageView.Topic(name.text(), name.language().code(), base + "/" + language.code() + "/categories/" + c.value());
        }).orElse(null),
        article.category().map(c -> listings.moreInCategory(language, c.value(), article.slug().value(), MORE_IN_TOPIC_SHOWN).stream()
            .map(listed -> new ArticlePageView.Related(listed.title(), listed.language().code(), articleUrl(language, listed.slug())))
            .toList()).orElse(List.of())));
  }

  private void guidePage(HttpServletRequest request, HttpServletResponse response, Language language, String slug, boolean staff) throws IOException {
    GuideCatalog.PublishedGuide guide = visibleGuide(slug, staff);
    GuideTexts texts = guide.textsFor(language, fallbackChains.chainFor(language));
    String fallback = texts.language() != language ? messages.fallbackNotice("article.fallback.notice", language, texts.language()) : null;
    Page page = new Page(base, language, texts.title(), texts.summary().orElse(null), "/guides/" + slug, List.copyOf(guide.texts().keySet()), texts(language));
    html(request, response, 200, "pages/guide.jte", page, new GuidePageView(texts.language().code(), texts.language().isRightToLeft() ? "rtl" : "ltr",
        texts.title(), texts.summary().orElse(null), fallback, base + "/" + language.code() + "/guides/" + slug));
  }

  private void walkthroughAction(HttpServletRequest request, HttpServletResponse response, Language language, String token) throws IOException {
    String action = Optional.ofNullable(request.getParameter("action")).orElse("");
    boolean staff = staff(request);
    String here = base + "/" + language.code() + "/walkthroughs/" + token;
    try {
      switch (action) {
        case "answer" -> walkthroughs.answer(token, Optional.ofNullable(request.getParameter("step")).orElse(""),
            Optional.ofNullable(request.getParameter("choice")).filter(c -> !c.isBlank()), staff);
        case "back" -> walkthroughs.back(token, staff);
        case "contact" -> {
          Map<String, String> form = new HashMap<>();
          JsonObjectBuilder json = Json.createObjectBuilder();
          for (String field : Contact.FIELDS) {
            String value = Optional.ofNullable(request.getParameter(field)).orElse("").strip();
            form.put(field, value);
            if (!value.isEmpty()) {
              json.add(field, value);
            }
          }
          try {
            supportRequests.create(token, Contact.from(json.build()), staff);
          } catch (InvalidInputException e) {
            walkthroughPage(request, response, language, token, e.detail(), form, staff);
            return;
          }
        }
        default -> throw new InvalidInputException("Unknown action", texts(language).t("error.title.400"));
      }
    } catch (WalkthroughRefusedException e) {
      walkthroughPage(request, response, language, token, e.getMessage(), Map.of(), staff);
      return;
    }
    redirect(response, here, HttpServletResponse.SC_SEE_OTHER);
  }

  private void walkthroughPage(HttpServletRequest request, HttpServletResponse response, Language language, String token, String problem, Map<String, String> form, boolean staff)
      throws IOException {
    Walkthrough walkthrough = walkthroughs.find(token, staff);
    GuideCatalog.PublishedGuide guide = guides.guide(walkthrough.currentGuide()).orElseThrow(PageNotFound::new);
    GuideTexts texts = guide.textsFor(language, fallbackChains.chainFor(language));
    GuideStep step = Optional.ofNullable(guide.guide().stepsById().get(walkthrough.currentStep())).orElseThrow(PageNotFound::new);
    GuideTexts.StepText text = texts.steps().get(step.id());
    TicketNotes.Transcript transcript = notes.transcript(walkthrough, language);
    List<WalkthroughPageView.Done> path = transcript.steps().stream().filter(s -> s.answerLabel() != null)
        .map(s -> new WalkthroughPageView.Done(s.title(), s.answerLabel())).toList();
    List<WalkthroughPageView.Read> reading = walkthroughs.shownAt(walkthrough).stream()
        .map(s -> new WalkthroughPageView.Read(s.articleTitle(), s.sectionTitle(), s.language().code(),
            base + "/" + language.code() + "/articles/" + s.article() + "?in=" + s.language().code() + "#" + s.anchor(), s.excerpt()))
        .toList();
    Optional<Outcome> outcome = step.outcome();
    boolean expired = walkthrough.isExpired(OffsetDateTime.now());
    String reference = walkthrough.handedOver() ? supportRequests.forWalkthrough(walkthrough.id()).map(SupportRequest::reference).orElse(null) : null;
    boolean contact = outcome.filter(o -> o.kind() == Outcome.Kind.CONTACT_SUPPORT).isPresent() && !walkthrough.handedOver() && !expired;
    boolean canAnswer = !expired && !walkthrough.handedOver() && (outcome.isEmpty() || outcome.get().kind() == Outcome.Kind.CONTINUE);
    String shownProblem = problem != null ? problem : expired ? texts(language).t("guide.expired") : null;
    String here = base + "/" + language.code() + "/walkthroughs/" + token;
    Page page = new Page(base, language, text.title(), null, "/guides/" + walkthrough.guide(), List.of(), texts(language));
    GuideTexts startTexts = guides.guide(walkthrough.guide()).map(g -> g.textsFor(language, fallbackChains.chainFor(language))).orElse(texts);
    html(request, response, problem != null ? 400 : 200, "pages/walkthrough.jte", page, new WalkthroughPageView(
        texts.language().code(), texts.language().isRightToLeft() ? "rtl" : "ltr", startTexts.title(), base + "/" + language.code() + "/guides/" + walkthrough.guide(),
        shownProblem, path, walkthrough.answers().size() + 1, step.id(), text.title(), MarkdownRenderer.render(text.body()).html(), reading,
        outcome.filter(o -> o.kind() != Outcome.Kind.CONTINUE).map(o -> o.kind().code()).orElse(null), reference, contact, form, canAnswer,
        step.choices().stream().map((Choice c) -> new WalkthroughPageView.Option(c.id(), text.choices().get(c.id()))).toList(),
        !walkthrough.answers().isEmpty() && !walkthrough.handedOver() && !expired, here, base + "/" + language.code() + "/guides/" + walkthrough.guide(),
        staff ? transcript.text() : null));
  }

  private Article visibleArticle(String slug) {
    // One query first, the same for an internal article and a missing one: the time does not tell them apart.
    return Slug.parse(slug).filter(articles::isPublic)
        .flatMap(articles::find).filter(Article::isPublished).filter(a -> a.audience() == Audience.PUBLIC)
        .orElseThrow(PageNotFound::new);
  }

  private GuideCatalog.PublishedGuide visibleGuide(String slug, boolean staff) {
    return guides.guide(slug).filter(g -> staff || g.guide().audience() == Audience.PUBLIC).orElseThrow(PageNotFound::new);
  }

  /** Agents (and the roles above) read internal guides and get ticket notes on walkthrough pages. */
  private static boolean staff(HttpServletRequest request) {
    return request.isUserInRole("agent");
  }

  private String articleUrl(Language language, Article article) {
    return articleUrl(language, article.slug().value());
  }

  private String articleUrl(Language language, String slug) {
    return base + "/" + language.code() + "/articles/" + slug;
  }

  private Page page(Language language, String title, String description, String path, List<Language> alternates) {
    return new Page(base, language, title, description, path, alternates, texts(language));
  }

  private Texts texts(Language language) {
    return new Texts(messages, language);
  }

  private void html(HttpServletRequest request, HttpServletResponse response, int status, String template, Page page, Object view) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page.withFormToken(FormGuard.formToken(request, response)));
    parameters.put("view", view);
    write(response, status, templates.render(template, parameters), page.language());
  }

  void error(HttpServletResponse response, Language language, int status, String detail) throws IOException {
    Texts texts = texts(language);
    String key = "error.title." + (status == 404 || status == 400 || status == 403 ? status : 500);
    Page page = new Page(base, language, texts.t(key), null, "/", List.of(), texts);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page);
    parameters.put("status", status);
    parameters.put("detail", detail != null ? detail : status == 404 ? texts.t("error.body.404") : status >= 500 ? texts.t("error.body.500") : null);
    write(response, status, templates.render("pages/error.jte", parameters), language);
  }

  private void failed(HttpServletResponse response, Language language, RuntimeException e) throws IOException {
    if (e instanceof app.guidepost.platform.NotReadyException) {
      response.setHeader("Retry-After", "5");
      error(response, language, 503, null);
      return;
    }
    if (app.guidepost.platform.DatabaseUnavailable.isCause(e)) {
      LOG.log(Level.WARNING, "The database is unavailable: {0}", String.valueOf(e));
      response.setHeader("Retry-After", "10");
      error(response, language, 503, null);
      return;
    }
    LOG.log(Level.SEVERE, "Could not render a help center page", e);
    error(response, language, 500, null);
  }

  private static void write(HttpServletResponse response, int status, String html, Language language) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Language", language.code());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  private static void redirect(HttpServletResponse response, String location, int status) {
    response.setStatus(status);
    response.setHeader("Location", location);
  }

  private static String date(OffsetDateTime at, Language language) {
    return DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(language.locale())).format(Date.from(at.toInstant()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static int parseInt(String value) {
    try {
      return value == null ? 1 : Math.min(1000, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
