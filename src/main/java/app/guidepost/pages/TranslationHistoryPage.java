package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Edit;
import app.guidepost.article.Revision;
import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.article.WorkflowState;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.editing.LineDiff;
import app.guidepost.editing.StaleRevisionException;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * {@code /{lang}/editor/{slug}/{target}/history}: the revisions of an article's text in one
 * language, newest first, with how the newest differs from one of them ({@code ?from=3}), and
 * the form that restores a revision as a new draft. A restore based on an older revision than
 * the newest shows the history again.
 */
@ApplicationScoped
public class TranslationHistoryPage {

  /** Unchanged lines shown around each change in a diff on the pages; longer runs are folded. */
  static final int DIFF_CONTEXT = 3;

  @Inject PageResponses responses;
  @Inject ErrorPages errors;
  @Inject ArticleRepository articles;
  @Inject ArticleEditor editor;
  @Inject Caller caller;

  void show(HttpServletRequest request, HttpServletResponse response, Language ui, String slug, String lang) throws IOException {
    show(request, response, ui, article(slug), Language.require(lang));
  }

  /** Restores revision {@code number} as a new draft, based on revision {@code base}. */
  void restore(HttpServletRequest request, HttpServletResponse response, Language ui, String slug, String lang) throws IOException {
    Article article = article(slug);
    Language target = Language.require(lang);
    if (!caller.mayEdit(target)) {
      errors.render(request, response, request.getRequestURI(), 403);
      return;
    }
    try {
      int number = Integer.parseInt(request.getParameter("number"));
      int basedOn = Integer.parseInt(request.getParameter("base"));
      ArticleEditor.Saved saved = editor.restore(article.slug(), target, number,
          new Edit(caller.actor(), Optional.empty(), WorkflowState.DRAFT, RevisionOrigin.EDITOR), basedOn);
      PageResponses.redirect(response, EditorLinks.of(request, ui).translation(article.slug().value(), target) + "?saved="
          + saved.translation().currentRevision(), HttpServletResponse.SC_SEE_OTHER);
    } catch (StaleRevisionException e) {
      show(request, response, ui, article(slug), target);
    }
  }

  private void show(HttpServletRequest request, HttpServletResponse response, Language ui, Article article, Language target) throws IOException {
    Texts texts = responses.texts(ui);
    EditorLinks links = EditorLinks.of(request, ui);
    String slug = article.slug().value();
    Translation translation = editor.find(article.slug(), target);
    Integer from = Optional.ofNullable(request.getParameter("from")).map(Integer::valueOf).orElse(null);
    List<LineDiff.Line> diff = from == null ? List.of()
        : translation.revision(from).map(r -> LineDiff.folded(LineDiff.between(r.content().body(), translation.newest().content().body()), DIFF_CONTEXT))
            .orElse(List.of());
    String historyUrl = links.history(slug, target);
    List<EditorViews.HistoryView.Entry> entries = new ArrayList<>();
    DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLocale(ui.locale()));
    for (Revision r : translation.revisions().reversed()) {
      entries.add(new EditorViews.HistoryView.Entry(r.number(), format.format(Date.from(r.createdAt().toInstant())), r.author(), r.savedAs().code(),
          r.message().orElse(null), translation.publishedRevision().filter(p -> p == r.number()).isPresent(), historyUrl + "?from=" + r.number() + "#diff"));
    }
    responses.editorPage(response, 200, "pages/editor-history.jte",
        responses.page(request, ui, texts.t("editor.history"), null, "/editor/" + slug + "/" + target.code() + "/history", List.of()),
        new EditorViews.HistoryView(slug, target.code(), texts.language(target), entries, links.translation(slug, target), historyUrl,
            FormGuard.csrfToken(request), translation.currentRevision(), from, diff));
  }

  private Article article(String slug) {
    return Slug.parse(slug).flatMap(articles::find).orElseThrow(() -> new InvalidInputException("Not found", slug));
  }
}
