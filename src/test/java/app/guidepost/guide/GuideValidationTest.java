package app.guidepost.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.article.Slug;
import app.guidepost.content.ContentFileException;
import app.guidepost.content.GuideFiles;
import app.guidepost.i18n.Language;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Guide validation, one broken fixture per kind of error, each located by its line. */
class GuideValidationTest {

  private static final Set<String> TICKET_STEPS = Set.of("greet", "clarify", "troubleshoot", "resolve");
  private static final Predicate<String> LINKS = Set.of("anatomy-of-an-interaction#start-with-a-good-greeting")::contains;

  private static final String VALID =
      """
      audience: public
      source: en
      start: greet
      steps:
        - id: greet
          ticket_step: greet
          links: [anatomy-of-an-interaction#start-with-a-good-greeting]
          next: problem
        - id: problem
          ticket_step: clarify
          choices:
            - id: whole-machine
              next: solved
            - id: one-page
              next: ask-support
        - id: solved
          outcome: resolved
        - id: ask-support
          outcome: contact-support
      """;

  private static Guide guide(String yaml) throws ContentFileException {
    return GuideFiles.guide(new Slug("cant-get-online"), yaml);
  }

  private static List<GuideProblem> problems(String yaml) throws ContentFileException {
    return guide(yaml).problems(TICKET_STEPS, LINKS);
  }

  @Test
  void aValidGuideHasNoProblems() throws Exception {
    Guide guide = guide(VALID);
    assertThat(guide.problems(TICKET_STEPS, LINKS)).isEmpty();
    assertThat(guide.stepsById()).containsOnlyKeys("greet", "problem", "solved", "ask-support");
    assertThat(guide.stepsById().get("problem").leadsTo()).containsExactly("solved", "ask-support");
  }

  @Test
  void anUnknownStepIdIsReportedOnTheLineThatNamesIt() throws Exception {
    assertThat(problems(VALID.replace("next: solved", "next: sloved")))
        .containsExactly(new GuideProblem(12, "choice 'whole-machine' leads to an unknown step 'sloved'"));
    assertThat(problems(VALID.replace("start: greet", "start: hello")))
        .containsExactly(new GuideProblem(3, "'start' names an unknown step 'hello'"));
  }

  @Test
  void anUnreachableStepIsReported() throws Exception {
    String yaml = VALID + "  - id: orphan\n    outcome: resolved\n";
    assertThat(problems(yaml)).containsExactly(new GuideProblem(20, "step 'orphan' cannot be reached from the start"));
  }

  @Test
  void aLoopWithoutAnExitIsReported() throws Exception {
    String yaml = VALID.replace("next: ask-support", "next: loop") + "  - id: loop\n    next: again\n  - id: again\n    next: loop\n";
    assertThat(problems(yaml)).extracting(GuideProblem::message)
        .containsExactly(
            "step 'ask-support' cannot be reached from the start",
            "from step 'loop' no outcome can be reached (a loop with no way out)",
            "from step 'again' no outcome can be reached (a loop with no way out)");
  }

  @Test
  void aLinkToAMissingArticleOrAnchorIsReported() throws Exception {
    assertThat(problems(VALID.replace("#start-with-a-good-greeting", "#no-such-section")))
        .containsExactly(new GuideProblem(5, "step 'greet' links 'anatomy-of-an-interaction#no-such-section', which is not an article section"));
  }

  @Test
  void anUnknownTicketStepIsReported() throws Exception {
    assertThat(problems(VALID.replace("ticket_step: clarify", "ticket_step: clarfy")))
        .containsExactly(new GuideProblem(9, "step 'problem' names an unknown ticket step 'clarfy'"));
  }

  @Test
  void aStepMustHaveExactlyOneWayOn() {
    assertThatThrownBy(() -> guide(VALID.replace("    outcome: resolved", "    outcome: resolved\n    next: greet")))
        .isInstanceOfSatisfying(ContentFileException.class, e -> {
          assertThat(e.line()).isEqualTo(16);
          assertThat(e.getMessage()).contains("exactly one of 'next', 'choices' or 'outcome'");
        });
  }

  @Test
  void malformedFieldsAreReportedWithTheirLine() {
    assertLine(VALID.replace("audience: public", "audience: everyone"), 1, "public or agent");
    assertLine(VALID.replace("source: en", "source: fr"), 2, "unknown language 'fr'");
    assertLine(VALID.replace("    outcome: contact-support", "    outcome: give-up"), 19, "resolved, escalate, contact-support or continue");
    assertLine(VALID.replace("    outcome: contact-support", "    outcome: escalate\n    tier: 7"), 20, "'tier' must be 1, 2 or 3");
    assertLine(VALID.replace("links: [anatomy-of-an-interaction#start-with-a-good-greeting]", "links: [just-a-slug]"), 7, "article-slug#anchor");
    assertLine(VALID.replace("  - id: greet", "  - id: Greet Step"), 5, "must be a slug");
    assertLine(VALID.replace("source: en", "source: en\ncolour: blue"), 3, "unknown field 'colour'");
    assertLine(VALID.replace("start: greet", "start: !!java.io.File greet"), 3, "YAML tags");
  }

  @Test
  void missingTextsAreReported() throws Exception {
    Guide guide = guide(VALID);
    GuideTexts texts = GuideFiles.texts(Language.EN, """
        title: I can't get online
        steps:
          greet:
            title: Let's see
            body: What is wrong?
          problem:
            title: What is not working?
            body: Nothing, or one page?
            choices:
              whole-machine: Nothing loads
          solved:
            title: Solved
            body: You are online again.
          extra:
            title: Not a step
            body: x
        """);
    assertThat(texts.problems(guide)).containsExactlyInAnyOrder(
        new GuideProblem(14, "texts for an unknown step 'extra'"),
        new GuideProblem(6, "step 'problem' has no label for choice 'one-page'"),
        new GuideProblem(1, "no texts for step 'ask-support'"));
  }

  @Test
  void aTextFileNeedsATitleAndEveryStepATitleAndBody() {
    assertThatThrownBy(() -> GuideFiles.texts(Language.VI, "steps:\n  greet:\n    title: Chào\n    body: x\n"))
        .hasMessageContaining("'title' is missing");
    assertThatThrownBy(() -> GuideFiles.texts(Language.VI, "title: T\nsteps:\n  greet:\n    title: Chào\n"))
        .isInstanceOfSatisfying(ContentFileException.class, e -> assertThat(e.getMessage()).contains("'body' is missing"));
  }

  @Test
  void ticketStepsNeedANameInEveryLanguage() throws Exception {
    String all = "- id: greet\n  en: Greet\n  vi: Chào hỏi\n  nb: Hils\n  de: Begrüßen\n  ar: الترحيب\n";
    assertThat(GuideFiles.ticketSteps(all)).singleElement().satisfies(step -> assertThat(step.name(Language.DE)).isEqualTo("Begrüßen"));
    assertThatThrownBy(() -> GuideFiles.ticketSteps("- id: greet\n  en: Greet\n")).hasMessageContaining("no name in vi");
    assertThatThrownBy(() -> GuideFiles.ticketSteps(all + all)).hasMessageContaining("appears twice");
  }

  private static void assertLine(String yaml, int line, String message) {
    assertThatThrownBy(() -> guide(yaml))
        .isInstanceOfSatisfying(ContentFileException.class, e -> {
          assertThat(e.getMessage()).contains(message);
          assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        });
  }
}
