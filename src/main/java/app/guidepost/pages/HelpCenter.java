package app.guidepost.pages;

import app.guidepost.i18n.Language;
import app.guidepost.platform.DatabaseUnavailable;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.NotReadyException;
import app.guidepost.platform.Readiness;
import app.guidepost.walkthrough.WalkthroughRefusedException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public help center, one address per page and language: {@code /{lang}/} (home),
 * {@code /{lang}/search}, {@code /{lang}/articles/{slug}}, {@code /{lang}/categories/{slug}},
 * {@code /{lang}/guides/{slug}} and
 * {@code /{lang}/walkthroughs/{id}}. Forms post and redirect (so reloading never submits twice);
 * everything works without JavaScript. {@code /} sends the visitor to their language.
 *
 * <p>This servlet only routes: it resolves the language ({@link Route}), remembers it, finds the
 * page in its route table and turns what the page throws into the error page. Each page is a
 * bean of its own.
 */
@WebServlet(urlPatterns = {"", "/en/*", "/vi/*", "/nb/*", "/no/*", "/de/*", "/ar/*"})
public class HelpCenter extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(HelpCenter.class.getName());

  /** The pages a GET shows. */
  enum Shown { HOME, SEARCH, ARTICLE, CATEGORY, GUIDE, WALKTHROUGH, CONTACT }

  /** What a posted form does. */
  enum Posted { FEEDBACK, START_WALKTHROUGH, WALKTHROUGH_ACTION, CONTACT }

  /** The addresses under {@code /{lang}/} a GET can open; any other is not found. */
  static final RouteTable<Shown> PAGES = RouteTable.<Shown>empty()
      .route("", Shown.HOME)
      .route("search", Shown.SEARCH)
      .route("articles/{slug}", Shown.ARTICLE)
      .route("categories/{slug}", Shown.CATEGORY)
      .route("guides/{slug}", Shown.GUIDE)
      .route("walkthroughs/{id}", Shown.WALKTHROUGH)
      .route("contact", Shown.CONTACT);

  /** The addresses the help center's forms post to; any other is not found. */
  static final RouteTable<Posted> FORMS = RouteTable.<Posted>empty()
      .route("articles/{slug}/feedback", Posted.FEEDBACK)
      .route("guides/{slug}", Posted.START_WALKTHROUGH)
      .route("walkthroughs/{id}", Posted.WALKTHROUGH_ACTION)
      .route("contact", Posted.CONTACT);

  @Inject transient Readiness readiness;
  @Inject transient PageResponses responses;
  @Inject transient HomePage home;
  @Inject transient SearchPage search;
  @Inject transient ArticlePage articles;
  @Inject transient CategoryPage categories;
  @Inject transient GuidePage guides;
  @Inject transient WalkthroughPage walkthroughs;
  @Inject transient ContactPage contact;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Route route = Route.of(request);
    if (route.redirect().isPresent()) {
      response.setHeader("Vary", "Accept-Language");
      PageResponses.redirect(response, request.getContextPath() + route.redirect().get(), HttpServletResponse.SC_FOUND);
      return;
    }
    Language language = route.language();
    remember(request, response, language);
    try {
      readiness.requireReady();
      RouteTable.Match<Shown> match = PAGES.match(route.parts()).orElseThrow(PageNotFound::new);
      switch (match.page()) {
        case HOME -> home.show(request, response, language);
        case SEARCH -> search.show(request, response, language);
        case ARTICLE -> articles.show(request, response, language, match.value(0));
        case CATEGORY -> categories.show(request, response, language, match.value(0));
        case GUIDE -> guides.show(request, response, language, match.value(0));
        case WALKTHROUGH -> walkthroughs.show(request, response, language, match.value(0));
        case CONTACT -> contact.show(request, response, language);
      }
    } catch (WalkthroughRefusedException e) {
      responses.error(request, response, language, 404, Optional.of(responses.texts(language).t("guide.notFound")));
    } catch (PageNotFound e) {
      responses.error(request, response, language, 404);
    } catch (PageGone e) {
      responses.error(request, response, language, 410);
    } catch (InvalidInputException e) {
      responses.error(request, response, language, 400, Optional.ofNullable(e.detail()));
    } catch (RuntimeException e) {
      failed(request, response, language, e);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Route route = Route.of(request);
    Language language = route.language();
    if (route.redirect().isPresent()) {
      responses.error(request, response, language, 404);
      return;
    }
    if (!FormGuard.formAccepted(request)) {
      responses.error(request, response, language, 403, Optional.of(responses.texts(language).t("error.body.form")));
      return;
    }
    try {
      readiness.requireReady();
      RouteTable.Match<Posted> match = FORMS.match(route.parts()).orElseThrow(PageNotFound::new);
      switch (match.page()) {
        case FEEDBACK -> articles.feedback(request, response, language, match.value(0));
        case START_WALKTHROUGH -> guides.start(request, response, language, match.value(0));
        case WALKTHROUGH_ACTION -> walkthroughs.act(request, response, language, match.value(0));
        case CONTACT -> contact.send(request, response, language);
      }
    } catch (PageNotFound e) {
      responses.error(request, response, language, 404);
    } catch (InvalidInputException e) {
      responses.error(request, response, language, 400, Optional.ofNullable(e.detail()));
    } catch (RuntimeException e) {
      failed(request, response, language, e);
    }
  }

  /** Remembers the language read in, for the next visit to {@code /}. */
  private static void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
    String base = request.getContextPath();
    response.addHeader("Set-Cookie", Route.REMEMBERED + "=" + language.code() + "; Path=" + (base.isEmpty() ? "/" : base)
        + "; Max-Age=31536000; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
  }

  /** 503 with a time to come back while starting or without the database; 500, logged, for anything else. */
  private void failed(HttpServletRequest request, HttpServletResponse response, Language language, RuntimeException e) throws IOException {
    if (e instanceof NotReadyException) {
      response.setHeader("Retry-After", "5");
      responses.error(request, response, language, 503);
      return;
    }
    if (DatabaseUnavailable.isCause(e)) {
      LOG.log(Level.WARNING, "The database is unavailable: {0}", String.valueOf(e));
      response.setHeader("Retry-After", "10");
      responses.error(request, response, language, 503);
      return;
    }
    LOG.log(Level.SEVERE, "Could not render a help center page", e);
    responses.error(request, response, language, 500);
  }
}
