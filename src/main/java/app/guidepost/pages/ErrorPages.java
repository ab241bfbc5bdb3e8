package app.guidepost.pages;

import app.guidepost.i18n.Language;
import app.guidepost.i18n.LanguageNegotiation;
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

/** Error pages outside the API, in the language of the address or else the visitor's: no internals, a way back. */
@ApplicationScoped
public class ErrorPages {

  @Inject Templates templates;
  @Inject Messages messages;

  public void render(HttpServletRequest request, HttpServletResponse response, String path, int status) throws IOException {
    render(request, response, path, status, null);
  }

  /** 403 for a form that did not come from this site's page (no or a wrong token): how to send it again. */
  void refuseForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
    render(request, response, request.getRequestURI(), 403, "error.body.form");
  }

  private void render(HttpServletRequest request, HttpServletResponse response, String path, int status, String detailKey) throws IOException {
    String inApp = path.startsWith(request.getContextPath()) ? path.substring(request.getContextPath().length()) : path;
    String first = inApp.length() > 1 ? inApp.substring(1).split("/", 2)[0] : "";
    Language language = Language.fromCode(first)
        .orElseGet(() -> LanguageNegotiation.negotiate(Optional.empty(), request.getHeader("Accept-Language")));
    Texts texts = new Texts(messages, language);
    int shown = status == 405 || status == 413 ? 400 : status == 400 || status == 403 || status == 404 ? status : 500;
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", new Page(request.getContextPath(), language, texts.t("error.title." + shown), null, "/", List.of(), texts));
    parameters.put("status", status);
    parameters.put("detail", detailKey != null ? texts.t(detailKey) : shown == 404 ? texts.t("error.body.404") : shown == 500 ? texts.t("error.body.500") : null);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(templates.render("pages/error.jte", parameters));
  }
}
