package app.guidepost.pages;

import app.guidepost.account.PasswordResets;
import app.guidepost.i18n.Language;
import app.guidepost.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /{lang}/password-reset}: the owner of an account sets a new password with the one-time
 * token an admin handed them (the same rules as {@code POST /api/password-resets/complete}: the
 * token works once, within its time; the password must be strong). A visitor's form, guarded by
 * the form cookie as signing in is.
 */
@WebServlet(urlPatterns = {"/en/password-reset", "/vi/password-reset", "/nb/password-reset", "/de/password-reset", "/ar/password-reset"})
public class PasswordResetPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** What the page shows: the form, or that the password was set. */
  public record View(String action, String token, String problem, boolean done, String signInUrl) {}

  @Inject transient PageResponses responses;
  @Inject transient ErrorPages errors;
  @Inject transient PasswordResets resets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Language ui = Language.require(request.getServletPath().substring(1, 3));
    render(request, response, ui, Optional.ofNullable(request.getParameter("token")).orElse(""), null, false, 200);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Language ui = Language.require(request.getServletPath().substring(1, 3));
    if (!FormGuard.formAccepted(request)) {
      errors.refuseForm(request, response);
      return;
    }
    String token = Optional.ofNullable(request.getParameter("token")).map(String::strip).orElse("");
    String password = Optional.ofNullable(request.getParameter("password")).orElse("");
    if (!password.equals(Optional.ofNullable(request.getParameter("again")).orElse(""))) {
      render(request, response, ui, token, responses.texts(ui).t("reset.mismatch"), false, 400);
      return;
    }
    try {
      resets.complete(token, password);
      render(request, response, ui, "", null, true, 200);
    } catch (ProblemException e) {
      render(request, response, ui, token, e.detail(), false, e.status() >= 500 ? 400 : e.status());
    }
  }

  private void render(HttpServletRequest request, HttpServletResponse response, Language ui, String token, String problem, boolean done, int status)
      throws IOException {
    Texts texts = responses.texts(ui);
    String base = request.getContextPath() + "/" + ui.code();
    response.setHeader("Cache-Control", "no-store");
    responses.editorPage(response, status, "pages/password-reset.jte",
        responses.page(request, ui, texts.t("reset.title"), null, "/password-reset", List.of()).withFormToken(FormGuard.formToken(request, response)),
        new View(base + "/password-reset", token, problem, done, base + "/sign-in"));
  }
}
