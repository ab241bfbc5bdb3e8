package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Edit;
import app.guidepost.article.Revision;
import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.article.TranslationContent;
import app.guidepost.article.WorkflowState;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.editing.LineDiff;
import app.guidepost.editing.SourceSections;
import app.guidepost.editing.StaleRevisionException;
import app.guidepost.editing.TranslationInput;
import app.guidepost.files.ArticleFiles;
import app.guidepost.files.FileName;
import app.guidepost.files.FileType;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.TermConsistency;
import app.guidepost.text.LineEnds;
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
 * {@code /{lang}/editor/{slug}/{target}}: an article's text in one language, edited beside its
 * source with what changed in the source since this text was translated, and a preview. Saving
 * needs the editor role for that language and the revision the editor started from: when
 * someone saved first, the page comes back (409) with their text and how it differs.
 */
@ApplicationScoped
public class TranslationEditorPage {

  /** The fields of the form; browsers send their text with CRLF line ends. */
  private static final List<String> FORM_FIELDS = List.of("title", "summary", "body", "message", "state", "base", "sourceRevision",
      "category", "tags", "audience");

  @Inject PageResponses responses;
  @Inject ErrorPages errors;
  @Inject ArticleRepository articles;
  @Inject ArticleEditor editor;
  @Inject Caller caller;
  @Inject TermConsistency termConsistency;
  @Inject ArticleFiles articleFiles;
  @Inject app.guidepost.article.CategoryCatalog categories;
  @Inject app.guidepost.i18n.FallbackChains fallbackChains;

  void show(HttpServletRequest request, HttpServletResponse response, Language ui, String slug, String lang) throws IOException {
    Article article = article(slug);
    Language target = Language.require(lang);
    Optional<Map<String, String>> stored = article.translation(target).map(TranslationEditorPage::formOf)
        .or(() -> sourceFor(article, target).map(source -> metadataOf(source.publishedRevision().isPresent()
            ? source.newestPublished() : source.newest().content())));
    Integer saved = Optional.ofNullable(request.getParameter("saved")).map(Integer::valueOf).orElse(null);
    render(request, response, ui, article, target, stored.orElse(Map.of()), saved, null, null, null, 200);
  }

  /** The form, saved ({@code action=preview}: rendered beside it instead). */
  void save(HttpServletRequest request, HttpServletResponse response, Language ui, String slug, String lang) throws IOException {
    Article article = article(slug);
    Language target = Language.require(lang);
    if (!caller.mayEdit(target)) {
      errors.render(request, response, request.getRequestURI(), 403);
      return;
    }
    Map<String, String> form = new HashMap<>();
    for (String field : FORM_FIELDS) {
      form.put(field, LineEnds.lf(Optional.ofNullable(request.getParameter(field)).orElse("")));
    }
    if ("preview".equals(request.getParameter("action"))) {
      render(request, response, ui, article, target, form, null, null, MarkdownRenderer.render(form.get("body"), Optional.of(ArticleFiles.servedAt(request.getContextPath(), article.slug()))).html(), null, 200);
      return;
    }
    TranslationInput.Fields fields = fields(form, article, target);
    WorkflowState state = WorkflowState.fromCode(form.get("state")).orElse(WorkflowState.DRAFT);
    Optional<Integer> basedOn = form.get("base").isBlank() || form.get("base").equals("0") ? Optional.empty() : Optional.of(Integer.parseInt(form.get("base")));
    try {
      TranslationContent content = TranslationInput.read(fields, target);
      ArticleEditor.Saved saved = editor.save(article.slug(), target, content,
          new Edit(caller.actor(), Optional.of(form.get("message")), state, RevisionOrigin.EDITOR), basedOn, false);
      PageResponses.redirect(response, EditorLinks.of(request, ui).translation(article.slug().value(), target) + "?saved="
          + saved.translation().currentRevision(), HttpServletResponse.SC_SEE_OTHER);
    } catch (StaleRevisionException e) {
      Translation theirs = editor.find(article.slug(), target);
      TranslationContent their = theirs.newest().content();
      EditorViews.Conflict conflict = new EditorViews.Conflict(theirs.currentRevision(), their.title(), their.body(),
          LineDiff.folded(LineDiff.between(their.body(), form.get("body").strip()), TranslationHistoryPage.DIFF_CONTEXT));
      form.put("base", String.valueOf(theirs.currentRevision()));
      render(request, response, ui, article, target, form, null, conflict, null, null, 409);
    } catch (InvalidInputException e) {
      render(request, response, ui, article, target, form, null, null, null, e.detail(), 400);
    }
  }

  /**
   * The translation as the form gives it. The article's category, tags and audience are not on
   * the form: they stay as this language has them, or as the source has them for a new one.
   */
  private static TranslationInput.Fields fields(Map<String, String> form, Article article, Language target) {
    Optional<Translation> source = sourceFor(article, target);
    Optional<TranslationContent> carried = article.translation(target).map(t -> t.newest().content()).or(() -> source.map(Translation::newestPublished));
    Optional<Long> sourceRevision = source.isPresent() && !form.get("sourceRevision").isBlank()
        ? Optional.of((long) Integer.parseInt(form.get("sourceRevision")))
        : Optional.empty();
    // The topic, tags and audience as the form sends them; a form without them keeps what the language (or its source) has.
    boolean metadata = form.containsKey("audience") && !form.get("audience").isBlank();
    Optional<String> category = metadata ? Optional.of(form.get("category").strip()).filter(c -> !c.isEmpty())
        : carried.flatMap(TranslationContent::category).map(Slug::value);
    List<String> tags = metadata ? NewArticlePage.tags(form.get("tags")) : carried.map(TranslationContent::tags).orElse(List.of());
    Optional<String> audience = metadata ? Optional.of(form.get("audience")) : carried.map(c -> c.audience().code());
    return new TranslationInput.Fields(Optional.of(form.get("title")), Optional.of(form.get("summary")).filter(s -> !s.isBlank()),
        category, tags, audience, source.map(s -> s.language().code()), sourceRevision, Optional.of(form.get("body")));
  }

  /**
   * The page: the form filled from {@code form}, with at most one of a preview (200), a problem
   * (400) or someone else's save (409).
   */
  private void render(HttpServletRequest request, HttpServletResponse response, Language ui, Article article, Language target,
      Map<String, String> form, Integer saved, EditorViews.Conflict conflict, String preview, String problem, int status) throws IOException {
    Texts texts = responses.texts(ui);
    EditorLinks links = EditorLinks.of(request, ui);
    String slug = article.slug().value();
    Optional<Translation> existing = article.translation(target);
    Optional<Translation> source = sourceFor(article, target);
    boolean own = source.isEmpty();
    List<SourceSections.Compared> changes = List.of();
    boolean outdated = false;
    if (source.isPresent() && existing.isPresent()) {
      Translation original = source.get();
      int now = original.publishedRevision().orElseThrow();
      Optional<Revision> before = existing.get().newest().content().sourceRevision().flatMap(original::revision);
      changes = SourceSections.compare(before.map(r -> r.content().body()).orElse(""), original.revision(now).orElseThrow().content().body()).stream()
          .filter(c -> !c.status().equals("unchanged")).toList();
      outdated = existing.get().isOutdated().orElse(false);
    }
    String base = form.getOrDefault("base", String.valueOf(existing.map(Translation::currentRevision).orElse(0)));
    EditorViews.EditView view = new EditorViews.EditView(
        slug, target.code(), texts.language(target), own,
        source.map(s -> texts.language(s.language())).orElse(null), source.flatMap(Translation::publishedRevision).orElse(null),
        source.map(Translation::title).orElse(null), source.map(s -> MarkdownRenderer.render(s.body(), Optional.of(ArticleFiles.servedAt(request.getContextPath(), article.slug()))).html()).orElse(null),
        form.getOrDefault("title", ""), form.getOrDefault("summary", ""), form.getOrDefault("body", ""), form.getOrDefault("message", ""),
        form.getOrDefault("state", existing.map(t -> t.state().code()).orElse("draft")), Integer.parseInt(base.isBlank() ? "0" : base),
        FormGuard.csrfToken(request), links.translation(slug, target), links.history(slug, target),
        request.getContextPath() + "/api/articles/" + slug + "/translations/" + target.code() + "/preview", preview, problem, saved, changes, outdated,
        conflict);
    // The source revision the form says it translates: the one it was loaded with, else the source's published one.
    String sourceRevision = form.getOrDefault("sourceRevision", source.flatMap(Translation::publishedRevision).map(String::valueOf).orElse(""));
    String titleKey = own ? "editor.edit.titleOwn" : "editor.edit.title";
    responses.editorPage(response, status, "pages/editor-edit.jte",
        responses.page(request, ui, texts.t(titleKey, "lang", texts.language(target)), null, "/editor/" + slug + "/" + target.code(), List.of()),
        new EditorViews.EditViewWithSource(view, sourceRevision, source
            .filter(s -> !form.getOrDefault("body", "").isBlank())
            .map(s -> termConsistency.check(s.language(), s.publishedRevision().isPresent() ? s.newestPublished().body() : s.newest().content().body(),
                target, form.getOrDefault("body", "")))
            .orElse(List.of()), termConsistency.hasOwnTerms(), categoryOptions(ui, texts), form.getOrDefault("category", ""),
            form.getOrDefault("tags", ""), form.getOrDefault("audience", "public"), files(request, ui, texts, article.slug(), target),
            retiring(request, ui, texts, article, target)));
  }

  private EditorViews.Retiring retiring(HttpServletRequest request, Language ui, Texts texts, Article article, Language target) {
    String notice = article.retirement().map(r -> texts.t("retire.notice", "date", texts.date(r.at()), "name", r.by())
        + r.because().map(b -> " " + texts.t("retire.noticeBecause", "because", Texts.isolated(b))).orElse("")).orElse(null);
    String outcome = request.getParameter("retired") != null && article.isRetired() ? texts.t("retire.done")
        : request.getParameter("reinstated") != null && !article.isRetired() ? texts.t("retire.reinstated") : null;
    return new EditorViews.Retiring(article.isRetired(), notice, editor.mayRetire(article),
        EditorLinks.of(request, ui).list() + "/article-retirement/" + article.slug().value(), target.code(), outcome);
  }

  /** The article's files, and the outcome of the last upload or removal when the page comes back from one. */
  private EditorViews.Files files(HttpServletRequest request, Language ui, Texts texts, Slug slug, Language target) {
    String servedAt = ArticleFiles.servedAt(request.getContextPath(), slug);
    String formsAt = EditorLinks.of(request, ui).list() + "/article-files/" + slug.value();
    List<EditorViews.FileRow> rows = articleFiles.list(slug).stream().map(file -> new EditorViews.FileRow(file.name(), servedAt + file.name(),
        file.isImage(), texts.fileSize(file.size()), file.markdown(), file.sha256(), formsAt + "/" + file.name())).toList();
    String notice = Optional.ofNullable(request.getParameter("file")).filter(FileName::isValid)
        .flatMap(name -> rows.stream().filter(r -> r.name().equals(name)).findFirst())
        .map(row -> texts.t("files.uploaded", "name", row.name()))
        .or(() -> Optional.ofNullable(request.getParameter("removed")).filter(FileName::isValid).map(name -> texts.t("files.removed", "name", name)))
        .orElse(null);
    String problem = Optional.ofNullable(request.getParameter("fileProblem")).flatMap(ArticleFilesPage.Problem::of)
        .map(p -> p.text(texts)).orElse(null);
    return new EditorViews.Files(rows, formsAt, target.code(), notice, problem,
        texts.t("files.limits", "megabytes", FileType.MAX_BYTES / 1024 / 1024, "count", ArticleFiles.MAX_PER_ARTICLE));
  }

  private List<NewArticlePage.Option> categoryOptions(Language ui, Texts texts) {
    return NewArticlePage.categoryOptions(categories.current(), fallbackChains.chainFor(ui), ui, texts);
  }

  /** The translation this language's text is made from: the article's source, unless this is the source. */
  private static Optional<Translation> sourceFor(Article article, Language target) {
    return article.sourceTranslation().filter(s -> s.language() != target)
        .filter(s -> article.translation(target).map(t -> t.translationOf().isPresent()).orElse(true));
  }

  /** The form as the newest revision fills it. */
  private static Map<String, String> formOf(Translation translation) {
    TranslationContent content = translation.newest().content();
    Map<String, String> form = new HashMap<>();
    form.put("title", content.title());
    form.put("summary", content.summary().orElse(""));
    form.put("body", content.body());
    form.put("state", translation.state().code());
    form.put("base", String.valueOf(translation.currentRevision()));
    form.putAll(metadataOf(content));
    content.sourceRevision().ifPresent(r -> form.put("sourceRevision", String.valueOf(r)));
    return form;
  }

  /** The topic, tags and audience as the form shows them. */
  private static Map<String, String> metadataOf(TranslationContent content) {
    return Map.of("category", content.category().map(Slug::value).orElse(""), "tags", String.join(", ", content.tags()),
        "audience", content.audience().code());
  }

  private Article article(String slug) {
    return Slug.parse(slug).flatMap(articles::find).orElseThrow(() -> new InvalidInputException("Not found", slug));
  }
}
