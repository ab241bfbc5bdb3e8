package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.CategoryCatalog;
import app.guidepost.article.CategoryNames;
import app.guidepost.article.Edit;
import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.Slug;
import app.guidepost.article.TranslationContent;
import app.guidepost.article.WorkflowState;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.editing.TranslationInput;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.platform.ProblemException;
import app.guidepost.text.LineEnds;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/editor/new}: a new article in its first language: its address (slug), category,
 * tags, audience, title, summary and text, saved as a draft, for review or published, with the
 * same checks as the API's ({@link TranslationInput}); then the translation editor opens on it.
 * An address already taken, or a language the editor may not write, is refused with the reason
 * and the form kept.
 */
@ApplicationScoped
public class NewArticlePage {

  static final List<String> FIELDS = List.of("slug", "lang", "title", "summary", "category", "tags", "audience", "body", "state");

  /** What the form shows. */
  public record View(String action, String csrf, Map<String, String> form, List<Option> languages, List<Option> categories, String problem) {}

  /** A choice of a select. */
  public record Option(String value, String label) {}

  @Inject PageResponses responses;
  @Inject ArticleRepository articles;
  @Inject ArticleEditor editor;
  @Inject CategoryCatalog categories;
  @Inject FallbackChains fallbackChains;
  @Inject Caller caller;

  void show(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Map<String, String> form = new HashMap<>();
    form.put("lang", Arrays.stream(Language.values()).filter(caller::mayEdit).findFirst().orElse(ui).code());
    form.put("audience", "public");
    form.put("state", WorkflowState.DRAFT.code());
    render(request, response, ui, form, null, 200);
  }

  void create(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Texts texts = responses.texts(ui);
    Map<String, String> form = new HashMap<>();
    for (String field : FIELDS) {
      form.put(field, LineEnds.lf(Optional.ofNullable(request.getParameter(field)).orElse("")).strip());
    }
    try {
      Slug slug = Slug.parse(form.get("slug")).orElseThrow(() -> new app.guidepost.platform.InvalidInputException("Invalid slug",
          texts.t("newArticle.slugInvalid")));
      if (articles.find(slug).isPresent()) {
        throw new app.guidepost.platform.InvalidInputException("Slug taken", texts.t("newArticle.exists", "slug", Texts.isolated(slug.value())));
      }
      Language language = Language.require(form.get("lang"));
      if (!caller.mayEdit(language)) {
        throw new app.guidepost.platform.InvalidInputException("Language", texts.t("newArticle.notYourLanguage", "language", texts.language(language)));
      }
      List<String> tags = tags(form.get("tags"));
      TranslationContent content = TranslationInput.read(new TranslationInput.Fields(Optional.of(form.get("title")),
          Optional.of(form.get("summary")).filter(s -> !s.isBlank()), Optional.of(form.get("category")).filter(c -> !c.isBlank()), tags,
          Optional.of(form.get("audience")), Optional.empty(), Optional.empty(), Optional.of(form.get("body"))), language);
      WorkflowState state = WorkflowState.fromCode(form.get("state")).orElse(WorkflowState.DRAFT);
      ArticleEditor.Saved saved = editor.save(slug, language, content,
          new Edit(caller.actor(), Optional.of(texts.t("newArticle.message")), state, RevisionOrigin.EDITOR), Optional.empty(), false);
      PageResponses.redirect(response, EditorLinks.of(request, ui).translation(slug.value(), language) + "?saved="
          + saved.translation().currentRevision(), HttpServletResponse.SC_SEE_OTHER);
    } catch (ProblemException e) {
      render(request, response, ui, form, e.detail(), e.status() >= 500 ? 400 : e.status());
    }
  }

  /** Tags as typed: separated by Latin or Arabic commas. */
  static List<String> tags(String typed) {
    return Arrays.stream(typed.split("[,\u060C]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  /** The topics an article can be filed under, named in {@code ui}'s language and sorted as it sorts, after "no topic". */
  static List<Option> categoryOptions(CategoryNames names, List<Language> chain, Language ui, Texts texts) {
    Collator collator = Collator.getInstance(ULocale.forLocale(ui.locale()));
    List<Option> options = new ArrayList<>();
    options.add(new Option("", texts.t("newArticle.noCategory")));
    names.categories().stream().map(slug -> new Option(slug.value(), names.nameOf(slug, ui, chain).text()))
        .sorted(Comparator.comparing(Option::label, collator)).forEach(options::add);
    return options;
  }

  private void render(HttpServletRequest request, HttpServletResponse response, Language ui, Map<String, String> form, String problem, int status)
      throws IOException {
    Texts texts = responses.texts(ui);
    List<Option> languages = Arrays.stream(Language.values()).filter(caller::mayEdit).map(l -> new Option(l.code(), texts.language(l))).toList();
    List<Option> categoryOptions = categoryOptions(categories.current(), fallbackChains.chainFor(ui), ui, texts);
    responses.editorPage(response, status, "pages/editor-new.jte",
        responses.page(request, ui, texts.t("newArticle.title"), null, "/editor/new", List.of()),
        new View(EditorLinks.of(request, ui).list() + "/new", FormGuard.csrfToken(request), form, languages, categoryOptions, problem));
  }
}
