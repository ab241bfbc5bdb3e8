package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.content.ContentFileException;
import app.guidepost.content.GuideFiles;
import app.guidepost.content.GuideTextsWriter;
import app.guidepost.editing.GuideTextEditor;
import app.guidepost.editing.StaleRevisionException;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.text.LineEnds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/editor/guides/{slug}/{target}}: a guide's texts in one language, step by step
 * beside the source's. The form has a field per text ({@code step.<id>.title},
 * {@code step.<id>.body}, {@code step.<id>.choice.<id>}) and is saved as
 * {@link GuideTextEditor.Input}, the same typed input the API reads from its JSON; checked against
 * the guide's steps and choices, and against the revision the editor started from (409 when
 * someone saved first).
 */
@ApplicationScoped
public class GuideTextsEditorPage {

  @Inject PageResponses responses;
  @Inject ErrorPages errors;
  @Inject GuideRepository guides;
  @Inject GuideTextEditor guideEditor;
  @Inject Caller caller;

  void show(HttpServletRequest request, HttpServletResponse response, Language ui, String slug, String lang) throws IOException {
    StoredGuide guide = guide(slug);
    Language target = Language.require(lang);
    Integer saved = Optional.ofNullable(request.getParameter("saved")).map(Integer::valueOf).orElse(null);
    render(request, response, ui, guide, target, storedForm(guide, target), saved, null, null, 200);
  }

  void save(HttpServletRequest request, HttpServletResponse response, Language ui, String slug, String lang) throws IOException {
    StoredGuide guide;
    Language target;
    try {
      guide = guide(slug);
      target = Language.require(lang);
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
    GuideTextEditor.Input input = input(form, shape);
    int basedOn;
    try {
      basedOn = Integer.parseInt(form.getOrDefault("base", "0"));
    } catch (NumberFormatException e) {
      errors.render(request, response, request.getRequestURI(), 400);
      return;
    }
    try {
      if (input.title().isBlank()) {
        throw new InvalidInputException("Missing title", responses.texts(ui).t("editor.guide.titleRequired"));
      }
      GuideTextEditor.Saved saved = guideEditor.save(guide, target, input, Optional.of(basedOn), caller.actor(),
          Optional.of(form.getOrDefault("message", "")));
      PageResponses.redirect(response, EditorLinks.of(request, ui).guide(guide.slug(), target) + "?saved=" + saved.texts().currentRevision(),
          HttpServletResponse.SC_SEE_OTHER);
    } catch (StaleRevisionException e) {
      form.put("base", String.valueOf(e.current()));
      render(request, response, ui, guides.find(guide.slug()).orElseThrow(), target, form, null, e.current(), null, 409);
    } catch (InvalidInputException e) {
      render(request, response, ui, guide, target, form, null, null, e.detail(), 400);
    }
  }

  /** The texts as the form gives them, a step's fields for each step of the guide (empty when not sent). */
  private static GuideTextEditor.Input input(Map<String, String> form, Guide shape) {
    Map<String, GuideTextsWriter.StepTexts> steps = new LinkedHashMap<>();
    for (GuideStep step : shape.steps()) {
      Map<String, String> labels = new LinkedHashMap<>();
      step.choices().forEach(c -> labels.put(c.id(), form.getOrDefault(choiceField(step.id(), c.id()), "")));
      steps.put(step.id(), new GuideTextsWriter.StepTexts(
          form.getOrDefault(stepField(step.id(), "title"), ""), form.getOrDefault(stepField(step.id(), "body"), ""), labels));
    }
    return new GuideTextEditor.Input(form.getOrDefault("title", ""), Optional.of(form.getOrDefault("summary", "")), steps);
  }

  private void render(HttpServletRequest request, HttpServletResponse response, Language ui, StoredGuide guide, Language target,
      Map<String, String> form, Integer saved, Integer conflict, String problem, int status) throws IOException {
    Texts texts = responses.texts(ui);
    Guide shape = GuideTextEditor.shape(guide);
    Optional<GuideTranslation> source = target == shape.source() ? Optional.empty() : guide.text(shape.source());
    Optional<GuideTexts> sourceTexts = source.flatMap(s -> parsedTexts(shape.source(), s));
    List<EditorViews.GuideStepRow> rows = new ArrayList<>();
    for (GuideStep step : shape.steps()) {
      Optional<GuideTexts.StepText> original = sourceTexts.flatMap(t -> Optional.ofNullable(t.steps().get(step.id())));
      rows.add(new EditorViews.GuideStepRow(step.id(), original.map(GuideTexts.StepText::title).orElse(null),
          original.map(o -> MarkdownRenderer.render(o.body()).html()).orElse(null),
          form.getOrDefault(stepField(step.id(), "title"), ""), form.getOrDefault(stepField(step.id(), "body"), ""),
          step.choices().stream().map(c -> new EditorViews.GuideChoiceRow(c.id(), original.map(o -> o.choices().get(c.id())).orElse(null),
              form.getOrDefault(choiceField(step.id(), c.id()), ""))).toList()));
    }
    boolean outdated = guide.isOutdated(target).orElse(false);
    // The flow in this language's saved texts where it has them, else in the source's.
    Optional<GuideTexts> shown = guide.text(target).flatMap(t -> parsedTexts(target, t)).or(() -> sourceTexts);
    String flow = shown.map(t -> FlowDiagram.of(shape, t, sourceTexts.orElse(t), kind -> texts.t("dashboard.outcome." + kind), id -> Optional.empty(),
        texts.t("editor.guide.flowLabel", "guide", t.title(), "steps", shape.steps().size()))).orElse(null);
    EditorViews.GuideEditView view = new EditorViews.GuideEditView(guide.slug(), target.code(), texts.language(target),
        source.map(s -> texts.language(s.language())).orElse(null), source.map(GuideTranslation::currentRevision).orElse(null),
        sourceTexts.map(GuideTexts::title).orElse(null), sourceTexts.flatMap(GuideTexts::summary).orElse(null),
        form.getOrDefault("title", ""), form.getOrDefault("summary", ""), rows, form.getOrDefault("message", ""),
        Integer.parseInt(form.getOrDefault("base", "0")), FormGuard.csrfToken(request), EditorLinks.of(request, ui).guide(guide.slug(), target),
        problem, saved, outdated, conflict, request.getContextPath() + "/" + target.code() + "/guides/" + guide.slug(), flow,
        shown.map(t -> t.language().code()).orElse(null));
    String titleKey = source.isPresent() ? "editor.guide.title" : "editor.guide.titleOwn";
    responses.editorPage(response, status, "pages/editor-guide.jte",
        responses.page(request, ui, texts.t(titleKey, "lang", texts.language(target)), null, "/editor/guides/" + guide.slug() + "/" + target.code(), List.of()),
        view);
  }

  /** The form as the stored texts fill it; empty fields for a language that has none yet. */
  private static Map<String, String> storedForm(StoredGuide guide, Language target) {
    Map<String, String> form = new HashMap<>();
    Optional<GuideTranslation> own = guide.text(target);
    form.put("base", String.valueOf(own.map(GuideTranslation::currentRevision).orElse(0)));
    own.flatMap(t -> parsedTexts(target, t)).ifPresent(texts -> {
      form.put("title", texts.title());
      form.put("summary", texts.summary().orElse(""));
      texts.steps().forEach((id, step) -> {
        form.put(stepField(id, "title"), step.title());
        form.put(stepField(id, "body"), step.body());
        step.choices().forEach((choice, label) -> form.put(choiceField(id, choice), label));
      });
    });
    return form;
  }

  /** The form field of a step's {@code title} or {@code body}. */
  private static String stepField(String step, String text) {
    return "step." + step + "." + text;
  }

  /** The form field of a choice's label. */
  private static String choiceField(String step, String choice) {
    return "step." + step + ".choice." + choice;
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
}
