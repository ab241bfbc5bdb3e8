package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Slug;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideTexts;
import app.guidepost.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuideTextsWriterTest {

  private static final Path FOLDER = Path.of("content/guides/cant-get-online");

  @Test
  void everyShippedTranslationReadsBackUnchangedAfterBeingWritten() throws Exception {
    Guide guide = GuideFiles.guide(new Slug("cant-get-online"), Files.readString(FOLDER.resolve("guide.yaml")));
    for (Language language : new Language[] {Language.EN, Language.NB, Language.AR, Language.DE, Language.VI}) {
      GuideTexts original = GuideFiles.texts(language, Files.readString(FOLDER.resolve(language.code() + ".yaml")));
      Map<String, GuideTextsWriter.StepTexts> steps = new LinkedHashMap<>();
      original.steps().forEach((id, s) -> steps.put(id, new GuideTextsWriter.StepTexts(s.title(), s.body(), s.choices())));

      String written = GuideTextsWriter.write(guide, original.title(), original.summary(), original.translationOf(), original.sourceRevision(), steps);
      GuideTexts back = GuideFiles.texts(language, written);

      assertThat(back.problems(guide)).as(language.code()).isEmpty();
      assertThat(back.title()).isEqualTo(original.title());
      assertThat(back.summary()).isEqualTo(original.summary());
      assertThat(back.translationOf()).isEqualTo(original.translationOf());
      assertThat(back.sourceRevision()).isEqualTo(original.sourceRevision());
      original.steps().forEach((id, s) -> {
        assertThat(back.steps().get(id).title()).isEqualTo(s.title());
        assertThat(back.steps().get(id).body().strip()).isEqualTo(s.body().strip());
        assertThat(back.steps().get(id).choices()).isEqualTo(s.choices());
      });
    }
  }

  @Test
  void textsThatLookLikeYamlStayText() throws Exception {
    Guide guide = GuideFiles.guide(new Slug("cant-get-online"), Files.readString(FOLDER.resolve("guide.yaml")));
    GuideTexts english = GuideFiles.texts(Language.EN, Files.readString(FOLDER.resolve("en.yaml")));
    Map<String, GuideTextsWriter.StepTexts> steps = new LinkedHashMap<>();
    english.steps().forEach((id, s) -> steps.put(id, new GuideTextsWriter.StepTexts(s.title(), s.body(), s.choices())));
    String first = guide.steps().get(0).id();
    String hostileTitle = "title: \"x\" # &anchor *alias !!python/object \\ \t{ [ - ?";
    String indentedBody = "    indented code first\n\n- a list\nsteps:\n  not: a key\n";
    steps.put(first, new GuideTextsWriter.StepTexts(hostileTitle, indentedBody, steps.get(first).choices()));

    GuideTexts back = GuideFiles.texts(Language.EN,
        GuideTextsWriter.write(guide, "Yes: no", Optional.of("null"), Optional.empty(), Optional.empty(), steps));

    assertThat(back.title()).isEqualTo("Yes: no");
    assertThat(back.summary()).contains("null");
    assertThat(back.steps().get(first).title()).isEqualTo(hostileTitle);
    // Texts are stored stripped, as when read from a file; inside, every line keeps its indentation.
    assertThat(back.steps().get(first).body()).isEqualTo(indentedBody.strip());
    assertThat(back.problems(guide)).isEmpty();
  }
}
