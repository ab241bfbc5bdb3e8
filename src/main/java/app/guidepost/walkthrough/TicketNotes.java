package app.guidepost.walkthrough;

import app.guidepost.article.Audience;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.LinkedSections;
import app.guidepost.guide.Outcome;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a walkthrough into ticket notes in any language: the steps taken, the answers given,
 * how it ended and the article sections shown, with their revisions. The texts come from the
 * guide in the language asked for, whatever language the visitor walked in, so an agent can
 * read in German what a visitor did in Vietnamese.
 */
@ApplicationScoped
public class TicketNotes {

  @Inject GuideCatalog catalog;
  @Inject Walkthroughs walkthroughs;
  @Inject LinkedSections sections;
  @Inject FallbackChains fallbackChains;
  @Inject Messages messages;
  @Inject Clock clock;

  /** The notes of one walkthrough, as data and as text ready to paste. */
  public record Transcript(
      long reference, String lang, String walkLang, String guide, String guideTitle, OffsetDateTime startedAt, OffsetDateTime updatedAt,
      String status, Ending outcome, List<Step> steps, String text) {

    /** A step reached: its texts in the notes' language, the answer given (none at the step reached last), the sections shown. */
    public record Step(
        int position, String guide, String step, String ticketStep, String ticketStepName, String title, String answer, String answerLabel,
        List<ShownSections.Entry> articles) {}

    /** How the walkthrough ended. */
    public record Ending(String kind, Integer tier, String guide, String guideTitle) {}
  }

  public Transcript transcript(Walkthrough walkthrough, Language language) {
    List<Transcript.Step> steps = new ArrayList<>();
    List<Answer> answers = walkthrough.answers();
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      steps.add(step(i + 1, answer.guide(), answer.step(), Optional.of(answer), stillShown(walkthrough, ShownSections.read(answer.shown())), language));
    }
    steps.add(step(answers.size() + 1, walkthrough.currentGuide(), walkthrough.currentStep(), Optional.empty(),
        ShownSections.entries(walkthroughs.shownAt(walkthrough)), language));
    Optional<Outcome> ending = walkthroughs.currentStep(walkthrough, true).flatMap(GuideStep::outcome)
        .filter(o -> o.kind() != Outcome.Kind.CONTINUE);
    Transcript.Ending outcome = ending
        .map(o -> new Transcript.Ending(o.kind().code(), o.tier().orElse(null), o.guide().orElse(null), o.guide().map(g -> guideTitle(g, language)).orElse(null)))
        .orElse(null);
    String status = walkthrough.handedOver() ? "handed-over"
        : outcome != null ? "ended"
        : walkthrough.isExpired(OffsetDateTime.now(clock)) ? "expired"
        : "in-progress";
    String guideTitle = guideTitle(walkthrough.guide(), language);
    Transcript draft = new Transcript(
        walkthrough.id(), language.code(), walkthrough.language().code(), walkthrough.guide(), guideTitle, walkthrough.startedAt(),
        walkthrough.updatedAt(), status, outcome, steps, "");
    return new Transcript(
        draft.reference(), draft.lang(), draft.walkLang(), draft.guide(), draft.guideTitle(), draft.startedAt(), draft.updatedAt(), draft.status(),
        draft.outcome(), draft.steps(), text(draft, walkthrough, ending, language));
  }

  /**
   * The sections recorded at an answer that may still be named: in a public walkthrough, those
   * of articles that are public now (one made internal since disappears from its notes).
   */
  private List<ShownSections.Entry> stillShown(Walkthrough walkthrough, List<ShownSections.Entry> recorded) {
    if (walkthrough.audience() != Audience.PUBLIC) {
      return recorded;
    }
    return recorded.stream().filter(entry -> sections.isPublic(entry.article())).toList();
  }

  private Transcript.Step step(int position, String guide, String stepId, Optional<Answer> answer, List<ShownSections.Entry> shown, Language language) {
    Optional<GuideCatalog.PublishedGuide> published = catalog.guide(guide);
    Optional<GuideStep> step = published.map(p -> p.guide().stepsById().get(stepId));
    Optional<GuideTexts.StepText> text = published.flatMap(p -> texts(p, language)).map(t -> t.steps().get(stepId));
    Optional<String> ticketStep = step.flatMap(GuideStep::ticketStep);
    String choice = answer.flatMap(Answer::choice).orElse(null);
    String label = null;
    if (answer.isPresent()) {
      if (choice != null) {
        label = text.map(t -> t.choices().get(choice)).orElse(choice);
      } else {
        Optional<Outcome> continues = step.flatMap(GuideStep::outcome).filter(o -> o.kind() == Outcome.Kind.CONTINUE);
        label = continues.isPresent()
            ? messages.format(language, "notes.outcome.continue", Map.of("guide", guideTitle(continues.get().guide().orElse(""), language)))
            : messages.format(language, "notes.readOn", Map.of());
      }
    }
    return new Transcript.Step(
        position, guide, stepId, ticketStep.orElse(null),
        ticketStep.flatMap(catalog::ticketStep).map(t -> t.name(language)).orElse(null),
        text.map(GuideTexts.StepText::title).orElse(stepId), choice, label, shown);
  }

  private String text(Transcript transcript, Walkthrough walkthrough, Optional<Outcome> ending, Language language) {
    StringBuilder out = new StringBuilder();
    out.append(messages.format(language, "notes.title", Map.of("guide", transcript.guideTitle()))).append('\n');
    out.append(messages.format(language, "notes.started", Map.of("started", dateTime(transcript.startedAt(), language)))).append('\n');
    out.append(messages.format(language, "notes.walkedIn", Map.of("language", messages.languageName(language, walkthrough.language())))).append("\n\n");
    for (Transcript.Step step : transcript.steps()) {
      out.append(step.position()).append(". ").append(step.title()).append('\n');
      if (step.answerLabel() != null) {
        out.append("   ").append(step.answer() != null ? messages.format(language, "notes.answer", Map.of("answer", step.answerLabel())) : step.answerLabel()).append('\n');
      }
    }
    Transcript.Step last = transcript.steps().get(transcript.steps().size() - 1);
    out.append('\n').append(ending.map(o -> outcomeLine(o, language))
        .orElseGet(() -> messages.format(language, "notes.inProgress", Map.of("step", last.title())))).append('\n');
    Set<ShownSections.Entry> articles = new LinkedHashSet<>();
    transcript.steps().forEach(step -> articles.addAll(step.articles()));
    if (!articles.isEmpty()) {
      out.append('\n').append(messages.format(language, "notes.articlesShown", Map.of())).append('\n');
      for (ShownSections.Entry entry : articles) {
        out.append("- ").append(messages.format(language, "notes.articleShown", Map.of(
            "article", entry.articleTitle(), "section", entry.sectionTitle(),
            "language", messages.languageName(language, entry.language()), "revision", entry.revision()))).append('\n');
      }
    }
    return out.toString();
  }

  private String outcomeLine(Outcome outcome, Language language) {
    return switch (outcome.kind()) {
      case ESCALATE -> messages.format(language, "notes.outcome.escalate", Map.of("tier", outcome.tier().map(String::valueOf).orElse("none")));
      case CONTINUE -> messages.format(language, "notes.outcome.continue", Map.of("guide", guideTitle(outcome.guide().orElse(""), language)));
      default -> messages.format(language, "notes.outcome." + outcome.kind().code(), Map.of());
    };
  }

  private String guideTitle(String slug, Language language) {
    return catalog.guide(slug).flatMap(p -> texts(p, language)).map(GuideTexts::title).orElse(slug);
  }

  private Optional<GuideTexts> texts(GuideCatalog.PublishedGuide guide, Language language) {
    return Optional.of(guide.textsFor(language, fallbackChains.chainFor(language)));
  }

  private static String dateTime(OffsetDateTime at, Language language) {
    DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLocale(language.locale()));
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    return format.format(Date.from(at.toInstant()));
  }

}
