package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Slug;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.Language;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.render.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ticket steps and guides shipped in content/ are complete and link real article sections. */
class ShippedGuidesTest {

  private static final Path CONTENT = Path.of("content");

  @Test
  void ticketStepsCoverTheStagesOfASupportContact() throws Exception {
    List<TicketStep> steps = GuideFiles.ticketSteps(Files.readString(CONTENT.resolve("ticket-steps.yaml")));
    assertThat(steps).extracting(TicketStep::id).contains(
        "greet", "identify-caller", "clarify", "troubleshoot", "hold", "transfer", "take-message", "escalate", "resolve", "close", "follow-up");
  }

  @Test
  void everyShippedGuideIsValidInEveryLanguageItShips() throws Exception {
    Set<String> ticketSteps = new HashSet<>();
    GuideFiles.ticketSteps(Files.readString(CONTENT.resolve("ticket-steps.yaml"))).forEach(step -> ticketSteps.add(step.id()));
    Set<String> sections = new HashSet<>();
    for (ArticleFileRef ref : new ContentFolder(CONTENT).scan().files()) {
      for (Section section : MarkdownRenderer.render(FrontMatterParser.parse(ContentFolder.read(ref), ref.language()).content().body()).sections()) {
        sections.add(ref.slug().value() + "#" + section.anchor());
      }
    }
    List<Path> folders;
    try (Stream<Path> list = Files.list(CONTENT.resolve("guides"))) {
      folders = list.sorted().toList();
    }
    assertThat(folders).extracting(p -> p.getFileName().toString())
        .contains("handling-a-help-desk-call", "customer-is-upset", "cant-get-online");
    for (Path folder : folders) {
      Guide guide = GuideFiles.guide(new Slug(folder.getFileName().toString()), Files.readString(folder.resolve("guide.yaml")));
      assertThat(guide.problems(ticketSteps, sections::contains)).as(folder.toString()).isEmpty();
      int languages = 0;
      for (Language language : Language.values()) {
        Path file = folder.resolve(language.code() + ".yaml");
        if (Files.exists(file)) {
          GuideTexts texts = GuideFiles.texts(language, Files.readString(file));
          assertThat(texts.problems(guide)).as(file.toString()).isEmpty();
          languages++;
        }
      }
      assertThat(Files.exists(folder.resolve("en.yaml"))).as(folder + " has English").isTrue();
      assertThat(languages).as(folder + " languages").isGreaterThanOrEqualTo(2);
    }
  }
}
