package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.ArticleRepository.TranslationState;
import app.guidepost.article.WorkflowState;
import app.guidepost.i18n.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An article's translation states as the overview and the editor's list read them, without texts. */
class LocalizationTest {

  private static TranslationState source(Language language, int published) {
    return new TranslationState("printer-queue", language, "Printer queue", Optional.empty(), Optional.empty(), Optional.of(published),
        WorkflowState.PUBLISHED);
  }

  private static TranslationState translation(Language language, int fromRevision, Integer published, WorkflowState state) {
    return new TranslationState("printer-queue", language, "Hàng đợi", Optional.of(Language.EN), Optional.of(fromRevision),
        Optional.ofNullable(published), state);
  }

  private static Localization.ArticleStates article(TranslationState... translations) {
    Map<Language, TranslationState> byLanguage = new EnumMap<>(Language.class);
    for (TranslationState t : translations) {
      byLanguage.put(t.language(), t);
    }
    return new Localization.ArticleStates("printer-queue", byLanguage);
  }

  @Test
  void eachLanguageIsSourceMissingOutdatedOrUpToDateForReadersAndShowsDraftsToEditors() {
    Localization.ArticleStates article = article(
        source(Language.EN, 3),
        translation(Language.VI, 3, 2, WorkflowState.PUBLISHED),
        translation(Language.NB, 2, 1, WorkflowState.PUBLISHED),
        translation(Language.DE, 3, null, WorkflowState.DRAFT),
        translation(Language.AR, 3, 1, WorkflowState.REVIEW));
    assertThat(article.source()).map(TranslationState::language).contains(Language.EN);
    assertThat(article.status(Language.EN)).contains(Localization.Status.SOURCE);
    assertThat(article.status(Language.VI)).contains(Localization.Status.UP_TO_DATE);
    assertThat(article.status(Language.NB)).contains(Localization.Status.OUTDATED);
    // A draft is nothing readers have yet; a translation in review still has its published revision.
    assertThat(article.status(Language.DE)).contains(Localization.Status.MISSING);
    assertThat(article.status(Language.AR)).contains(Localization.Status.UP_TO_DATE);

    assertThat(article.editorStatus(Language.EN)).isEqualTo("source");
    assertThat(article.editorStatus(Language.VI)).isEqualTo("up-to-date");
    assertThat(article.editorStatus(Language.NB)).isEqualTo("outdated");
    assertThat(article.editorStatus(Language.DE)).isEqualTo("draft");
    assertThat(article.editorStatus(Language.AR)).isEqualTo("review");
  }

  @Test
  void theSourceIsTheFirstPublishedTextThatTranslatesNothingElseTheFirstPublished() {
    assertThat(article(translation(Language.VI, 1, 1, WorkflowState.PUBLISHED), source(Language.NB, 1)).source())
        .map(TranslationState::language).contains(Language.NB);
    assertThat(article(translation(Language.VI, 1, 1, WorkflowState.PUBLISHED), translation(Language.AR, 1, 1, WorkflowState.PUBLISHED)).source())
        .map(TranslationState::language).contains(Language.VI);
    Localization.ArticleStates onlyDrafts = article(translation(Language.DE, 1, null, WorkflowState.DRAFT));
    assertThat(onlyDrafts.source()).isEmpty();
    assertThat(onlyDrafts.status(Language.DE)).isEmpty();
    assertThat(onlyDrafts.editorStatus(Language.DE)).isEqualTo("draft");
    assertThat(onlyDrafts.editorStatus(Language.EN)).isEqualTo("missing");
  }
}
