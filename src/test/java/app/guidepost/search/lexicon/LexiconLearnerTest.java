package app.guidepost.search.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLearnerTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();

  @BeforeEach
  void open() throws Exception {
    index.open(folder);
  }

  @AfterEach
  void close() {
    index.close();
  }

  static IndexedTranslation article(String slug, Language language, String title, String... blocks) {
    return new IndexedTranslation(slug, language, title, Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
        String.join("\n", blocks), Set.of(language));
  }

  /** Three articles in English and German, and two in English and Vietnamese. */
  static List<IndexedTranslation> translatedArticles() {
    return List.of(
        article("toner", Language.EN, "Printer toner", "Replace the toner of the printer.", "Print a test page."),
        article("toner", Language.DE, "Toner des Druckers", "Ersetzen Sie den Toner des Druckers.", "Drucken Sie eine Testseite."),
        article("jam", Language.EN, "Paper jam", "Open the printer and remove the paper.", "Close the tray."),
        article("jam", Language.DE, "Papierstau", "Öffnen Sie den Drucker und entfernen Sie das Papier.", "Schließen Sie das Fach."),
        article("offline", Language.EN, "Printer offline", "The printer shows offline.", "Restart the printer and the network."),
        article("offline", Language.DE, "Drucker offline", "Der Drucker zeigt offline an.", "Starten Sie den Drucker und das Netzwerk neu."),
        article("password", Language.EN, "Change your password", "Choose a new password.", "Sign in again."),
        article("password", Language.VI, "Đổi mật khẩu", "Chọn mật khẩu mới.", "Đăng nhập lại."),
        article("expired", Language.EN, "Expired password", "Your password has expired.", "Ask for a new password."),
        article("expired", Language.VI, "Mật khẩu hết hạn", "Mật khẩu của bạn đã hết hạn.", "Yêu cầu mật khẩu mới."));
  }

  private Lexicon learned(List<IndexedTranslation> documents) throws Exception {
    index.replaceAll(documents, 1L);
    return index.withSearcher(searcher -> new LexiconLearner(index.analyzer()).learn(searcher));
  }

  @Test
  void translatedArticlesTeachWhichWordsRenderWhichInBothDirections() throws Exception {
    Lexicon lexicon = learned(translatedArticles());

    assertThat(lexicon.renderings(Language.DE, Language.EN, "druck")).extracting(Rendering::word).first().isEqualTo("printer");
    assertThat(lexicon.renderings(Language.EN, Language.DE, "printer")).extracting(Rendering::word).first().isEqualTo("druck");
    assertThat(lexicon.articles(new Lexicon.Direction(Language.DE, Language.EN))).isEqualTo(3);
  }

  @Test
  void fewerThanThreeArticlesInTwoLanguagesTeachNothingAboutThem() throws Exception {
    Lexicon lexicon = learned(translatedArticles());

    assertThat(lexicon.articles(new Lexicon.Direction(Language.VI, Language.EN))).isZero();
    assertThat(lexicon.renderings(Language.VI, Language.EN, "khẩu")).isEmpty();
  }

  @Test
  void vietnameseWordsAreAlsoKnownWithoutTheirDiacritics() throws Exception {
    List<IndexedTranslation> documents = new ArrayList<>(translatedArticles());
    documents.add(article("reset", Language.EN, "Reset a password", "A password can be reset by the help desk."));
    documents.add(article("reset", Language.VI, "Đặt lại mật khẩu", "Bộ phận hỗ trợ có thể đặt lại mật khẩu."));
    Lexicon lexicon = learned(documents);

    assertThat(lexicon.renderings(Language.VI, Language.EN, "khẩu")).extracting(Rendering::word).contains("password");
    assertThat(lexicon.renderings(Language.VI, Language.EN, "khau")).extracting(Rendering::word).contains("password");
  }

  @Test
  void twoVietnameseSyllablesAreLearnedAsTheOneWordTheyMake() throws Exception {
    List<IndexedTranslation> documents = new ArrayList<>(translatedArticles());
    documents.add(article("reset", Language.EN, "Reset a password", "A password can be reset by the help desk."));
    documents.add(article("reset", Language.VI, "Đặt lại mật khẩu", "Bộ phận hỗ trợ có thể đặt lại mật khẩu."));
    Lexicon lexicon = learned(documents);

    // "mật khẩu" is a password; "mật" alone is a secret (or honey), "khẩu" a mouth.
    assertThat(lexicon.renderings(Language.VI, Language.EN, LexiconLearner.syllablePair("mật", "khẩu"))).extracting(Rendering::word).contains("password");
    assertThat(lexicon.renderings(Language.VI, Language.EN, LexiconLearner.syllablePair("mat", "khau"))).extracting(Rendering::word).contains("password");
    // A search matches single words: nothing renders an English word as a pair of syllables.
    assertThat(lexicon.renderings(Language.EN, Language.VI, "password")).extracting(Rendering::word).noneMatch(word -> word.contains(" "));
  }

  @Test
  void guidesAndArticlesInOneLanguageAreNotLearnedFrom() throws Exception {
    List<IndexedTranslation> documents = new ArrayList<>();
    for (IndexedTranslation article : translatedArticles()) {
      documents.add(new IndexedTranslation(article.slug(), article.language(), article.title(), Optional.empty(), Optional.empty(), List.of(),
          Audience.PUBLIC, article.bodyText(), article.serves(), IndexedTranslation.GUIDE));
    }
    documents.add(article("alone", Language.EN, "Printer", "Printer printer."));
    Lexicon lexicon = learned(documents);

    assertThat(lexicon.directions()).isEmpty();
  }

  @Test
  void editorsSeeTheStrongestPairsFirst() throws Exception {
    Lexicon lexicon = learned(translatedArticles());

    List<Lexicon.LearnedPair> strongest = lexicon.strongest(new Lexicon.Direction(Language.DE, Language.EN), 5);
    assertThat(strongest).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(strongest).extracting(pair -> pair.rendering().confidence()).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    assertThat(strongest).extracting(pair -> pair.word() + "=" + pair.rendering().word()).contains("druck=printer");
  }
}
