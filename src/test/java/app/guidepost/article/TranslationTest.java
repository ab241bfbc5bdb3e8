package app.guidepost.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationTest {

  private static final Edit PUBLISH = new Edit("lan", Optional.of("Clearer"), WorkflowState.PUBLISHED, RevisionOrigin.EDITOR);
  private static final Edit DRAFT = new Edit("lan", Optional.empty(), WorkflowState.DRAFT, RevisionOrigin.EDITOR);

  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  static TranslationContent content(String title, String body, Optional<Language> translationOf, Optional<Integer> sourceRevision) {
    return new TranslationContent(
        title, Optional.empty(), Optional.empty(), List.of("hold"), Audience.PUBLIC, translationOf, sourceRevision, Optional.empty(), Optional.empty(), Optional.empty(), body);
  }

  static TranslationContent content(String title, String body) {
    return content(title, body, Optional.empty(), Optional.empty());
  }

  @Test
  void aNewTranslationStartsAtRevisionOne() {
    Article article = new Article(new Slug("hold"), T0);
    Translation en = article.addTranslation(Language.EN, content("Hold", "Ask first."), Edit.imported(), T0);
    assertThat(en.currentRevision()).isEqualTo(1);
    assertThat(en.revisions()).hasSize(1);
    assertThat(en.revisions().getFirst().content()).isEqualTo(content("Hold", "Ask first."));
  }

  @Test
  void unchangedContentWritesNothing() {
    Article article = new Article(new Slug("hold"), T0);
    Translation en = article.addTranslation(Language.EN, content("Hold", "Ask first."), Edit.imported(), T0);
    assertThat(en.revise(content("Hold", "Ask first."), RevisionOrigin.IMPORT, T0.plusDays(1))).isEmpty();
    assertThat(en.currentRevision()).isEqualTo(1);
    assertThat(en.updatedAt()).isEqualTo(T0);
  }

  @Test
  void changedContentAppendsARevisionAndKeepsTheOldOne() {
    Article article = new Article(new Slug("hold"), T0);
    Translation en = article.addTranslation(Language.EN, content("Hold", "Ask first."), Edit.imported(), T0);
    Optional<Revision> second = en.edit(content("Hold", "Ask first, then wait."), PUBLISH, T0.plusDays(1));
    assertThat(second).map(Revision::number).contains(2);
    assertThat(en.body()).isEqualTo("Ask first, then wait.");
    assertThat(en.revisions()).extracting(r -> r.content().body()).containsExactly("Ask first.", "Ask first, then wait.");
  }

  @Test
  void aTranslationIsOutdatedOnceItsSourceMovesOn() {
    Article article = new Article(new Slug("hold"), T0);
    Translation en = article.addTranslation(Language.EN, content("Hold", "v1"), Edit.imported(), T0);
    Translation vi =
        article.addTranslation(Language.VI, content("Giữ máy", "v1", Optional.of(Language.EN), Optional.of(1)), Edit.imported(), T0);
    assertThat(en.isOutdated()).isEmpty();
    assertThat(vi.isOutdated()).contains(false);
    en.edit(content("Hold", "v2"), PUBLISH, T0.plusDays(1));
    assertThat(vi.isOutdated()).contains(true);
  }

  @Test
  void anArticleIsInternalIfAnyTranslationIsInternal() {
    Article article = new Article(new Slug("hold"), T0);
    article.addTranslation(Language.EN, content("Hold", "x"), Edit.imported(), T0);
    assertThat(article.audience()).isEqualTo(Audience.PUBLIC);
    article.addTranslation(
        Language.DE,
        new TranslationContent("Halten", Optional.empty(), Optional.empty(), List.of(), Audience.AGENT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "x"),
        Edit.imported(),
        T0);
    assertThat(article.audience()).isEqualTo(Audience.AGENT);
  }

  @Test
  void theBestTranslationFollowsTheFallbackChainThenTheSource() {
    Article article = new Article(new Slug("hold"), T0);
    article.addTranslation(Language.DE, content("Halten", "x"), Edit.imported(), T0);
    article.addTranslation(Language.EN, content("Hold", "x", Optional.of(Language.DE), Optional.of(1)), Edit.imported(), T0);
    assertThat(article.bestTranslationFor(Language.DE, List.of(Language.EN))).map(Translation::language).contains(Language.DE);
    assertThat(article.bestTranslationFor(Language.NB, List.of(Language.EN))).map(Translation::language).contains(Language.EN);
    assertThat(article.bestTranslationFor(Language.VI, List.of())).map(Translation::language).contains(Language.DE);
  }

  @Test
  void aSecondTranslationInOneLanguageIsRefused() {
    Article article = new Article(new Slug("hold"), T0);
    article.addTranslation(Language.EN, content("Hold", "x"), Edit.imported(), T0);
    assertThatThrownBy(() -> article.addTranslation(Language.EN, content("Hold", "y"), Edit.imported(), T0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void slugsAreValidatedOnConstruction() {
    assertThat(Slug.isValid("putting-a-caller-on-hold")).isTrue();
    for (String bad : List.of("", "Hold", "a--b", "-a", "a-", "../etc", "a/b", "%2e%2e", "a\u0000", "ä", "a".repeat(121))) {
      assertThat(Slug.isValid(bad)).as(bad).isFalse();
    }
  }

  @Test
  void aDraftIsSavedAsARevisionButReadersKeepThePublishedText() {
    Article article = new Article(new Slug("hold"), T0);
    Translation en = article.addTranslation(Language.EN, content("Hold", "v1"), Edit.imported(), T0);
    Revision draft = en.edit(content("Hold", "v2 draft"), DRAFT, T0.plusDays(1)).orElseThrow();
    assertThat(draft.number()).isEqualTo(2);
    assertThat(draft.author()).isEqualTo("lan");
    assertThat(en.body()).isEqualTo("v1");
    assertThat(en.publishedRevision()).hasValue(1);
    assertThat(en.state()).isEqualTo(WorkflowState.DRAFT);
    en.moveTo(WorkflowState.REVIEW, T0.plusDays(2));
    assertThat(en.body()).isEqualTo("v1");
    en.moveTo(WorkflowState.PUBLISHED, T0.plusDays(3));
    assertThat(en.body()).isEqualTo("v2 draft");
    assertThat(en.publishedRevision()).hasValue(2);
    assertThat(draft.savedAs()).isEqualTo(WorkflowState.DRAFT);
  }

  @Test
  void aTranslationNeverPublishedIsNotShownToReaders() {
    Article article = new Article(new Slug("hold"), T0);
    article.addTranslation(Language.EN, content("Hold", "v1"), Edit.imported(), T0);
    Translation vi = article.addTranslation(Language.VI, content("Giữ máy", "bản nháp"), DRAFT, T0);
    assertThat(vi.isPublished()).isFalse();
    assertThat(article.languages()).containsExactly(Language.EN);
    assertThat(article.bestTranslationFor(Language.VI, List.of(Language.EN)).orElseThrow().language()).isEqualTo(Language.EN);
    assertThat(article.published()).extracting(Translation::language).containsExactly(Language.EN);
  }

  @Test
  void anUnchangedFileDoesNotOverwriteWhatEditorsSavedSince() {
    Article article = new Article(new Slug("hold"), T0);
    Translation en = article.addTranslation(Language.EN, content("Hold", "v1"), Edit.imported(), T0);
    en.edit(content("Hold", "v2 by an editor"), PUBLISH, T0.plusDays(1));
    assertThat(en.revise(content("Hold", "v1"), RevisionOrigin.IMPORT, T0.plusDays(2))).isEmpty();
    assertThat(en.body()).isEqualTo("v2 by an editor");
    assertThat(en.revise(content("Hold", "v3 in the file"), RevisionOrigin.IMPORT, T0.plusDays(3))).isPresent();
    assertThat(en.body()).isEqualTo("v3 in the file");
    assertThat(en.revisions()).extracting(Revision::number).containsExactly(1, 2, 3);
  }

  @Test
  void outdatedIsMeasuredAgainstThePublishedSourceNotItsDrafts() {
    Article article = new Article(new Slug("hold"), T0);
    Translation en = article.addTranslation(Language.EN, content("Hold", "v1"), Edit.imported(), T0);
    Translation vi = article.addTranslation(Language.VI, content("Giữ máy", "v1", Optional.of(Language.EN), Optional.of(1)), Edit.imported(), T0);
    en.edit(content("Hold", "v2 draft"), DRAFT, T0.plusDays(1));
    assertThat(vi.isOutdated()).hasValue(false);
    en.moveTo(WorkflowState.PUBLISHED, T0.plusDays(2));
    assertThat(vi.isOutdated()).hasValue(true);
    vi.confirmUpToDateWith(2, T0.plusDays(3));
    assertThat(vi.isOutdated()).hasValue(false);
  }

  @Test
  void aRetiredArticleHasNothingPublishedAndComesBackAsItWas() {
    Article article = new Article(new Slug("hold"), T0);
    Translation en = article.addTranslation(Language.EN, content("Hold", "Ask first."), Edit.imported(), T0);
    Translation vi = article.addTranslation(Language.VI, content("Giữ máy", "Hỏi trước."), Edit.imported(), T0);
    assertThat(article.published()).containsExactly(en, vi);

    assertThat(article.retire(T0.plusDays(1), "lan", Optional.of("  Replaced by the new phone system  "))).isTrue();
    assertThat(article.isPublished()).isFalse();
    assertThat(article.published()).isEmpty();
    assertThat(en.isPublished()).isFalse();
    assertThat(en.publishedRevision()).as("kept for when it comes back").contains(1);
    assertThat(article.retirement()).contains(new Retirement(T0.plusDays(1), "lan", Optional.of("Replaced by the new phone system")));
    assertThat(article.retire(T0.plusDays(2), "minh", Optional.empty())).as("retired already").isFalse();
    assertThat(article.retirement().orElseThrow().by()).isEqualTo("lan");

    assertThat(article.reinstate()).isTrue();
    assertThat(article.published()).containsExactly(en, vi);
    assertThat(article.retirement()).isEmpty();
    assertThat(article.reinstate()).isFalse();
  }
}
