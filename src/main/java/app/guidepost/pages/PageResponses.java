package app.guidepost.pages;

import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the help center's and the editor's pages share to answer: the UI strings of a language,
 * a page's metadata, a template written as HTML that is never cached, the help center's error
 * page and redirects.
 */
@ApplicationScoped
public class PageResponses {

  /** The highest page number a list answers; a larger one is read as this. */
  static final int MAX_PAGE_NUMBER = 1000;

  @Inject Templates templates;
  @Inject Messages messages;
  @Inject app.guidepost.platform.PublicAddress publicAddress;

  /** The UI strings of {@code language}. */
  Texts texts(Language language) {
    return new Texts(messages, language);
  }

  /**
   * What the page tells browsers and search engines about itself.
   *
   * @param path its address without the language, such as {@code /articles/slug}
   * @param alternates the languages it is written in, for {@code hreflang}
   */
  Page page(HttpServletRequest request, Language language, String title, String description, String path, List<Language> alternates) {
    return new Page(request.getContextPath(), alternates.isEmpty() ? request.getContextPath() : publicAddress.of(request), language, title, description, path,
        alternates, texts(language), "");
  }

  /**
   * A help center page: its forms repeat the visitor's token (which sets the form cookie when the
   * browser has none yet, see {@link FormGuard#formToken}), and it names its language.
   */
  void publicPage(HttpServletRequest request, HttpServletResponse response, int status, String template, Page page, Object view) throws IOException {
    write(response, status, template, page.withFormToken(FormGuard.formToken(request, response)), view, Optional.of(page.language()));
  }

  /** An editor's page: its forms carry the session's token in their view. */
  void editorPage(HttpServletResponse response, int status, String template, Page page, Object view) throws IOException {
    write(response, status, template, page, view, Optional.empty());
  }

  /** The help center's error page in {@code language}, with the usual text of its status. */
  void error(HttpServletRequest request, HttpServletResponse response, Language language, int status) throws IOException {
    error(request, response, language, status, Optional.empty());
  }

  /** The help center's error page in {@code language}, saying {@code detail} (else the usual text of its status). */
  void error(HttpServletRequest request, HttpServletResponse response, Language language, int status, Optional<String> detail) throws IOException {
    Texts texts = texts(language);
    String key = "error.title." + (status == 404 || status == 400 || status == 403 || status == 410 ? status : 500);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page(request, language, texts.t(key), null, "/", List.of()));
    parameters.put("status", status);
    parameters.put("detail", detail.orElse(status == 404 ? texts.t("error.body.404") : status == 410 ? texts.t("error.body.410")
        : status >= 500 ? texts.t("error.body.500") : null));
    write(response, status, templates.render("pages/error.jte", parameters), Optional.of(language));
  }

  /** Sends the browser to {@code location}: 302 for a page found elsewhere, 303 after a form. */
  static void redirect(HttpServletResponse response, String location, int status) {
    response.setStatus(status);
    response.setHeader("Location", location);
  }

  /** The page number a list was asked for: 1 when none or not a number, at most {@value #MAX_PAGE_NUMBER}. */
  static int pageNumber(HttpServletRequest request) {
    String value = request.getParameter("page");
    try {
      return Math.max(1, value == null ? 1 : Math.min(MAX_PAGE_NUMBER, Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private void write(HttpServletResponse response, int status, String template, Page page, Object view, Optional<Language> language)
      throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page);
    parameters.put("view", view);
    write(response, status, templates.render(template, parameters), language);
  }

  private static void write(HttpServletResponse response, int status, String html, Optional<Language> language) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    language.ifPresent(l -> response.setHeader("Content-Language", l.code()));
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }
}
