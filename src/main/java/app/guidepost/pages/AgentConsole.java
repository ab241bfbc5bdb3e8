package app.guidepost.pages;

import app.guidepost.account.Accounts;
import app.guidepost.account.GuidepostAuthentication;
import app.guidepost.account.SignIn;
import app.guidepost.account.Username;
import app.guidepost.article.Audience;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.Guidance;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.search.ArticleSearch;
import app.guidepost.search.SearchRequest;
import app.guidepost.search.SearchResults;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out of the pages, and the agent console: one page for a live call. Signing in
 * goes through the same mechanism as the API (new session id, throttling, identical refusals);
 * the form must come from this site, sign-out must carry the session's CSRF token, and the
 * address to return to after signing in must be a path on this site.
 */
@WebServlet(urlPatterns = {
    "/en/sign-in", "/vi/sign-in", "/nb/sign-in", "/de/sign-in", "/ar/sign-in",
    "/en/sign-out", "/vi/sign-out", "/nb/sign-out", "/de/sign-out", "/ar/sign-out",
    "/en/console", "/vi/console", "/nb/console", "/de/console", "/ar/console"})
public class AgentConsole extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient app.guidepost.analytics.SearchAnalytics analytics;
  @Inject transient app.guidepost.platform.ClientAddress clientAddress;
  @Inject transient Templates templates;
  @Inject transient Messages messages;
  @Inject transient SecurityContext security;
  @Inject transient Accounts accounts;
  @Inject transient Readiness readiness;
  @Inject transient ArticleSearch search;
  @Inject transient GuideCatalog catalog;
  @Inject transient Guidance guidance;
  @Inject transient FallbackChains fallbackChains;
  @Inject transient ErrorPages errors;

  private String base = "";

  @Override
  public void init() {
    base = getServletContext().getContextPath();
  }

  private Language language(HttpServletRequest request) {
    return Language.require(request.getServletPath().substring(1, 3));
  }

  private String page(HttpServletRequest request) {
    return request.getServletPath().substring(4);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Language language = language(request);
    switch (page(request)) {
      case "sign-in" -> signInPage(request, response, language, safeReturn(request.getParameter("returnTo"), language), "", null, 200);
      case "console" -> console(request, response, language);
      default -> errors.render(request, response, request.getRequestURI(), 405);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    request.setCharacterEncoding("UTF-8");
    Language language = language(request);
    if (!FormGuard.sameSite(request)) {
      errors.render(request, response, request.getRequestURI(), 403);
      return;
    }
    switch (page(request)) {
      case "sign-in" -> {
        if (FormGuard.formAccepted(request)) {
          signIn(request, response, language);
        } else {
          errors.refuseForm(request, response);
        }
      }
      case "sign-out" -> signOut(request, response, language);
      default -> errors.render(request, response, request.getRequestURI(), 405);
    }
  }

  private void signIn(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
    String username = Optional.ofNullable(request.getParameter("username")).orElse("");
    String password = Optional.ofNullable(request.getParameter("password")).orElse("");
    String returnTo = safeReturn(request.getParameter("returnTo"), language);
    AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
        .credential(new UsernamePasswordCredential(username, new Password(password))).newAuthentication(true));
    Object outcome = request.getAttribute(GuidepostAuthentication.SIGN_IN_OUTCOME);
    Texts texts = new Texts(messages, language);
    if (status == AuthenticationStatus.SUCCESS && outcome instanceof SignIn.Outcome.Valid) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", base + returnTo);
    } else if (outcome instanceof SignIn.Outcome.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds() + 1);
      response.setHeader("Retry-After", String.valueOf(seconds));
      signInPage(request, response, language, returnTo, username, texts.t("signin.throttled", "seconds", seconds), 429);
    } else {
      signInPage(request, response, language, returnTo, username, texts.t("signin.failed"), 401);
    }
  }

  private void signOut(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(GuidepostAuthentication.SESSION_CSRF) != null && !FormGuard.csrfMatches(request)) {
      errors.refuseForm(request, response);
      return;
    }
    request.logout();
    if (session != null) {
      session.invalidate();
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", base + "/" + language.code() + "/");
  }

  private void console(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
    if (!request.isUserInRole("agent")) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", base + "/" + language.code() + "/sign-in?returnTo=" + encode("/" + language.code() + "/console"));
      return;
    }
    readiness.requireReady();
    Texts texts = new Texts(messages, language);
    String query = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
    List<SearchView.Hit> hits = List.of();
    if (!query.isEmpty()) {
      try {
        SearchResults results = search.search(SearchRequest.parse(Optional.of(query), language, Optional.of("10"), Optional.empty(), true));
        // Counted as staff's: their results include internal articles.
        analytics.searched(results, clientAddress.of(request));
        hits = new java.util.ArrayList<>(results.guides().stream().map(h -> hit(h, language, texts)).toList());
        hits.addAll(results.hits().stream().map(h -> hit(h, language, texts)).toList());
      } catch (InvalidInputException e) {
        hits = List.of();
      }
    }
    String chosenId = Optional.ofNullable(request.getParameter("step")).orElse("");
    String consoleUrl = base + "/" + language.code() + "/console";
    List<ConsoleView.Step> steps = catalog.ticketSteps().stream()
        .map(s -> new ConsoleView.Step(s.id(), s.name(language), consoleUrl + "?step=" + s.id() + "#guidance", s.id().equals(chosenId)))
        .toList();
    Optional<Guidance.ForStep> found = guidance.forStep(chosenId, language, true);
    ConsoleView.Step chosen = steps.stream().filter(ConsoleView.Step::selected).findFirst().orElse(null);
    List<ConsoleView.GuideLink> guides = found.map(f -> f.guides().stream()
        .map(g -> new ConsoleView.GuideLink(g.title(), g.language().code(), base + "/" + language.code() + "/guides/" + g.slug(),
            g.audience() == Audience.AGENT, g.steps().stream().map(Guidance.StepRef::title).toList()))
        .toList()).orElse(List.of());
    List<WalkthroughPageView.Read> sections = found.map(f -> f.sections().stream()
        .map(s -> new WalkthroughPageView.Read(s.articleTitle(), s.sectionTitle(), s.language().code(),
            base + "/" + language.code() + "/articles/" + s.article() + "?in=" + s.language().code() + "#" + s.anchor(), s.excerpt()))
        .toList()).orElse(List.of());
    List<ConsoleView.GuideLink> agentGuides = catalog.guides().values().stream().filter(g -> g.guide().audience() == Audience.AGENT)
        .map(g -> {
          GuideTexts t = g.textsFor(language, fallbackChains.chainFor(language));
          return new ConsoleView.GuideLink(t.title(), t.language().code(), base + "/" + language.code() + "/guides/" + g.guide().slug(), true, List.of());
        }).toList();
    String csrf = FormGuard.csrfToken(request);
    String agent = Optional.ofNullable(security.getCallerPrincipal()).map(p -> p.getName())
        .flatMap(Username::parse).flatMap(accounts::find).map(a -> a.displayName()).orElse("");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", new Page(base, language, texts.t("console.title"), null, "/console", List.of(), texts));
    parameters.put("view", new ConsoleView(agent, csrf, query, hits, steps, chosen, guides, sections, agentGuides));
    write(response, 200, templates.render("pages/console.jte", parameters));
  }

  private SearchView.Hit hit(app.guidepost.search.SearchHit hit, Language language, Texts texts) {
    String url = hit.isGuide()
        ? base + "/" + language.code() + "/guides/" + hit.slug()
        : base + "/" + language.code() + "/articles/" + hit.slug() + (hit.language() == language ? "" : "?in=" + hit.language().code());
    return new SearchView.Hit(hit.title(), hit.language().code(), url, hit.snippet(), hit.language() == language ? null : texts.language(hit.language()));
  }

  private void signInPage(HttpServletRequest request, HttpServletResponse response, Language language, String returnTo, String username, String problem, int status) throws IOException {
    Texts texts = new Texts(messages, language);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", new Page(base, language, texts.t("signin.title"), null, "/sign-in", List.of(), texts)
        .withFormToken(FormGuard.formToken(request, response)));
    parameters.put("view", new SignInView(base + "/" + language.code() + "/sign-in", returnTo, username, problem));
    write(response, status, templates.render("pages/signin.jte", parameters));
  }

  /**
   * A path on this site to go to after signing in; anything else ({@code //evil}, {@code /\evil},
   * a full address) is replaced by the console.
   */
  static String safeReturn(String wanted, Language language) {
    String fallback = "/" + language.code() + "/console";
    if (wanted == null || !wanted.startsWith("/") || wanted.startsWith("//") || wanted.contains("\\") || wanted.length() > 500
        || wanted.chars().anyMatch(c -> c < 0x20)) {
      return fallback;
    }
    try {
      URI uri = URI.create(wanted);
      return uri.getScheme() == null && uri.getAuthority() == null ? wanted : fallback;
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }


  private static void write(HttpServletResponse response, int status, String html) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
