package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.content.ContentFileException;
import app.guidepost.content.GuideFiles;
import app.guidepost.content.GuideTextsWriter;
import app.guidepost.editing.GuideTextEditor;
import app.guidepost.guide.Choice;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Editors' view of a guide's texts in one language, beside the source language's, and saving
 * them with {@code If-Match} (the revision the editor started from; {@code "0"} when the
 * language has no texts yet). Saved texts are published at once.
 */
@Path("guides/{slug}/texts/{lang}")
@Produces(MediaType.APPLICATION_JSON)
public class GuideTextsResource {

  private static final Set<String> FIELDS = Set.of("title", "summary", "steps", "message");
  private static final Set<String> STEP_FIELDS = Set.of("title", "body", "choices");

  @PathParam("slug") String slug;
  @PathParam("lang") String lang;

  @Inject GuideRepository guides;
  @Inject GuideTextEditor editor;
  @Inject Caller caller;
  @Inject Readiness readiness;

  /** The texts of one language (empty fields when it has none yet), with the source's beside them. */
  public record TextsView(
      String slug, String lang, int revision, String sourceLang, Integer sourceRevision, Integer translatedFromRevision, Boolean outdated,
      String title, String summary, List<StepView> steps, SourceView source) {}

  /** One step: its texts in this language and its choices. */
  public record StepView(String id, String title, String body, List<ChoiceView> choices) {}

  /** A choice and its label. */
  public record ChoiceView(String id, String label) {}

  /** The source language's texts, for translating beside them. */
  public record SourceView(String lang, int revision, String title, String summary, List<StepView> steps) {}

  @GET
  public Response texts() {
    caller.require(Role.EDITOR, "Editing guides");
    readiness.requireReady();
    StoredGuide stored = guide();
    Language language = Language.require(lang);
    return tagged(Response.ok(view(stored, language)), stored, language).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(String body, @HeaderParam("If-Match") String ifMatch) {
    Language language = Language.require(lang);
    caller.require(Role.EDITOR, "Editing guides");
    if (!caller.mayEdit(language)) {
      throw new Caller.NotAllowedException("This account may not edit texts in " + language.code() + ".");
    }
    readiness.requireReady();
    StoredGuide stored = guide();
    Guide shape = GuideTextEditor.shape(stored);
    JsonObject json = JsonBodies.text(body, FIELDS);
    GuideTextEditor.Input input = new GuideTextEditor.Input(
        JsonBodies.requiredString(json, "title"), JsonBodies.string(json, "summary"), steps(json, shape));
    Optional<Integer> basedOn = IfMatch.revision(ifMatch);
    GuideTextEditor.Saved saved = editor.save(stored, language, input,
        basedOn.isEmpty() && stored.text(language).isEmpty() ? Optional.of(0) : basedOn, caller.actor(), JsonBodies.string(json, "message"));
    StoredGuide now = guides.find(stored.slug()).orElseThrow();
    return tagged(Response.ok(view(now, language)), now, language).build();
  }

  private StoredGuide guide() {
    return guides.find(slug).orElseThrow(() -> new GuideNotFoundException(InvalidInputException.excerpt(slug)));
  }

  /** The steps object, each step's fields checked against the guide: unknown steps and choices are refused, not dropped. */
  private static Map<String, GuideTextsWriter.StepTexts> steps(JsonObject json, Guide guide) {
    JsonValue value = json.get("steps");
    if (!(value instanceof JsonObject steps)) {
      throw new InvalidInputException("Invalid steps", "'steps' must be an object of step ids, each with 'title', 'body' and 'choices'.");
    }
    Map<String, GuideStep> known = guide.stepsById();
    Map<String, GuideTextsWriter.StepTexts> texts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : steps.entrySet()) {
      GuideStep step = known.get(entry.getKey());
      if (step == null) {
        throw new InvalidInputException("Unknown step", "Guide '" + guide.slug() + "' has no step '" + InvalidInputException.excerpt(entry.getKey())
            + "'; its steps are " + known.keySet().stream().sorted().toList() + ".");
      }
      if (!(entry.getValue() instanceof JsonObject fields)) {
        throw new InvalidInputException("Invalid steps", "Step '" + step.id() + "' must be an object with 'title', 'body' and 'choices'.");
      }
      JsonObject checked = JsonBodies.object(fields.toString(), STEP_FIELDS);
      Map<String, String> labels = new LinkedHashMap<>();
      JsonValue choices = checked.get("choices");
      if (choices != null && !(choices instanceof JsonObject)) {
        throw new InvalidInputException("Invalid choices", "The choices of step '" + step.id() + "' must be an object of choice ids and labels.");
      }
      if (choices instanceof JsonObject byId) {
        Set<String> ids = step.choices().stream().map(Choice::id).collect(java.util.stream.Collectors.toSet());
        for (String id : byId.keySet()) {
          if (!ids.contains(id)) {
            throw new InvalidInputException("Unknown choice", "Step '" + step.id() + "' has no choice '" + InvalidInputException.excerpt(id)
                + "'; its choices are " + ids.stream().sorted().toList() + ".");
          }
          labels.put(id, JsonBodies.string(byId, id).orElse(""));
        }
      }
      texts.put(step.id(), new GuideTextsWriter.StepTexts(
          JsonBodies.string(checked, "title").orElse(""), JsonBodies.string(checked, "body").orElse(""), labels));
    }
    return texts;
  }

  private static TextsView view(StoredGuide stored, Language language) {
    Guide shape = GuideTextEditor.shape(stored);
    Optional<GuideTranslation> own = stored.text(language);
    Optional<GuideTexts> texts = own.flatMap(t -> parsed(language, t));
    Optional<GuideTranslation> source = language == shape.source() ? Optional.empty() : stored.text(shape.source());
    Integer translatedFrom = own.flatMap(GuideTranslation::sourceRevision).orElse(null);
    Boolean outdated = stored.isOutdated(language).orElse(null);
    return new TextsView(stored.slug(), language.code(), own.map(GuideTranslation::currentRevision).orElse(0), shape.source().code(),
        source.map(GuideTranslation::currentRevision).orElse(null), translatedFrom, outdated,
        texts.map(GuideTexts::title).orElse(""), texts.flatMap(GuideTexts::summary).orElse(""), steps(shape, texts),
        source.flatMap(s -> parsed(shape.source(), s).map(t -> new SourceView(shape.source().code(), s.currentRevision(), t.title(),
            t.summary().orElse(""), steps(shape, Optional.of(t))))).orElse(null));
  }

  private static List<StepView> steps(Guide shape, Optional<GuideTexts> texts) {
    List<StepView> steps = new ArrayList<>();
    for (GuideStep step : shape.steps()) {
      Optional<GuideTexts.StepText> text = texts.flatMap(t -> Optional.ofNullable(t.steps().get(step.id())));
      steps.add(new StepView(step.id(), text.map(GuideTexts.StepText::title).orElse(""), text.map(GuideTexts.StepText::body).orElse(""),
          step.choices().stream().map(c -> new ChoiceView(c.id(), text.map(t -> t.choices().getOrDefault(c.id(), "")).orElse(""))).toList()));
    }
    return steps;
  }

  private static Optional<GuideTexts> parsed(Language language, GuideTranslation translation) {
    try {
      return Optional.of(GuideFiles.texts(language, translation.body()));
    } catch (ContentFileException e) {
      return Optional.empty();
    }
  }

  private static Response.ResponseBuilder tagged(Response.ResponseBuilder answer, StoredGuide stored, Language language) {
    int revision = stored.text(language).map(GuideTranslation::currentRevision).orElse(0);
    return answer.tag(new EntityTag(String.valueOf(revision))).cacheControl(Caching.noStore());
  }
}
