package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.CategoryNames;
import app.guidepost.article.Slug;
import app.guidepost.article.TopicIcon;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VocabularyFilesTest {

  private static Map<Language, String> names(String en, String vi, String nb, String de, String ar) {
    Map<Language, String> names = new EnumMap<>(Language.class);
    names.put(Language.EN, en);
    names.put(Language.VI, vi);
    names.put(Language.NB, nb);
    names.put(Language.DE, de);
    names.put(Language.AR, ar);
    return names;
  }

  @Test
  void topicsAreWrittenAsTheFileTheParserReadsBackInTheirOrder() throws Exception {
    List<VocabularyFiles.Topic> topics = List.of(
        new VocabularyFiles.Topic(new Slug("printing"), Optional.of(TopicIcon.PRINTER), names("Printing: paper & toner", "In ấn", "Utskrift", "Drucken", "الطباعة")),
        new VocabularyFiles.Topic(new Slug("accounts"), Optional.empty(), Map.of(Language.EN, "Accounts")));
    String file = VocabularyFiles.categories(topics);
    CategoryNames read = CategoryNamesParser.parse(file);
    assertThat(read.categories()).containsExactly(new Slug("printing"), new Slug("accounts"));
    assertThat(read.namesOf(new Slug("printing"))).isEqualTo(topics.get(0).names());
    assertThat(read.iconOf(new Slug("printing"))).isEqualTo(TopicIcon.PRINTER);
    assertThat(read.namedIcon(new Slug("accounts"))).isEmpty();
    assertThat(file).contains("  icon: printer\n  en: 'Printing: paper & toner'\n  vi: In ấn\n");
  }

  @Test
  void ticketStepsAreWrittenInTheirOrderAndReadBack() throws Exception {
    List<TicketStep> steps = List.of(new TicketStep("greet", names("Greet the caller", "Chào hỏi", "Hils", "Begrüßen", "الترحيب")),
        new TicketStep("close", names("Close the call", "Kết thúc", "Avslutt", "Beenden", "الإنهاء")));
    List<TicketStep> read = GuideFiles.ticketSteps(VocabularyFiles.ticketSteps(steps));
    assertThat(read).isEqualTo(steps);
  }
}
