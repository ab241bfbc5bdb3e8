package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.article.Retirement;
import app.guidepost.article.Slug;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /{lang}/editor/article-retirement/{slug}}: the editor page's form that retires an article
 * ({@code action=retire}, with an optional reason) or puts it back ({@code action=reinstate});
 * the editor comes back to the translation they were on, told what happened.
 */
@ApplicationScoped
public class ArticleRetirementPage {

  @Inject ArticleEditor editor;
  @Inject ErrorPages errors;

  void post(HttpServletRequest request, HttpServletResponse response, Language ui, String slugText) throws IOException {
    Slug slug = Slug.parse(slugText).orElseThrow(() -> new InvalidInputException("Invalid slug", slugText));
    Language back = Optional.ofNullable(request.getParameter("back")).flatMap(Language::fromCode).orElse(ui);
    String action = Optional.ofNullable(request.getParameter("action")).orElse("");
    Optional<String> because = Optional.ofNullable(request.getParameter("because")).map(String::strip).filter(b -> !b.isEmpty())
        .map(b -> b.length() > Retirement.MAX_REASON ? b.substring(0, Retirement.MAX_REASON) : b);
    String outcome;
    try {
      switch (action) {
        case "retire" -> {
          editor.retire(slug, because);
          outcome = "retired";
        }
        case "reinstate" -> {
          editor.reinstate(slug);
          outcome = "reinstated";
        }
        default -> throw new InvalidInputException("Invalid action", "action must be retire or reinstate");
      }
    } catch (Caller.NotAllowedException e) {
      errors.render(request, response, request.getRequestURI(), 403);
      return;
    } catch (ArticleEditor.ArticleNotFoundException e) {
      errors.render(request, response, request.getRequestURI(), 404);
      return;
    }
    PageResponses.redirect(response, EditorLinks.of(request, ui).translation(slug.value(), back) + "?" + outcome + "=1", HttpServletResponse.SC_SEE_OTHER);
  }
}
