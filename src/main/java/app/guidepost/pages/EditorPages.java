package app.guidepost.pages;

import app.guidepost.vocabulary.Vocabulary;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.terminology.TbxReader;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The editors' pages: the articles with the state of every language, a translation edited beside
 * its source (with what changed in the source since, and a preview), the history with diff and
 * restore, the conflict page when someone saved first, and a guide's texts step by step beside
 * the source's, the termbase ({@link TermsEditorPage}) and what search learned from the
 * translations ({@link LexiconPage}). Every form carries the session's CSRF
 * token and must come from this site; saving needs the editor role for that language.
 *
 * <p>This servlet only routes: it sends a visitor who is not an editor to sign in, refuses a
 * form from elsewhere, finds the page in its route table and turns what the page throws into the
 * error page (404 for a page, 400 for a form). Each page is a bean of its own.
 */
// A termbase file and an article's files come from forms in multipart; every other form posts its fields as usual.
@MultipartConfig(maxFileSize = TbxReader.MAX_BYTES, maxRequestSize = TbxReader.MAX_BYTES + 64 * 1024, fileSizeThreshold = 1024 * 1024)
@WebServlet(urlPatterns = {"/en/editor/*", "/vi/editor/*", "/nb/editor/*", "/de/editor/*", "/ar/editor/*",
    "/en/editor", "/vi/editor", "/nb/editor", "/de/editor", "/ar/editor"})
public class EditorPages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The pages a GET shows. */
  enum Shown { LIST, TRANSLATION, HISTORY, GUIDE_TEXTS, TERMS, LEXICON, NEW_ARTICLE, TOPICS, TICKET_STEPS }

  /** What a posted form does. */
  enum Posted { SAVE_TRANSLATION, RESTORE, SAVE_GUIDE_TEXTS, TERMS, NEW_ARTICLE, UPLOAD_FILE, REMOVE_FILE, RETIREMENT, TOPICS, TICKET_STEPS }

  /**
   * The addresses under {@code /{lang}/editor} a GET can open; any other is not found. A guide's
   * address ends in a language, an article's history in "history".
   */
  static final RouteTable<Shown> PAGES = RouteTable.<Shown>empty()
      .route("", Shown.LIST)
      .route("terms", Shown.TERMS)
      .route("lexicon", Shown.LEXICON)
      .route("new", Shown.NEW_ARTICLE)
      .route("topics", Shown.TOPICS)
      .route("ticket-steps", Shown.TICKET_STEPS)
      .route("guides/{slug}/{language}", Shown.GUIDE_TEXTS)
      .route("{slug}/{target}", Shown.TRANSLATION)
      .route("{slug}/{target}/history", Shown.HISTORY);

  /** The addresses the editor's forms post to; any other is a bad request. */
  static final RouteTable<Posted> FORMS = RouteTable.<Posted>empty()
      .route("terms", Posted.TERMS)
      .route("new", Posted.NEW_ARTICLE)
      .route("topics", Posted.TOPICS)
      .route("ticket-steps", Posted.TICKET_STEPS)
      .route("article-files/{slug}", Posted.UPLOAD_FILE)
      .route("article-files/{slug}/{name}", Posted.REMOVE_FILE)
      .route("article-retirement/{slug}", Posted.RETIREMENT)
      .route("guides/{slug}/{language}", Posted.SAVE_GUIDE_TEXTS)
      .route("{slug}/{target}/history", Posted.RESTORE)
      // A longer address under a translation's saves to it as well, as it always has (no page posts there).
      .route("{slug}/{target}/**", Posted.SAVE_TRANSLATION);

  @Inject transient ErrorPages errors;
  @Inject transient EditorListPage list;
  @Inject transient TranslationEditorPage translations;
  @Inject transient TranslationHistoryPage history;
  @Inject transient GuideTextsEditorPage guideTexts;
  @Inject transient TermsEditorPage terms;
  @Inject transient LexiconPage lexicon;
  @Inject transient NewArticlePage newArticle;
  @Inject transient ArticleFilesPage articleFiles;
  @Inject transient ArticleRetirementPage retirement;
  @Inject transient VocabularyEditorPage vocabulary;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Language ui = Language.require(request.getServletPath().substring(1, 3));
    if (!request.isUserInRole("editor")) {
      signIn(request, response, ui);
      return;
    }
    Optional<RouteTable.Match<Shown>> match = PAGES.match(RouteTable.segments(Optional.ofNullable(request.getPathInfo()).orElse("")));
    try {
      if (match.isEmpty()) {
        errors.render(request, response, request.getRequestURI(), 404);
        return;
      }
      RouteTable.Match<Shown> page = match.get();
      switch (page.page()) {
        case LIST -> list.show(request, response, ui);
        case TRANSLATION -> translations.show(request, response, ui, page.value(0), page.value(1));
        case HISTORY -> history.show(request, response, ui, page.value(0), page.value(1));
        case GUIDE_TEXTS -> guideTexts.show(request, response, ui, page.value(0), page.value(1));
        case TERMS -> terms.show(request, response, ui);
        case LEXICON -> lexicon.show(request, response, ui);
        case NEW_ARTICLE -> newArticle.show(request, response, ui);
        case TOPICS -> vocabulary.show(request, response, ui, Vocabulary.CATEGORIES);
        case TICKET_STEPS -> vocabulary.show(request, response, ui, Vocabulary.TICKET_STEPS);
      }
    } catch (InvalidInputException | NumberFormatException | ArticleEditor.TranslationNotFoundException e) {
      errors.render(request, response, request.getRequestURI(), 404);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Language ui = Language.require(request.getServletPath().substring(1, 3));
    if (!request.isUserInRole("editor")) {
      signIn(request, response, ui);
      return;
    }
    if (!FormGuard.sameSite(request) || !FormGuard.csrfMatches(request)) {
      errors.refuseForm(request, response);
      return;
    }
    Optional<RouteTable.Match<Posted>> match = FORMS.match(RouteTable.segments(Optional.ofNullable(request.getPathInfo()).orElse("")));
    try {
      if (match.isEmpty()) {
        errors.render(request, response, request.getRequestURI(), 400);
        return;
      }
      RouteTable.Match<Posted> form = match.get();
      switch (form.page()) {
        case SAVE_TRANSLATION -> translations.save(request, response, ui, form.value(0), form.value(1));
        case RESTORE -> history.restore(request, response, ui, form.value(0), form.value(1));
        case SAVE_GUIDE_TEXTS -> guideTexts.save(request, response, ui, form.value(0), form.value(1));
        case TERMS -> terms.post(request, response, ui);
        case NEW_ARTICLE -> newArticle.create(request, response, ui);
        case UPLOAD_FILE -> articleFiles.upload(request, response, ui, form.value(0));
        case REMOVE_FILE -> articleFiles.remove(request, response, ui, form.value(0), form.value(1));
        case RETIREMENT -> retirement.post(request, response, ui, form.value(0));
        case TOPICS -> vocabulary.save(request, response, ui, Vocabulary.CATEGORIES);
        case TICKET_STEPS -> vocabulary.save(request, response, ui, Vocabulary.TICKET_STEPS);
      }
    } catch (InvalidInputException | NumberFormatException | IndexOutOfBoundsException e) {
      errors.render(request, response, request.getRequestURI(), 400);
    }
  }

  /** Editors only: anyone else signs in first and comes back to the same address. */
  private static void signIn(HttpServletRequest request, HttpServletResponse response, Language ui) {
    String back = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    PageResponses.redirect(response, request.getContextPath() + "/" + ui.code() + "/sign-in?returnTo=" + URLEncoder.encode(back, StandardCharsets.UTF_8),
        HttpServletResponse.SC_SEE_OTHER);
  }
}
