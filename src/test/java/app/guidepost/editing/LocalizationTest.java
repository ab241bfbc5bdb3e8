package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.ArticleRepository;
import app.guidepost.article.ArticleRepository.TranslationState;
import app.guidepost.article.WorkflowState;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.changes.ChangeLogEntry;
import app.guidepost.changes.ChangeLogFixtures;
import app.guidepost.i18n.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** An article's translation states as the overview and the editor's list read them, without texts. */
class LocalizationTest {

  private static TranslationState source(Language language, int published) {
    return new TranslationState("printer-queue", language, "Printer queue", Optional.empty(), Optional.empty(), Optional.of(published),
        WorkflowState.PUBLISHED, false);
  }

  private static TranslationState translation(Language language, int fromRevision, Integer published, WorkflowState state) {
    return new TranslationState("printer-queue", language, "Hàng đợi", Optional.of(Language.EN), Optional.of(fromRevision),
        Optional.ofNullable(published), state, false);
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

  /** The database as the states are read from it: translations by slug, the change log, and what was asked. */
  private static final class Database {
    final Map<String, List<TranslationState>> translations = new TreeMap<>();
    final List<ChangeLogEntry> log = new ArrayList<>();
    int wholeReads;
    final List<Set<String>> partialReads = new ArrayList<>();

    void save(String slug, TranslationState... states) {
      translations.put(slug, List.of(states));
      log.add(ChangeLogFixtures.entry(log.size() + 1, ChangeKind.ARTICLE, slug));
    }

    Localization localization() {
      Localization localization = new Localization();
      localization.articles = new ArticleRepository() {
        @Override
        public List<TranslationState> translationStates() {
          wholeReads++;
          return translations.values().stream().flatMap(List::stream).toList();
        }

        @Override
        public List<TranslationState> translationStates(Collection<String> slugs) {
          partialReads.add(Set.copyOf(slugs));
          return slugs.stream().flatMap(slug -> translations.getOrDefault(slug, List.of()).stream()).toList();
        }
      };
      localization.changes = new ChangeLog() {
        @Override
        public State state() {
          return new State(log.stream().mapToLong(ChangeLogEntry::seq).max().orElse(0), log.size(),
              log.stream().mapToLong(ChangeLogEntry::seq).min().orElse(0));
        }

        @Override
        public List<ChangeLogEntry> after(long position, int max) {
          return log.stream().filter(e -> e.seq() > position).sorted(java.util.Comparator.comparingLong(ChangeLogEntry::seq)).limit(max).toList();
        }
      };
      return localization;
    }
  }

  private static TranslationState published(String slug, Language language, int revision) {
    return new TranslationState(slug, language, slug, Optional.empty(), Optional.empty(), Optional.of(revision), WorkflowState.PUBLISHED, false);
  }

  private static List<String> statuses(Localization localization, Language language) {
    return localization.articleStates().stream().map(a -> a.slug() + ":" + a.editorStatus(language)).toList();
  }

  @Test
  void afterASaveOnlyTheArticlesTheChangeLogNamesAreReadAgain() {
    Database database = new Database();
    database.save("vpn", published("vpn", Language.EN, 1));
    database.save("printer-queue", published("printer-queue", Language.EN, 1));
    database.save("password-reset", published("password-reset", Language.EN, 1));
    Localization localization = database.localization();

    assertThat(statuses(localization, Language.NB)).containsExactly("password-reset:missing", "printer-queue:missing", "vpn:missing");
    assertThat(statuses(localization, Language.NB)).hasSize(3);
    assertThat(database.wholeReads).isEqualTo(1);
    assertThat(database.partialReads).isEmpty();

    database.save("printer-queue", published("printer-queue", Language.EN, 2),
        new TranslationState("printer-queue", Language.NB, "Utskriftskø", Optional.of(Language.EN), Optional.of(2), Optional.empty(), WorkflowState.DRAFT, false));
    database.save("account-locked", published("account-locked", Language.EN, 1));
    database.log.add(ChangeLogFixtures.entry(database.log.size() + 1, ChangeKind.GUIDE, "printer-does-not-print"));

    assertThat(statuses(localization, Language.NB))
        .containsExactly("account-locked:missing", "password-reset:missing", "printer-queue:draft", "vpn:missing");
    assertThat(database.wholeReads).isEqualTo(1);
    assertThat(database.partialReads).containsExactly(Set.of("printer-queue", "account-locked"));

    // An article gone from the database is gone from the list.
    database.translations.remove("vpn");
    database.log.add(ChangeLogFixtures.entry(database.log.size() + 1, ChangeKind.ARTICLE, "vpn"));
    assertThat(statuses(localization, Language.NB)).containsExactly("account-locked:missing", "password-reset:missing", "printer-queue:draft");
    assertThat(database.wholeReads).isEqualTo(1);
  }

  @Test
  void aChangeTheLogsEntriesDoNotAccountForMakesEverythingReadAgain() {
    Database database = new Database();
    database.translations.put("vpn", List.of(published("vpn", Language.EN, 1)));
    database.log.add(ChangeLogFixtures.entry(1, ChangeKind.ARTICLE, "vpn"));
    // Number 2 went to a save that has not committed yet.
    database.translations.put("printer-queue", List.of(published("printer-queue", Language.EN, 1)));
    database.log.add(ChangeLogFixtures.entry(3, ChangeKind.ARTICLE, "printer-queue"));
    Localization localization = database.localization();
    localization.articleStates();

    // It commits: below the head already read, so no entry after that head names it; the count tells.
    database.translations.put("printer-queue", List.of(published("printer-queue", Language.EN, 2), published("printer-queue", Language.DE, 1)));
    database.log.add(ChangeLogFixtures.entry(2, ChangeKind.ARTICLE, "printer-queue"));
    assertThat(statuses(localization, Language.DE)).containsExactly("printer-queue:source", "vpn:missing");
    assertThat(database.wholeReads).isEqualTo(2);

    // Old entries pruned: the count falls.
    database.log.removeIf(e -> e.seq() < 3);
    database.translations.remove("vpn");
    database.log.add(ChangeLogFixtures.entry(4, ChangeKind.ARTICLE, "vpn"));
    assertThat(statuses(localization, Language.DE)).containsExactly("printer-queue:source");
    assertThat(database.wholeReads).isEqualTo(3);

    // A late commit and a removal of old entries in the same interval: the count stands still.
    database.translations.put("password-reset", List.of(published("password-reset", Language.EN, 1)));
    database.log.add(ChangeLogFixtures.entry(5, ChangeKind.ARTICLE, "vpn"));
    database.log.add(ChangeLogFixtures.entry(7, ChangeKind.ARTICLE, "printer-queue"));
    localization.articleStates();
    int before = database.wholeReads;
    database.log.add(ChangeLogFixtures.entry(6, ChangeKind.ARTICLE, "password-reset"));
    database.log.removeIf(e -> e.seq() == 3);
    assertThat(statuses(localization, Language.DE)).containsExactly("password-reset:missing", "printer-queue:source");
    assertThat(database.wholeReads).isEqualTo(before + 1);

    // More changes than are worth catching up with one by one.
    for (int i = 0; i <= Localization.CATCH_UP_LIMIT; i++) {
      database.translations.put("article-" + i, List.of(published("article-" + i, Language.EN, 1)));
      database.log.add(ChangeLogFixtures.entry(8 + i, ChangeKind.ARTICLE, "article-" + i));
    }
    assertThat(localization.articleStates()).hasSize(Localization.CATCH_UP_LIMIT + 3);
    assertThat(database.wholeReads).isEqualTo(before + 2);
    // The only article read alone: the two saves caught up with before the late commit.
    assertThat(database.partialReads).containsExactly(Set.of("vpn", "printer-queue"));
  }

  @Test
  void aRetiredArticleHasNothingForReadersAndSaysRetiredToEditorsInEveryLanguageItHas() {
    TranslationState english = new TranslationState("printer-queue", Language.EN, "Printer queue", Optional.empty(), Optional.empty(), Optional.of(3),
        WorkflowState.PUBLISHED, true);
    Localization.ArticleStates retired = article(english);
    assertThat(retired.retired()).isTrue();
    assertThat(retired.status(Language.EN)).isEmpty();
    assertThat(retired.status(Language.VI)).isEmpty();
    assertThat(retired.editorStatus(Language.EN)).isEqualTo("retired");
    assertThat(retired.editorStatus(Language.VI)).isEqualTo("missing");
  }
}
