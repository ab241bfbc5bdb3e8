package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.analytics.PopularArticles;
import app.guidepost.analytics.SearchAnalytics;
import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Edit;
import app.guidepost.article.Revision;
import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.article.TranslationContent;
import app.guidepost.article.WorkflowState;
import app.guidepost.content.ContentFileException;
import app.guidepost.content.GuideFiles;
import app.guidepost.content.GuideTextsWriter;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.editing.GuideTextEditor;
import app.guidepost.editing.Localization;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.editing.LineDiff;
import app.guidepost.editing.SourceSections;
import app.guidepost.editing.StaleRevisionException;
import app.guidepost.editing.TranslationInput;
import app.guidepost.i18n.Language;
import app.guidepost.text.LineEnds;
import app.guidepost.i18n.Messages;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.render.MarkdownRenderer;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editors' pages: the articles with the state of every language, a translation edited beside
 * its source (with what changed in the source since, and a preview), the history with diff and
 * restore, the conflict page when someone saved first, and a guide's texts step by step beside
 * the source's. Every form carries the session's CSRF
 * token and must come from this site; saving needs the editor role for that language.
 */
@WebServlet(urlPatterns = {"/en/editor/*", "/vi/editor/*", "/nb/editor/*", "/de/editor/*", "/ar/editor/*",
    "/en/editor", "/vi/editor", "/nb/editor", "/de/editor", "/ar/editor"})
public class EditorPages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Templates templates;
  @Inject transient Messages messages;
  @Inject transient ArticleRepository articles;
  @Inject transient ArticleEditor editor;
  @Inject transient Caller caller;
  @Inject transient ErrorPages errors;
  @Inject transient GuideRepository guides;
  @Inject transient GuideTextEditor guideEditor;
  @Inject transient Localization localization;
  @Inject transient PopularArticles reads;

  private String base = "";

  @Override
  public void init() {
    base = getServletContext().getContextPath();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Language ui = Language.require(request.getServletPath().substring(1, 3));
    if (!request.isUserInRole("editor")) {
      signIn(request, response, ui);
      return;
    }
    List<String> parts = parts(request);
    try {
      if (parts.isEmpty()) {
        list(request, response, ui);
      } else if (isGuidePage(parts)) {
        StoredGuide guide = guide(parts.get(1));
        Language target = Language.require(parts.get(2));
        Integer saved = Optional.ofNullable(request.getParameter("saved")).map(Integer::valueOf).orElse(null);
        guidePage(request, response, ui, guide, target, guideForm(guide, target), saved, null, null, 200);
      } else if (parts.size() == 2) {
        Article article = article(parts.get(0));
        Language target = Language.require(parts.get(1));
        Translation newest = article.translation(target).orElse(null);
        Integer saved = Optional.ofNullable(request.getParameter("saved")).map(Integer::valueOf).orElse(null);
        edit(request, response, ui, article, target, newest == null ? null : formOf(newest), saved, null, null, 200);
      } else if (parts.size() == 3 && parts.get(2).equals("history")) {
        history(request, response, ui, article(parts.get(0)), Language.require(parts.get(1)));
      } else {
        errors.render(request, response, request.getRequestURI(), 404);
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
    List<String> parts = parts(request);
    if (isGuidePage(parts)) {
      saveGuide(request, response, ui, parts);
      return;
    }
    try {
      Article article = article(parts.get(0));
      Language target = Language.require(parts.get(1));
      if (!caller.mayEdit(target)) {
        errors.render(request, response, request.getRequestURI(), 403);
        return;
      }
      if (parts.size() == 3 && parts.get(2).equals("history")) {
        int number = Integer.parseInt(request.getParameter("number"));
        int basedOn = Integer.parseInt(request.getParameter("base"));
        ArticleEditor.Saved saved = editor.restore(article.slug(), target, number,
            new Edit(caller.actor(), Optional.empty(), WorkflowState.DRAFT, RevisionOrigin.EDITOR), basedOn);
        redirect(response, editUrl(ui, article, target) + "?saved=" + saved.translation().currentRevision());
        return;
      }
      save(request, response, ui, article, target);
    } catch (StaleRevisionException e) {
      List<String> parts2 = parts(request);
      history(request, response, ui, article(parts2.get(0)), Language.require(parts2.get(1)));
    } catch (InvalidInputException | NumberFormatException | IndexOutOfBoundsException e) {
      errors.render(request, response, request.getRequestURI(), 400);
    }
  }

  private void save(HttpServletRequest request, HttpServletResponse response, Language ui, Article article, Language target) throws IOException {
    Map<String, String> form = new HashMap<>();
    for (String field : List.of("title", "summary", "body", "message", "state", "base", "sourceRevision")) {
      // Browsers send form text with CRLF line ends.
      form.put(field, LineEnds.lf(Optional.ofNullable(request.getParameter(field)).orElse("")));
    }
    if ("preview".equals(request.getParameter("action"))) {
      edit(request, response, ui, article, target, form, null, null, MarkdownRenderer.render(form.get("body")).html(), 200);
      return;
    }
    Optional<Translation> existing = article.translation(target);
    Optional<Translation> source = sourceFor(article, target);
    TranslationContent carried = existing.map(t -> t.newest().content()).or(() -> source.map(t -> t.newestPublished())).orElse(null);
    // The article's category, tags and audience are not on the form: they stay as they are (or as the source has them).
    TranslationInput.Fields fields = new TranslationInput.Fields(Optional.of(form.get("title")),
        Optional.of(form.get("summary")).filter(s -> !s.isBlank()), Optional.ofNullable(carried).flatMap(c -> c.category()).map(Slug::value),
        Optional.ofNullable(carried).map(TranslationContent::tags).orElse(List.of()), Optional.ofNullable(carried).map(c -> c.audience().code()),
        source.map(s -> s.language().code()),
        source.isPresent() && !form.get("sourceRevision").isBlank() ? Optional.of((long) Integer.parseInt(form.get("sourceRevision"))) : Optional.empty(),
        Optional.of(form.get("body")));
    WorkflowState state = WorkflowState.fromCode(form.get("state")).orElse(WorkflowState.DRAFT);
    Optional<Integer> basedOn = form.get("base").isBlank() || form.get("base").equals("0") ? Optional.empty() : Optional.of(Integer.parseInt(form.get("base")));
    try {
      TranslationContent content = TranslationInput.read(fields, target);
      ArticleEditor.Saved saved = editor.save(article.slug(), target, content,
          new Edit(caller.actor(), Optional.of(form.get("message")), state, RevisionOrigin.EDITOR), basedOn, false);
      redirect(response, editUrl(ui, article, target) + "?saved=" + saved.translation().currentRevision());
    } catch (StaleRevisionException e) {
      Translation theirs = editor.find(article.slug(), target);
      TranslationContent their = theirs.newest().content();
      EditorViews.Conflict conflict = new EditorViews.Conflict(theirs.currentRevision(), their.title(), their.body(),
          LineDiff.folded(LineDiff.between(their.body(), form.get("body").strip()), DIFF_CONTEXT));
      form.put("base", String.valueOf(theirs.currentRevision()));
      edit(request, response, ui, article, target, form, null, conflict, null, 409);
    } catch (InvalidInputException e) {
      edit(request, response, ui, article, target, form, null, null, e.detail(), 400);
    }
  }

  /** {@code guides/<slug>/<lang>}: an article's history ends in "history", never in a language. */
  private static boolean isGuidePage(List<String> parts) {
    return parts.size() == 3 && parts.get(0).equals("guides") && Language.fromCode(parts.get(2)).isPresent();
  }

  private void saveGuide(HttpServletRequest request, HttpServletResponse response, Language ui, List<String> parts) throws IOException {
    StoredGuide guide;
    Language target;
    try {
      guide = guide(parts.get(1));
      target = Language.require(parts.get(2));
    } catch (InvalidInputException e) {
      errors.render(request, response, request.getRequestURI(), 404);
      return;
    }
    if (!caller.mayEdit(target)) {
      errors.render(request, response, request.getRequestURI(), 403);
      return;
    }
    Guide shape = GuideTextEditor.shape(guide);
    Map<String, String> form = new HashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      // Browsers send form text with CRLF line ends.
      form.put(name, values.length == 0 ? "" : LineEnds.lf(values[0]));
    });
    Map<String, GuideTextsWriter.StepTexts> steps = new LinkedHashMap<>();
    for (GuideStep step : shape.steps()) {
      Map<String, String> labels = new LinkedHashMap<>();
      step.choices().forEach(c -> labels.put(c.id(), form.getOrDefault("step." + step.id() + ".choice." + c.id(), "")));
      steps.put(step.id(), new GuideTextsWriter.StepTexts(
          form.getOrDefault("step." + step.id() + ".title", ""), form.getOrDefault("step." + step.id() + ".body", ""), labels));
    }
    int basedOn;
    try {
      basedOn = Integer.parseInt(form.getOrDefault("base", "0"));
    } catch (NumberFormatException e) {
      errors.render(request, response, request.getRequestURI(), 400);
      return;
    }
    String title = form.getOrDefault("title", "");
    try {
      if (title.isBlank()) {
        throw new InvalidInputException("Missing title", new Texts(messages, ui).t("editor.guide.titleRequired"));
      }
      GuideTextEditor.Saved saved = guideEditor.save(guide, target,
          new GuideTextEditor.Input(title, Optional.of(form.getOrDefault("summary", "")), steps), Optional.of(basedOn), caller.actor(),
          Optional.of(form.getOrDefault("message", "")));
      redirect(response, guideEditUrl(ui, guide, target) + "?saved=" + saved.texts().currentRevision());
    } catch (StaleRevisionException e) {
      form.put("base", String.valueOf(e.current()));
      guidePage(request, response, ui, guides.find(guide.slug()).orElseThrow(), target, form, null, e.current(), null, 409);
    } catch (InvalidInputException e) {
      guidePage(request, response, ui, guide, target, form, null, null, e.detail(), 400);
    }
  }

  private void guidePage(HttpServletRequest request, HttpServletResponse response, Language ui, StoredGuide guide, Language target,
      Map<String, String> form, Integer saved, Integer conflict, String problem, int status) throws IOException {
    Texts texts = new Texts(messages, ui);
    Guide shape = GuideTextEditor.shape(guide);
    Optional<GuideTranslation> source = target == shape.source() ? Optional.empty() : guide.text(shape.source());
    Optional<GuideTexts> sourceTexts = source.flatMap(s -> parsedTexts(shape.source(), s));
    List<EditorViews.GuideStepRow> rows = new ArrayList<>();
    for (GuideStep step : shape.steps()) {
      Optional<GuideTexts.StepText> original = sourceTexts.flatMap(t -> Optional.ofNullable(t.steps().get(step.id())));
      rows.add(new EditorViews.GuideStepRow(step.id(), original.map(GuideTexts.StepText::title).orElse(null),
          original.map(o -> MarkdownRenderer.render(o.body()).html()).orElse(null),
          form.getOrDefault("step." + step.id() + ".title", ""), form.getOrDefault("step." + step.id() + ".body", ""),
          step.choices().stream().map(c -> new EditorViews.GuideChoiceRow(c.id(), original.map(o -> o.choices().get(c.id())).orElse(null),
              form.getOrDefault("step." + step.id() + ".choice." + c.id(), ""))).toList()));
    }
    Optional<GuideTranslation> own = guide.text(target);
    boolean outdated = guide.isOutdated(target).orElse(false);
    EditorViews.GuideEditView view = new EditorViews.GuideEditView(guide.slug(), target.code(), texts.language(target),
        source.map(s -> texts.language(s.language())).orElse(null), source.map(GuideTranslation::currentRevision).orElse(null),
        sourceTexts.map(GuideTexts::title).orElse(null), sourceTexts.flatMap(GuideTexts::summary).orElse(null),
        form.getOrDefault("title", ""), form.getOrDefault("summary", ""), rows, form.getOrDefault("message", ""),
        Integer.parseInt(form.getOrDefault("base", "0")), FormGuard.csrfToken(request), guideEditUrl(ui, guide, target), problem, saved, outdated,
        conflict, base + "/" + target.code() + "/guides/" + guide.slug());
    String titleKey = source.isPresent() ? "editor.guide.title" : "editor.guide.titleOwn";
    render(response, status, "pages/editor-guide.jte",
        new Page(base, ui, texts.t(titleKey, "lang", texts.language(target)), null, "/editor/guides/" + guide.slug() + "/" + target.code(), List.of(), texts),
        view);
  }

  /** The form as the stored texts fill it; empty fields for a language that has none yet. */
  private static Map<String, String> guideForm(StoredGuide guide, Language target) {
    Map<String, String> form = new HashMap<>();
    Optional<GuideTranslation> own = guide.text(target);
    form.put("base", String.valueOf(own.map(GuideTranslation::currentRevision).orElse(0)));
    own.flatMap(t -> parsedTexts(target, t)).ifPresent(texts -> {
      form.put("title", texts.title());
      form.put("summary", texts.summary().orElse(""));
      texts.steps().forEach((id, step) -> {
        form.put("step." + id + ".title", step.title());
        form.put("step." + id + ".body", step.body());
        step.choices().forEach((choice, label) -> form.put("step." + id + ".choice." + choice, label));
      });
    });
    return form;
  }

  private static Optional<GuideTexts> parsedTexts(Language language, GuideTranslation translation) {
    try {
      return Optional.of(GuideFiles.texts(language, translation.body()));
    } catch (ContentFileException e) {
      return Optional.empty();
    }
  }

  private StoredGuide guide(String slug) {
    return guides.find(slug).orElseThrow(() -> new InvalidInputException("Not found", slug));
  }

  private String guideEditUrl(Language ui, StoredGuide guide, Language target) {
    return base + "/" + ui.code() + "/editor/guides/" + guide.slug() + "/" + target.code();
  }

  private List<EditorViews.ListView.Row> guideRows(Language ui) {
    List<EditorViews.ListView.Row> rows = new ArrayList<>();
    for (StoredGuide guide : guides.findAll()) {
      List<EditorViews.ListView.Cell> cells = new ArrayList<>();
      for (Language language : Language.values()) {
        cells.add(new EditorViews.ListView.Cell(language.code(), Localization.guideStatus(guide, language).code(), guideEditUrl(ui, guide, language)));
      }
      rows.add(new EditorViews.ListView.Row(guide.slug(), guide.text(guide.source()).map(GuideTranslation::title).orElse(guide.slug()),
          guide.source().code(), cells, null));
    }
    rows.sort(java.util.Comparator.comparing(EditorViews.ListView.Row::title, com.ibm.icu.text.Collator.getInstance(ULocale.forLocale(ui.locale()))));
    return rows;
  }

  /** Per status, the articles and guides that have it in each language: the same counts as {@code GET /api/localization}. */
  private List<EditorViews.ListView.Total> totals(List<Localization.ArticleStates> states) {
    Map<Language, List<Localization.Item>> perLanguage = localization.overviews(states);
    List<EditorViews.ListView.Total> totals = new ArrayList<>();
    for (Localization.Status status : Localization.Status.values()) {
      totals.add(new EditorViews.ListView.Total(status.code(), java.util.Arrays.stream(Language.values())
          .map(l -> (int) perLanguage.get(l).stream().filter(item -> item.status().equals(status.code())).count()).toList()));
    }
    return totals;
  }

  /** Unchanged lines shown around each change in a diff on the pages; longer runs are folded. */
  static final int DIFF_CONTEXT = 3;

  /** Articles per page of the editor's list: a knowledge base of thousands is read a page at a time. */
  static final int LIST_PAGE_SIZE = 100;

  /** The statuses an editor can filter the list by, in the order the form offers them. */
  private static final List<String> LIST_STATUSES = List.of("missing", "draft", "review", "outdated", "up-to-date", "source");

  /** The orders of the list: by title, or the articles read most lately first (what to translate or update first). */
  private static final List<String> LIST_ORDERS = List.of("title", "reads");

  /** How often readers opened an article lately: in {@code language}, or in all languages together. */
  private long readsOf(String slug, Optional<Language> language) {
    return language.map(l -> reads.reads(l, slug))
        .orElseGet(() -> java.util.Arrays.stream(Language.values()).mapToLong(l -> reads.reads(l, slug)).sum());
  }

  private void list(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Texts texts = new Texts(messages, ui);
    Optional<Language> inLanguage = Optional.ofNullable(request.getParameter("lang")).flatMap(Language::fromCode);
    Optional<String> withStatus = Optional.ofNullable(request.getParameter("status")).filter(LIST_STATUSES::contains);
    String order = Optional.ofNullable(request.getParameter("order")).filter(LIST_ORDERS::contains).orElse("title");
    List<Localization.ArticleStates> states = localization.articleStates();
    com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(ULocale.forLocale(ui.locale()));
    List<Map.Entry<com.ibm.icu.text.CollationKey, Localization.ArticleStates>> shown = new ArrayList<>();
    for (Localization.ArticleStates article : states) {
      Optional<ArticleRepository.TranslationState> source = article.source().or(() -> article.translations().values().stream().findFirst());
      if (source.isEmpty()) {
        continue;
      }
      boolean matches = withStatus.isEmpty() || inLanguage.map(l -> article.editorStatus(l).equals(withStatus.get()))
          .orElseGet(() -> java.util.Arrays.stream(Language.values()).anyMatch(l -> article.editorStatus(l).equals(withStatus.get())));
      if (matches) {
        shown.add(Map.entry(collator.getCollationKey(source.get().title()), article));
      }
    }
    shown.sort(Map.Entry.comparingByKey());
    if (order.equals("reads")) {
      // Stable: equally read articles stay in title order.
      Map<String, Long> counted = new java.util.HashMap<>();
      shown.forEach(entry -> counted.put(entry.getValue().slug(), readsOf(entry.getValue().slug(), inLanguage)));
      shown.sort(java.util.Comparator.comparing(entry -> -counted.get(entry.getValue().slug())));
    }
    int pageNumber = Math.max(1, Optional.ofNullable(request.getParameter("page")).map(p -> {
      try {
        return Integer.parseInt(p);
      } catch (NumberFormatException e) {
        return 1;
      }
    }).orElse(1));
    int from = (int) Math.min((long) (pageNumber - 1) * LIST_PAGE_SIZE, shown.size());
    List<EditorViews.ListView.Row> rows = new ArrayList<>();
    for (Map.Entry<com.ibm.icu.text.CollationKey, Localization.ArticleStates> entry : shown.subList(from, Math.min(shown.size(), from + LIST_PAGE_SIZE))) {
      Localization.ArticleStates article = entry.getValue();
      ArticleRepository.TranslationState source = article.source().or(() -> article.translations().values().stream().findFirst()).orElseThrow();
      List<EditorViews.ListView.Cell> cells = new ArrayList<>();
      for (Language language : Language.values()) {
        cells.add(new EditorViews.ListView.Cell(language.code(), article.editorStatus(language), editUrl(ui, article.slug(), language)));
      }
      rows.add(new EditorViews.ListView.Row(article.slug(), source.title(), source.language().code(), cells, readsOf(article.slug(), inLanguage)));
    }
    String listUrl = base + "/" + ui.code() + "/editor";
    String query = inLanguage.map(l -> "lang=" + l.code() + "&").orElse("") + withStatus.map(st -> "status=" + st + "&").orElse("")
        + (order.equals("title") ? "" : "order=" + order + "&");
    String previous = pageNumber > 1 && from > 0 ? listUrl + "?" + query + "page=" + (pageNumber - 1) : null;
    String next = from + LIST_PAGE_SIZE < shown.size() ? listUrl + "?" + query + "page=" + (pageNumber + 1) : null;
    List<EditorViews.ListView.Option> languageOptions = new ArrayList<>();
    languageOptions.add(new EditorViews.ListView.Option("", texts.t("editor.filter.anyLanguage"), inLanguage.isEmpty()));
    for (Language language : Language.values()) {
      languageOptions.add(new EditorViews.ListView.Option(language.code(), texts.language(language), inLanguage.filter(language::equals).isPresent()));
    }
    List<EditorViews.ListView.Option> statusOptions = new ArrayList<>();
    statusOptions.add(new EditorViews.ListView.Option("", texts.t("editor.filter.anyStatus"), withStatus.isEmpty()));
    for (String status : LIST_STATUSES) {
      statusOptions.add(new EditorViews.ListView.Option(status, texts.t("editor.status." + status), withStatus.filter(status::equals).isPresent()));
    }
    List<EditorViews.ListView.Option> orderOptions = LIST_ORDERS.stream()
        .map(o -> new EditorViews.ListView.Option(o, texts.t("editor.order." + o), o.equals(order))).toList();
    render(response, 200, "pages/editor-list.jte", new Page(base, ui, texts.t("editor.title"), null, "/editor", List.of(), texts),
        new EditorViews.ListView(java.util.Arrays.stream(Language.values()).map(Language::code).toList(), totals(states), rows, guideRows(ui),
            new EditorViews.ListView.Filter(listUrl, languageOptions, statusOptions, orderOptions), shown.size(), previous, next,
            inLanguage.map(l -> texts.t("editor.reads.in", "language", texts.language(l), "days", SearchAnalytics.POPULAR_DAYS))
                .orElseGet(() -> texts.t("editor.reads.all", "days", SearchAnalytics.POPULAR_DAYS))));
  }

  private void edit(HttpServletRequest request, HttpServletResponse response, Language ui, Article article, Language target, Map<String, String> form,
      Integer saved, EditorViews.Conflict conflict, String previewOrProblem, int status) throws IOException {
    Texts texts = new Texts(messages, ui);
    Optional<Translation> existing = article.translation(target);
    Optional<Translation> source = sourceFor(article, target);
    boolean own = source.isEmpty();
    Map<String, String> values = form != null ? form : Map.of();
    String preview = status == 200 ? previewOrProblem : null;
    String problem = status == 400 ? previewOrProblem : null;
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
    String sourceRevision = source.flatMap(Translation::publishedRevision).map(String::valueOf).orElse("");
    String titleKey = own ? "editor.edit.titleOwn" : "editor.edit.title";
    String csrf = FormGuard.csrfToken(request);
    EditorViews.EditView view = new EditorViews.EditView(
        article.slug().value(), target.code(), texts.language(target), own,
        source.map(s -> texts.language(s.language())).orElse(null), source.flatMap(Translation::publishedRevision).orElse(null),
        source.map(Translation::title).orElse(null), source.map(s -> MarkdownRenderer.render(s.body()).html()).orElse(null),
        values.getOrDefault("title", ""), values.getOrDefault("summary", ""), values.getOrDefault("body", ""), values.getOrDefault("message", ""),
        values.getOrDefault("state", existing.map(t -> t.state().code()).orElse("draft")),
        Integer.parseInt(values.getOrDefault("base", String.valueOf(existing.map(Translation::currentRevision).orElse(0))).isBlank()
            ? "0" : values.getOrDefault("base", String.valueOf(existing.map(Translation::currentRevision).orElse(0)))),
        csrf, editUrl(ui, article, target), editUrl(ui, article, target) + "/history",
        base + "/api/articles/" + article.slug().value() + "/translations/" + target.code() + "/preview", preview, problem, saved, changes, outdated,
        conflict);
    Map<String, String> withSource = new HashMap<>(values);
    withSource.putIfAbsent("sourceRevision", sourceRevision);
    render(response, status, "pages/editor-edit.jte",
        new Page(base, ui, texts.t(titleKey, "lang", texts.language(target)), null, "/editor/" + article.slug().value() + "/" + target.code(), List.of(), texts),
        new EditViewWithSource(view, withSource.get("sourceRevision")));
  }

  /** The editing view and the source revision the form says it translates. */
  public record EditViewWithSource(EditorViews.EditView view, String sourceRevision) {}

  private void history(HttpServletRequest request, HttpServletResponse response, Language ui, Article article, Language target) throws IOException {
    Texts texts = new Texts(messages, ui);
    Translation translation = editor.find(article.slug(), target);
    Integer from = Optional.ofNullable(request.getParameter("from")).map(Integer::valueOf).orElse(null);
    List<LineDiff.Line> diff = from == null ? List.of()
        : translation.revision(from).map(r -> LineDiff.folded(LineDiff.between(r.content().body(), translation.newest().content().body()), DIFF_CONTEXT))
            .orElse(List.of());
    String historyUrl = editUrl(ui, article, target) + "/history";
    List<EditorViews.HistoryView.Entry> entries = new ArrayList<>();
    DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLocale(ui.locale()));
    for (Revision r : translation.revisions().reversed()) {
      entries.add(new EditorViews.HistoryView.Entry(r.number(), format.format(Date.from(r.createdAt().toInstant())), r.author(), r.savedAs().code(),
          r.message().orElse(null), translation.publishedRevision().filter(p -> p == r.number()).isPresent(), historyUrl + "?from=" + r.number() + "#diff"));
    }
    String csrf = FormGuard.csrfToken(request);
    render(response, 200, "pages/editor-history.jte",
        new Page(base, ui, texts.t("editor.history"), null, "/editor/" + article.slug().value() + "/" + target.code() + "/history", List.of(), texts),
        new EditorViews.HistoryView(article.slug().value(), target.code(), texts.language(target), entries, editUrl(ui, article, target), historyUrl, csrf,
            translation.currentRevision(), from, diff));
  }

  /** The translation this language's text is made from: the article's source, unless this is the source. */
  private static Optional<Translation> sourceFor(Article article, Language target) {
    return article.sourceTranslation().filter(s -> s.language() != target)
        .filter(s -> article.translation(target).map(t -> t.translationOf().isPresent()).orElse(true));
  }

  private static Map<String, String> formOf(Translation translation) {
    TranslationContent content = translation.newest().content();
    Map<String, String> form = new HashMap<>();
    form.put("title", content.title());
    form.put("summary", content.summary().orElse(""));
    form.put("body", content.body());
    form.put("state", translation.state().code());
    form.put("base", String.valueOf(translation.currentRevision()));
    content.sourceRevision().ifPresent(r -> form.put("sourceRevision", String.valueOf(r)));
    return form;
  }

  private Article article(String slug) {
    return Slug.parse(slug).flatMap(articles::find).orElseThrow(() -> new InvalidInputException("Not found", slug));
  }

  private String editUrl(Language ui, Article article, Language target) {
    return editUrl(ui, article.slug().value(), target);
  }

  private String editUrl(Language ui, String slug, Language target) {
    return base + "/" + ui.code() + "/editor/" + slug + "/" + target.code();
  }

  private static List<String> parts(HttpServletRequest request) {
    String info = Optional.ofNullable(request.getPathInfo()).orElse("");
    return java.util.Arrays.stream(info.split("/")).filter(p -> !p.isEmpty()).toList();
  }

  private void signIn(HttpServletRequest request, HttpServletResponse response, Language ui) {
    String back = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    redirect(response, base + "/" + ui.code() + "/sign-in?returnTo=" + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8));
  }



  private void render(HttpServletResponse response, int status, String template, Page page, Object view) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page);
    parameters.put("view", view);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(templates.render(template, parameters));
  }

  private static void redirect(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }

}
