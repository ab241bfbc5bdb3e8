package app.guidepost.content;

import app.guidepost.text.UnsafeCharacters;
import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.guide.Choice;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.Outcome;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.Language;
import app.guidepost.text.LineEnds;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the guided-help files of the content folder (format: docs/guides.md):
 * {@code ticket-steps.yaml}, a guide's {@code guide.yaml} and its {@code <lang>.yaml} texts.
 * Every problem is located by line; the graph itself is checked by {@link Guide#problems}.
 */
public final class GuideFiles {

  private static final Pattern LINK = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*#[\\p{L}\\p{N}-]{1,80}");
  private static final int MAX_TITLE = 200;
  private static final int MAX_BODY = 8_000;

  private GuideFiles() {}

  public static List<TicketStep> ticketSteps(String yaml) throws ContentFileException {
    Optional<Node> root = SafeYaml.compose(yaml, "ticket-steps");
    if (root.isEmpty()) {
      throw new ContentFileException(1, "the file lists no ticket steps");
    }
    List<TicketStep> steps = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (Node item : SafeYaml.list(root.get(), "the ticket steps")) {
      Map<String, Node> fields = SafeYaml.fields(item, "a ticket step");
      String id = slug(fields, item, "id");
      if (!ids.add(id)) {
        throw new ContentFileException(SafeYaml.line(item), "ticket step '" + id + "' appears twice");
      }
      Map<Language, String> names = new EnumMap<>(Language.class);
      for (Map.Entry<String, Node> field : fields.entrySet()) {
        if (!field.getKey().equals("id")) {
          Language language = language(field.getKey(), field.getValue());
          names.put(language, text(field.getValue(), "the name", MAX_TITLE));
        }
      }
      for (Language language : Language.values()) {
        if (!names.containsKey(language)) {
          throw new ContentFileException(SafeYaml.line(item), "ticket step '" + id + "' has no name in " + language.code());
        }
      }
      steps.add(new TicketStep(id, names));
    }
    return steps;
  }

  public static Guide guide(Slug slug, String yaml) throws ContentFileException {
    Node root = SafeYaml.compose(yaml, "guide").orElseThrow(() -> new ContentFileException(1, "the guide is empty"));
    Map<String, Node> fields = SafeYaml.fields(root, "a guide");
    known(fields, root, Set.of("audience", "source", "start", "steps"));
    String audienceCode = SafeYaml.scalar(required(fields, root, "audience").get(), "'audience'");
    Audience audience = Audience.fromCode(audienceCode)
        .orElseThrow(() -> new ContentFileException(SafeYaml.keyLine(root, "audience"), "'audience' must be public or agent"));
    Language source = language(SafeYaml.scalar(required(fields, root, "source").get(), "'source'"), fields.get("source"));
    String start = SafeYaml.scalar(required(fields, root, "start").get(), "'start'");
    List<GuideStep> steps = new ArrayList<>();
    for (Node item : SafeYaml.list(required(fields, root, "steps").get(), "'steps'")) {
      steps.add(step(item));
    }
    return new Guide(slug.value(), audience, source, start, SafeYaml.keyLine(root, "start"), steps);
  }

  private static GuideStep step(Node item) throws ContentFileException {
    Map<String, Node> fields = SafeYaml.fields(item, "a step");
    known(fields, item, Set.of("id", "ticket_step", "links", "next", "choices", "outcome", "tier", "guide"));
    String id = slug(fields, item, "id");
    Optional<String> ticketStep = fields.containsKey("ticket_step") ? Optional.of(SafeYaml.scalar(fields.get("ticket_step"), "'ticket_step'")) : Optional.empty();
    List<String> links = new ArrayList<>();
    if (fields.containsKey("links")) {
      for (Node link : SafeYaml.list(fields.get("links"), "'links'")) {
        String value = SafeYaml.scalar(link, "a link");
        if (!LINK.matcher(value).matches()) {
          throw new ContentFileException(SafeYaml.line(link), "a link must be article-slug#anchor, not '" + value + "'");
        }
        links.add(value);
      }
    }
    Optional<String> next = fields.containsKey("next") ? Optional.of(SafeYaml.scalar(fields.get("next"), "'next'")) : Optional.empty();
    List<Choice> choices = new ArrayList<>();
    if (fields.containsKey("choices")) {
      for (Node choice : SafeYaml.list(fields.get("choices"), "'choices'")) {
        Map<String, Node> choiceFields = SafeYaml.fields(choice, "a choice");
        known(choiceFields, choice, Set.of("id", "next"));
        choices.add(new Choice(slug(choiceFields, choice, "id"), SafeYaml.scalar(required(choiceFields, choice, "next").get(), "'next'"), SafeYaml.line(choice)));
      }
    }
    Optional<Outcome> outcome = Optional.empty();
    if (fields.containsKey("outcome")) {
      String code = SafeYaml.scalar(fields.get("outcome"), "'outcome'");
      Outcome.Kind kind = Outcome.Kind.fromCode(code).orElseThrow(() -> new ContentFileException(
          SafeYaml.line(fields.get("outcome")), "'outcome' must be resolved, escalate, contact-support or continue, not '" + code + "'"));
      Optional<Integer> tier = Optional.empty();
      Optional<String> guide = Optional.empty();
      if (kind == Outcome.Kind.ESCALATE) {
        String value = SafeYaml.scalar(required(fields, item, "tier").get(), "'tier'");
        if (!value.matches("[123]")) {
          throw new ContentFileException(SafeYaml.line(fields.get("tier")), "'tier' must be 1, 2 or 3");
        }
        tier = Optional.of(Integer.parseInt(value));
      }
      if (kind == Outcome.Kind.CONTINUE) {
        guide = Optional.of(slug(fields, item, "guide"));
      }
      outcome = Optional.of(new Outcome(kind, tier, guide));
    }
    int ways = (next.isPresent() ? 1 : 0) + (choices.isEmpty() ? 0 : 1) + (outcome.isPresent() ? 1 : 0);
    if (ways != 1) {
      throw new ContentFileException(SafeYaml.line(item), "step '" + id + "' needs exactly one of 'next', 'choices' or 'outcome'");
    }
    return new GuideStep(id, SafeYaml.line(item), ticketStep, links, next, choices, outcome);
  }

  public static GuideTexts texts(Language language, String yaml) throws ContentFileException {
    Node root = SafeYaml.compose(yaml, "guide texts").orElseThrow(() -> new ContentFileException(1, "the file is empty"));
    Map<String, Node> fields = SafeYaml.fields(root, "the texts");
    known(fields, root, Set.of("title", "summary", "translation_of", "source_revision", "steps"));
    String title = text(required(fields, root, "title").get(), "'title'", MAX_TITLE);
    Optional<String> summary = fields.containsKey("summary") ? Optional.of(text(fields.get("summary"), "'summary'", 300)) : Optional.empty();
    Optional<Language> translationOf = fields.containsKey("translation_of")
        ? Optional.of(language(SafeYaml.scalar(fields.get("translation_of"), "'translation_of'"), fields.get("translation_of")))
        : Optional.empty();
    Optional<Integer> sourceRevision = Optional.empty();
    if (fields.containsKey("source_revision")) {
      String value = SafeYaml.scalar(fields.get("source_revision"), "'source_revision'");
      if (!value.matches("[1-9][0-9]{0,5}")) {
        throw new ContentFileException(SafeYaml.line(fields.get("source_revision")), "'source_revision' must be a whole number of 1 or more");
      }
      sourceRevision = Optional.of(Integer.parseInt(value));
    }
    Map<String, GuideTexts.StepText> steps = new LinkedHashMap<>();
    Node stepsNode = required(fields, root, "steps").get();
    for (Map.Entry<String, Node> step : SafeYaml.fields(stepsNode, "'steps'").entrySet()) {
      Node node = step.getValue();
      Map<String, Node> stepFields = SafeYaml.fields(node, "the texts of step '" + step.getKey() + "'");
      known(stepFields, node, Set.of("title", "body", "choices"));
      Map<String, String> labels = new LinkedHashMap<>();
      if (stepFields.containsKey("choices")) {
        for (Map.Entry<String, Node> label : SafeYaml.fields(stepFields.get("choices"), "'choices'").entrySet()) {
          labels.put(label.getKey(), text(label.getValue(), "a choice label", MAX_TITLE));
        }
      }
      steps.put(step.getKey(), new GuideTexts.StepText(
          SafeYaml.keyLine(stepsNode, step.getKey()),
          text(required(stepFields, node, "title").get(), "'title'", MAX_TITLE),
          text(required(stepFields, node, "body").get(), "'body'", MAX_BODY),
          labels));
    }
    return new GuideTexts(language, title, summary, translationOf, sourceRevision, steps);
  }

  private static Optional<Node> required(Map<String, Node> fields, Node owner, String key) throws ContentFileException {
    if (!fields.containsKey(key)) {
      throw new ContentFileException(SafeYaml.line(owner), "'" + key + "' is missing");
    }
    return Optional.of(fields.get(key));
  }

  private static void known(Map<String, Node> fields, Node owner, Set<String> allowed) throws ContentFileException {
    for (String key : fields.keySet()) {
      if (!allowed.contains(key)) {
        throw new ContentFileException(SafeYaml.keyLine(owner, key), "unknown field '" + key + "'");
      }
    }
  }

  private static String slug(Map<String, Node> fields, Node owner, String key) throws ContentFileException {
    String value = SafeYaml.scalar(required(fields, owner, key).get(), "'" + key + "'");
    if (!Slug.isValid(value)) {
      throw new ContentFileException(SafeYaml.line(fields.get(key)), "'" + key + "' must be a slug (lowercase a-z, digits, hyphens), not '" + value + "'");
    }
    return value;
  }

  private static Language language(String code, Node node) throws ContentFileException {
    return Language.fromCode(code).orElseThrow(() -> new ContentFileException(SafeYaml.line(node), "unknown language '" + code + "'; use en, vi, nb, de or ar"));
  }

  private static String text(Node node, String what, int max) throws ContentFileException {
    String value = LineEnds.lf(SafeYaml.scalar(node, what));
    if (value.isEmpty()) {
      throw new ContentFileException(SafeYaml.line(node), what + " is empty");
    }
    if (value.length() > max) {
      throw new ContentFileException(SafeYaml.line(node), what + " is longer than " + max + " characters");
    }
    // Read by the public on guide pages: the same rule as an article's text.
    if (UnsafeCharacters.in(value)) {
      throw new ContentFileException(SafeYaml.line(node), what + " contains control characters or bidirectional overrides");
    }
    return value;
  }
}
