package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.RevisionStamp;
import app.guidepost.article.Slug;
import app.guidepost.content.GuideFiles;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.StoredGuide;
import app.guidepost.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a guide's texts stand per language, as the editor's list shows it in each cell and
 * counts it in its totals (and {@code /api/localization} reports it): the same rule as for
 * articles, against the guide's one source language.
 */
class GuideStatusTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T08:00:00Z");

  private StoredGuide guide;

  private static GuideTexts texts(Language language, String title, Optional<Integer> madeFrom) {
    return new GuideTexts(language, title, Optional.empty(), madeFrom.map(r -> Language.EN), madeFrom, Map.of());
  }

  private void save(GuideTexts texts) {
    guide.reviseTexts(texts, texts.toString(), new RevisionStamp(RevisionOrigin.EDITOR, NOW, "lan", Optional.empty()));
  }

  @BeforeEach
  void aGuideWrittenInEnglish() throws Exception {
    Path shape = Path.of("src/test/fixtures/seed-content/guides/cant-get-online/guide.yaml");
    String yaml = Files.readString(shape);
    Guide parsed = GuideFiles.guide(new Slug("cant-get-online"), yaml);
    guide = new StoredGuide(parsed, yaml, RevisionStamp.imported(NOW));
    save(texts(Language.EN, "Can't get online", Optional.empty()));
  }

  @Test
  void aTranslationOfTheCurrentSourceIsUpToDateUntilTheSourceChanges() {
    save(texts(Language.VI, "Không vào được mạng", Optional.of(1)));
    assertThat(guide.isOutdated(Language.VI)).contains(false);
    assertThat(Localization.guideStatus(guide, Language.VI)).isEqualTo(Localization.Status.UP_TO_DATE);

    save(texts(Language.EN, "Cannot get online", Optional.empty()));
    assertThat(guide.isOutdated(Language.VI)).contains(true);
    assertThat(Localization.guideStatus(guide, Language.VI)).isEqualTo(Localization.Status.OUTDATED);
  }

  @Test
  void aTranslationThatDoesNotSayWhatItWasMadeFromIsOutdated() {
    save(texts(Language.NB, "Kommer ikke på nett", Optional.empty()));
    assertThat(guide.isOutdated(Language.NB)).contains(true);
    assertThat(Localization.guideStatus(guide, Language.NB)).isEqualTo(Localization.Status.OUTDATED);
  }

  @Test
  void theSourceAndAMissingLanguageHaveNoFreshness() {
    assertThat(guide.isOutdated(Language.EN)).isEmpty();
    assertThat(guide.isOutdated(Language.DE)).isEmpty();
    assertThat(Localization.guideStatus(guide, Language.EN)).isEqualTo(Localization.Status.SOURCE);
    assertThat(Localization.guideStatus(guide, Language.DE)).isEqualTo(Localization.Status.MISSING);
  }
}
