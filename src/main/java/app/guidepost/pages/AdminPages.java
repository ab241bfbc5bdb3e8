package app.guidepost.pages;

import app.guidepost.account.Account;
import app.guidepost.account.Accounts;
import app.guidepost.account.Caller;
import app.guidepost.account.PasswordResets;
import app.guidepost.account.Role;
import app.guidepost.account.Username;
import app.guidepost.audit.AuditEvent;
import app.guidepost.audit.AuditLog;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's pages: {@code /{lang}/admin/accounts} lists the accounts, creates one, changes an
 * account's role, languages and disabled state, and issues a one-time password-reset token to
 * hand over; {@code /{lang}/admin/audit} reads the audit log, newest first, a page at a time;
 * {@code /{lang}/admin/dashboard?lang=&days=} shows one language's searches, the queries to
 * write content for, and what readers read and found helpful, as charts with their figures.
 * The same rules as the API's ({@link Accounts}: a password's strength, a user name's form, no
 * admin taking away their own admin role); a refused form is shown again with the reason. Forms
 * carry the session's CSRF token and must come from this site.
 */
@WebServlet(urlPatterns = {"/en/admin/*", "/vi/admin/*", "/nb/admin/*", "/de/admin/*", "/ar/admin/*"})
public class AdminPages extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int AUDIT_PAGE = 50;

  @Inject transient PageResponses responses;
  @Inject transient ErrorPages errors;
  @Inject transient Accounts accounts;
  @Inject transient PasswordResets resets;
  @Inject transient AuditLog audit;
  @Inject transient Caller caller;
  @Inject transient app.guidepost.analytics.SearchReport report;
  @Inject transient app.guidepost.analytics.AnalyticsStore store;
  @Inject transient app.guidepost.article.ArticleRepository articles;
  @Inject transient app.guidepost.guide.GuideCatalog guideCatalog;
  @Inject transient app.guidepost.walkthrough.WalkthroughStats walkthroughStats;
  @Inject transient app.guidepost.support.SupportRequests supportRequests;
  @Inject transient app.guidepost.i18n.FallbackChains fallbackChains;
  @Inject transient app.guidepost.platform.PublicAddress publicAddress;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Language> admitted = admin(request, response);
    if (admitted.isEmpty()) {
      return;
    }
    Language ui = admitted.get();
    String page = Optional.ofNullable(request.getPathInfo()).orElse("");
    switch (page) {
      case "/accounts" -> accountsPage(request, response, ui, new AdminViews.NewAccount("", "", Role.AGENT.code(), List.of()), null, null, null, 200);
      case "/audit" -> auditPage(request, response, ui);
      case "/dashboard" -> dashboard(request, response, ui);
      default -> errors.render(request, response, request.getRequestURI(), 404);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Language> admitted = admin(request, response);
    if (admitted.isEmpty()) {
      return;
    }
    Language ui = admitted.get();
    if (!FormGuard.sameSite(request) || !FormGuard.csrfMatches(request)) {
      errors.refuseForm(request, response);
      return;
    }
    if (!"/accounts".equals(request.getPathInfo())) {
      errors.render(request, response, request.getRequestURI(), 400);
      return;
    }
    Texts texts = responses.texts(ui);
    String action = Optional.ofNullable(request.getParameter("action")).orElse("");
    AdminViews.NewAccount typed = new AdminViews.NewAccount(field(request, "username"), field(request, "displayName"),
        Optional.ofNullable(request.getParameter("role")).orElse(Role.AGENT.code()), languageCodes(request));
    try {
      switch (action) {
        case "create" -> {
          Username username = Username.require(typed.username());
          accounts.create(caller.actor(), username, typed.displayName(), Optional.ofNullable(request.getParameter("password")).orElse(""),
              role(typed.role()), languages(request));
          accountsPage(request, response, ui, new AdminViews.NewAccount("", "", Role.AGENT.code(), List.of()), null,
              texts.t("admin.accounts.created", "username", Texts.isolated(username.value())), null, 200);
        }
        case "update" -> {
          Username username = Username.require(field(request, "account"));
          Account account = accounts.find(username).orElseThrow(() -> new InvalidInputException("Unknown account", username.value()));
          accounts.update(caller.actor(), username, Optional.ofNullable(request.getParameter("displayName")).orElse(account.displayName()),
              role(Optional.ofNullable(request.getParameter("role")).orElse("")), languages(request), request.getParameter("disabled") != null);
          accountsPage(request, response, ui, new AdminViews.NewAccount("", "", Role.AGENT.code(), List.of()), null,
              texts.t("admin.accounts.updated", "username", Texts.isolated(username.value())), null, 200);
        }
        case "reset" -> {
          Username username = Username.require(field(request, "account"));
          PasswordResets.Issued issued = resets.issue(caller.actor(), username);
          response.setHeader("Cache-Control", "no-store");
          accountsPage(request, response, ui, new AdminViews.NewAccount("", "", Role.AGENT.code(), List.of()), null, null,
              new AdminViews.Reset(username.value(), issued.token(), texts.dateTime(issued.expiresAt()),
                  publicAddress.of(request) + "/" + ui.code() + "/password-reset"), 200);
        }
        default -> errors.render(request, response, request.getRequestURI(), 400);
      }
    } catch (ProblemException e) {
      accountsPage(request, response, ui, typed, e.detail(), null, null, e.status() >= 500 ? 400 : e.status());
    }
  }

  private void accountsPage(HttpServletRequest request, HttpServletResponse response, Language ui, AdminViews.NewAccount form, String problem,
      String outcome, AdminViews.Reset reset, int status) throws IOException {
    Texts texts = responses.texts(ui);
    String self = caller.name().orElse("");
    List<AdminViews.AccountRow> rows = accounts.all().stream()
        .map(a -> new AdminViews.AccountRow(a.username().value(), a.displayName(), a.role().code(),
            a.languages().stream().map(Language::code).sorted().toList(), a.isDisabled(), a.username().value().equals(self), texts.date(a.createdAt())))
        .toList();
    List<AdminViews.Choice> roles = Arrays.stream(Role.values()).map(r -> new AdminViews.Choice(r.code(), texts.t("admin.role." + r.code()))).toList();
    String base = request.getContextPath() + "/" + ui.code() + "/admin";
    responses.editorPage(response, status, "pages/admin-accounts.jte",
        responses.page(request, ui, texts.t("admin.accounts.title"), null, "/admin/accounts", List.of()),
        new AdminViews.AccountsView(rows, form, roles, Arrays.stream(Language.values()).map(Language::code).toList(), base + "/accounts",
            FormGuard.csrfToken(request), problem, outcome, reset, base + "/audit"));
  }

  private void auditPage(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Texts texts = responses.texts(ui);
    Long before = Optional.ofNullable(request.getParameter("before")).map(b -> {
      try {
        return Long.parseLong(b);
      } catch (NumberFormatException e) {
        return null;
      }
    }).filter(b -> b > 0).orElse(null);
    List<AuditEvent> events = audit.newest(AUDIT_PAGE, before);
    List<AdminViews.AuditRow> rows = new ArrayList<>();
    for (AuditEvent event : events) {
      rows.add(new AdminViews.AuditRow(texts.dateTime(event.at()), event.actor(), event.action(), event.target(), event.detail().orElse("")));
    }
    String base = request.getContextPath() + "/" + ui.code() + "/admin";
    String older = events.size() == AUDIT_PAGE ? base + "/audit?before=" + events.get(events.size() - 1).id() : null;
    responses.editorPage(response, 200, "pages/admin-audit.jte", responses.page(request, ui, texts.t("admin.audit.title"), null, "/admin/audit", List.of()),
        new AdminViews.AuditView(rows, older, before == null ? null : base + "/audit", base + "/accounts"));
  }

  /** The periods the dashboard offers, in days. */
  static final List<Integer> PERIODS = List.of(7, 30, 90);

  /** The most support requests the dashboard lists; the counts are of all of them. */
  static final int SUPPORT_REQUESTS_SHOWN = 20;

  private void dashboard(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Texts texts = responses.texts(ui);
    Language language = Optional.ofNullable(request.getParameter("lang")).flatMap(Language::fromCode).orElse(ui);
    int days = Optional.ofNullable(request.getParameter("days")).flatMap(d -> PERIODS.stream().filter(p -> String.valueOf(p).equals(d)).findFirst())
        .orElse(30);
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
    java.time.OffsetDateTime since = now.minusDays(days);
    app.guidepost.analytics.SearchReport.Figures figures = report.figures(language, days);
    java.util.Map<java.time.LocalDate, app.guidepost.analytics.AnalyticsStore.DayCount> counted = new java.util.HashMap<>();
    store.searchesPerDay(language, since).forEach(day -> counted.put(day.day(), day));
    List<Charts.Bar> dayBars = new ArrayList<>();
    List<AdminViews.DayRow> perDay = new ArrayList<>();
    java.time.format.DateTimeFormatter short_ = java.time.format.DateTimeFormatter.ofPattern("d MMM", ui.locale());
    for (java.time.LocalDate day = since.toLocalDate().plusDays(1); !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
      var count = counted.getOrDefault(day, new app.guidepost.analytics.AnalyticsStore.DayCount(day, 0, 0));
      dayBars.add(new Charts.Bar(day.format(short_), count.searches(), count.noResults()));
      perDay.add(new AdminViews.DayRow(texts.date(day.atStartOfDay().atOffset(java.time.ZoneOffset.UTC)), count.searches(), count.noResults()));
    }
    java.util.Map<String, Long> reads = store.readsPerArticle(language, since);
    java.util.Map<String, long[]> votes = store.votesPerArticle(language, since);
    List<AdminViews.ArticleRow> mostRead = reads.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
        .map(e -> articleRow(request, language, e.getKey(), e.getValue(), votes.getOrDefault(e.getKey(), new long[2]))).toList();
    List<AdminViews.ArticleRow> mostVoted = votes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(10)
        .map(e -> articleRow(request, language, e.getKey(), reads.getOrDefault(e.getKey(), 0L), e.getValue())).toList();
    String languageName = texts.language(language);
    List<AdminViews.Total> totals = List.of(
        new AdminViews.Total(texts.t("dashboard.searches"), texts.number(figures.searches())),
        new AdminViews.Total(texts.t("dashboard.noResults"), texts.number(figures.noResults())),
        new AdminViews.Total(texts.t("dashboard.otherLanguagesOnly"), texts.number(figures.onlyOtherLanguages())),
        new AdminViews.Total(texts.t("dashboard.clicks"), texts.number(figures.clicks())),
        new AdminViews.Total(texts.t("dashboard.staffSearches"), texts.number(figures.staff().searches())));
    String base = request.getContextPath() + "/" + ui.code() + "/admin/dashboard";
    List<AdminViews.Choice> languages = Arrays.stream(Language.values())
        .map(l -> new AdminViews.Choice(base + "?lang=" + l.code() + "&days=" + days, texts.language(l) + (l == language ? " ✓" : ""))).toList();
    List<AdminViews.Choice> periods = PERIODS.stream()
        .map(p -> new AdminViews.Choice(base + "?lang=" + language.code() + "&days=" + p, texts.t("dashboard.days", "days", p) + (p == days ? " ✓" : "")))
        .toList();
    AdminViews.DashboardView view = new AdminViews.DashboardView(language.code(), days, languages, periods, totals,
        Charts.columns(dayBars, texts.t("dashboard.searchesChart", "language", languageName, "days", days)), perDay,
        queries(figures.contentGaps()), queries(figures.staff().contentGaps()), queries(figures.topQueries()),
        Charts.rows(mostRead.stream().map(a -> new Charts.Bar(a.title(), a.reads(), 0)).toList(), texts.t("dashboard.readsChart", "language", languageName), false),
        mostRead,
        Charts.rows(mostVoted.stream().map(a -> new Charts.Bar(a.title(), a.votes(), a.helpful())).toList(),
            texts.t("dashboard.votesChart", "language", languageName), true),
        mostVoted, funnels(language, since, texts), support(language, since, texts), request.getContextPath() + "/" + ui.code() + "/admin/accounts");
    responses.editorPage(response, 200, "pages/admin-dashboard.jte",
        responses.page(request, ui, texts.t("dashboard.title", "language", languageName), null, "/admin/dashboard", List.of()), view);
  }

  /** The support requests of the period in {@code language}: how many, how many delivered, and the latest with their delivery. */
  private AdminViews.Support support(Language language, java.time.OffsetDateTime since, Texts texts) {
    app.guidepost.support.SupportRequests.Counted counted = supportRequests.countSince(since, Optional.of(language));
    List<Language> chain = fallbackChains.chainFor(language);
    List<AdminViews.RequestRow> latest = supportRequests.madeSince(since, Optional.of(language), SUPPORT_REQUESTS_SHOWN).stream().map(r -> {
      String from = r.guide().flatMap(slug -> Optional.ofNullable(guideCatalog.guides().get(slug))).map(g -> g.textsFor(language, chain).title())
          .or(() -> r.guide()).orElse(texts.t("dashboard.supportFromContact"));
      String delivery = r.deliveredAt().map(at -> texts.t("dashboard.supportDeliveredAt", "time", texts.dateTime(at)))
          .orElseGet(() -> texts.t("dashboard.supportPending", "attempts", r.attempts())
              + r.lastError().map(e -> " · " + texts.t("dashboard.supportLastError", "error", e)).orElse(""));
      return new AdminViews.RequestRow(texts.dateTime(r.createdAt()), from, r.isDelivered(), delivery, r.reference());
    }).toList();
    return new AdminViews.Support(texts.number(counted.made()), texts.number(counted.delivered()), texts.number(counted.made() - counted.delivered()),
        counted.made() - counted.delivered() > 0, latest);
  }

  /** Each published guide's funnel in the period, the guides walked most first; guides nobody walked are left out. */
  private List<AdminViews.GuideFunnel> funnels(Language language, java.time.OffsetDateTime since, Texts texts) {
    List<Language> chain = fallbackChains.chainFor(language);
    List<AdminViews.GuideFunnel> funnels = new ArrayList<>();
    for (app.guidepost.guide.GuideCatalog.PublishedGuide published : guideCatalog.guides().values()) {
      app.guidepost.walkthrough.WalkthroughStats.GuideCounts counts = walkthroughStats.forGuide(published.guide().slug(), since);
      if (counts.walkthroughs() == 0) {
        continue;
      }
      app.guidepost.guide.GuideTexts guideTexts = published.textsFor(language, chain);
      List<AdminViews.StepRow> steps = published.guide().steps().stream().map(step -> {
        var c = counts.steps().getOrDefault(step.id(), new app.guidepost.walkthrough.WalkthroughStats.StepCounts(0, 0, 0, java.util.Map.of()));
        String title = java.util.Optional.ofNullable(guideTexts.steps().get(step.id())).map(t -> t.title()).orElse(step.id());
        return new AdminViews.StepRow(title, c.reached(), c.inProgress(), c.leftHere(), c.endedHere().values().stream().mapToLong(Long::longValue).sum());
      }).toList();
      String endings = counts.endings().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .map(e -> app.guidepost.guide.Outcome.Kind.fromCode(e.getKey()).map(k -> texts.t("dashboard.outcome." + k.code())).orElse(e.getKey())
              + ": " + e.getValue()).collect(java.util.stream.Collectors.joining(" · "));
      // The flow with how many reached each step: where people leave shows where they leave it.
      String chart = FlowDiagram.of(published.guide(), guideTexts, published.textsFor(published.guide().source(), chain),
          kind -> texts.t("dashboard.outcome." + kind),
          id -> Optional.of(texts.t("dashboard.flowReached", "count", counts.steps().containsKey(id) ? counts.steps().get(id).reached() : 0)),
          texts.t("dashboard.funnelChart", "guide", guideTexts.title()));
      funnels.add(new AdminViews.GuideFunnel(guideTexts.title(), guideTexts.language().code(), counts.walkthroughs(), counts.handedOver(), endings,
          chart, steps));
    }
    funnels.sort(java.util.Comparator.comparingLong(AdminViews.GuideFunnel::walkthroughs).reversed());
    return funnels;
  }

  private AdminViews.ArticleRow articleRow(HttpServletRequest request, Language language, String slug, long reads, long[] votes) {
    String title = app.guidepost.article.Slug.parse(slug).flatMap(articles::find)
        .flatMap(a -> a.translation(language).or(() -> a.published().stream().findFirst())).map(app.guidepost.article.Translation::title).orElse(slug);
    return new AdminViews.ArticleRow(title, language.code(), request.getContextPath() + "/" + language.code() + "/articles/" + slug, reads, votes[0], votes[1]);
  }

  private static List<AdminViews.QueryRow> queries(List<app.guidepost.analytics.SearchReport.QueryFigures> figures) {
    return figures.stream().map(q -> new AdminViews.QueryRow(q.query(), q.searches(), q.noResults())).toList();
  }

  private static String field(HttpServletRequest request, String name) {
    return Optional.ofNullable(request.getParameter(name)).map(String::strip).orElse("");
  }

  private static List<String> languageCodes(HttpServletRequest request) {
    return Optional.ofNullable(request.getParameterValues("languages")).map(Arrays::asList).orElse(List.of());
  }

  private static Set<Language> languages(HttpServletRequest request) {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    languageCodes(request).forEach(code -> languages.add(Language.require(code)));
    return languages;
  }

  private static Role role(String code) {
    return Role.fromCode(code).orElseThrow(() -> new InvalidInputException("Invalid role",
        "'" + InvalidInputException.excerpt(code) + "' is not a role: agent, editor or admin."));
  }

  /** The page's language for an admin; anyone else is answered here (sent to sign in, or refused) and gets nothing. */
  private Optional<Language> admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Language ui = Language.require(request.getServletPath().substring(1, 3));
    if (!request.isUserInRole("admin")) {
      signInOrRefuse(request, response, ui);
      return Optional.empty();
    }
    return Optional.of(ui);
  }

  /** Anyone not signed in signs in first; a signed-in agent or editor is refused. */
  private void signInOrRefuse(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    if (request.getUserPrincipal() != null) {
      errors.render(request, response, request.getRequestURI(), 403);
      return;
    }
    String back = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    PageResponses.redirect(response, request.getContextPath() + "/" + ui.code() + "/sign-in?returnTo=" + URLEncoder.encode(back, StandardCharsets.UTF_8),
        HttpServletResponse.SC_SEE_OTHER);
  }
}
