package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import app.guidepost.search.lexicon.Lexicon;
import app.guidepost.search.lexicon.LexiconLearner;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Termbase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader whose answer exists only in another language finds it through what the knowledge
 * base's own translations taught the lexicon, and the reader's own language still ranks first
 * where it answers.
 */
class CrossLanguageSearchTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();

  @AfterEach
  void close() {
    index.close();
  }

  /**
   * The article's translations, {@code texts} by language as title and blocks; the first
   * language is the source, and serves every reader language without a translation.
   */
  private static List<IndexedTranslation> article(String slug, Map<Language, List<String>> texts, Language source) {
    List<IndexedTranslation> documents = new ArrayList<>();
    texts.forEach((language, text) -> {
      Set<Language> serves = EnumSet.of(language);
      if (language == source) {
        EnumSet.allOf(Language.class).stream().filter(l -> !texts.containsKey(l)).forEach(serves::add);
      }
      documents.add(new IndexedTranslation(slug, language, text.getFirst(), Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
          String.join("\n", text.subList(1, text.size())), serves));
    });
    return documents;
  }

  private ArticleSearch searchOver(List<IndexedTranslation> documents) throws Exception {
    index.open(folder);
    index.replaceAll(documents, 1L);
    return ArticleSearch.over(index);
  }

  /** Three printer articles in English and German, two password articles in English and Vietnamese. */
  private static List<IndexedTranslation> translated() {
    List<IndexedTranslation> documents = new ArrayList<>();
    documents.addAll(article("toner", Map.of(
        Language.EN, List.of("Printer toner", "Replace the toner of the printer.", "Print a test page."),
        Language.DE, List.of("Toner des Druckers", "Ersetzen Sie den Toner des Druckers.", "Drucken Sie eine Testseite.")), Language.EN));
    documents.addAll(article("jam", Map.of(
        Language.EN, List.of("Paper jam", "Open the printer and remove the paper.", "Close the tray."),
        Language.DE, List.of("Papierstau", "Öffnen Sie den Drucker und entfernen Sie das Papier.", "Schließen Sie das Fach.")), Language.EN));
    documents.addAll(article("offline", Map.of(
        Language.EN, List.of("Printer offline", "The printer shows offline.", "Restart the printer and the network."),
        Language.DE, List.of("Drucker offline", "Der Drucker zeigt offline an.", "Starten Sie den Drucker und das Netzwerk neu.")), Language.EN));
    documents.addAll(article("password", Map.of(
        Language.EN, List.of("Change your password", "Choose a new password.", "Sign in again."),
        Language.VI, List.of("Đổi mật khẩu", "Chọn mật khẩu mới.", "Đăng nhập lại.")), Language.EN));
    documents.addAll(article("expired", Map.of(
        Language.EN, List.of("Expired password", "Your password has expired.", "Ask for a new password."),
        Language.VI, List.of("Mật khẩu hết hạn", "Mật khẩu của bạn đã hết hạn.", "Yêu cầu mật khẩu mới.")), Language.EN));
    documents.addAll(article("reset", Map.of(
        Language.EN, List.of("Reset a password", "The help desk can reset a password."),
        Language.VI, List.of("Đặt lại mật khẩu", "Bộ phận hỗ trợ có thể đặt lại mật khẩu.")), Language.EN));
    return documents;
  }

  private static List<String> found(ArticleSearch search, String query, Language reader) {
    return search.search(new SearchRequest(query, reader, 10, 0, false)).hits().stream()
        .map(hit -> hit.slug() + "/" + hit.language().code())
        .toList();
  }

  @Test
  void aGermanReaderFindsAnArticleThatExistsOnlyInEnglish() throws Exception {
    List<IndexedTranslation> documents = translated();
    documents.addAll(article("wifi-printer", Map.of(Language.EN, List.of("Wireless setup", "Connect the printer to the network.")), Language.EN));
    ArticleSearch search = searchOver(documents);

    assertThat(found(search, "Netzwerkdrucker einrichten", Language.DE)).contains("wifi-printer/en");
    assertThat(found(search, "Drucker Netzwerk", Language.DE)).contains("wifi-printer/en");
  }

  @Test
  void aVietnameseReaderFindsItWithOrWithoutDiacritics() throws Exception {
    List<IndexedTranslation> documents = translated();
    documents.addAll(article("locked", Map.of(Language.EN, List.of("Locked account", "Too many wrong password attempts lock the account.")), Language.EN));
    ArticleSearch search = searchOver(documents);

    assertThat(found(search, "mật khẩu bị khóa", Language.VI)).contains("locked/en");
    assertThat(found(search, "mat khau bi khoa", Language.VI)).contains("locked/en");
  }

  @Test
  void anArabicReaderFindsAnEnglishArticleByTheNamesInIt() throws Exception {
    List<IndexedTranslation> documents = translated();
    documents.addAll(article("denver-office", Map.of(Language.EN, List.of("Denver office", "The printers of the Denver office.")), Language.EN));
    documents.addAll(article("hamburg-office", Map.of(Language.EN, List.of("Hamburg office", "The printers of the Hamburg office.")), Language.EN));
    ArticleSearch search = searchOver(documents);

    // "the printers of Denver": the lexicon learned no Arabic here; the name crosses by its consonants.
    assertThat(found(search, "طابعات دنفر", Language.AR)).startsWith("denver-office/en");
    assertThat(found(search, "طابعات هامبورغ", Language.AR)).startsWith("hamburg-office/en");
    // Between two languages of the same alphabet a name is matched as typed, not by its consonants.
    assertThat(found(search, "Denfer", Language.DE)).isEmpty();
  }

  /** Three printer articles in English and Arabic. */
  private static List<IndexedTranslation> translatedToArabic() {
    List<IndexedTranslation> documents = new ArrayList<>();
    documents.addAll(article("toner", Map.of(
        Language.EN, List.of("Printer toner", "Replace the toner of the printer.", "Print a test page."),
        Language.AR, List.of("حبر الطابعة", "استبدل حبر الطابعة.", "اطبع صفحة اختبار.")), Language.EN));
    documents.addAll(article("jam", Map.of(
        Language.EN, List.of("Paper jam", "Open the printer and remove the paper.", "Close the tray."),
        Language.AR, List.of("انحشار الورق", "افتح الطابعة وأخرج الورق.", "أغلق الدرج.")), Language.EN));
    documents.addAll(article("offline", Map.of(
        Language.EN, List.of("Printer offline", "The printer shows offline.", "Restart the printer and the network."),
        Language.AR, List.of("الطابعة غير متصلة", "تظهر الطابعة غير متصلة.", "أعد تشغيل الطابعة والشبكة.")), Language.EN));
    return documents;
  }

  @Test
  void anArabicWordWrittenWithItsPrepositionIsRenderedAsTheWordTheTextsHold() throws Exception {
    List<IndexedTranslation> documents = translatedToArabic();
    documents.addAll(article("wifi-printer", Map.of(Language.EN, List.of("Wireless setup", "Connect the printer to the network.")), Language.EN));
    ArticleSearch search = searchOver(documents);

    // "for a printer": no text writes "لطابعة", the lexicon learned "الطابعة".
    assertThat(found(search, "لطابعة", Language.AR)).contains("wifi-printer/en", "toner/ar", "jam/ar", "offline/ar");
  }

  @Test
  void aShortNameCrossesTheAlphabetsOnlyWhenNoTextOfItsLanguageHoldsIt() throws Exception {
    List<IndexedTranslation> documents = translatedToArabic();
    documents.addAll(article("tesla", Map.of(Language.EN, List.of("The Tesla coil", "The Tesla coil of the physics lab.")), Language.EN));
    documents.addAll(article("slim", Map.of(Language.EN, List.of("Slim laptops", "Slim laptops have few ports.")), Language.EN));
    documents.addAll(article("greeting", Map.of(Language.AR, List.of("تحية المتصل", "ابدأ المكالمة بالسلام واذكر اسمك.")), Language.AR));
    ArticleSearch search = searchOver(documents);

    // Tesla has three consonants, as most Arabic words do; no Arabic text holds "تسلا".
    assertThat(found(search, "تسلا", Language.AR)).containsExactly("tesla/en");
    // "سلام" (peace, a greeting) has the consonants of "slim", but it is a word Arabic texts hold.
    assertThat(found(search, "سلام", Language.AR)).doesNotContain("slim/en");
  }

  @Test
  void syllablesEveryVietnameseTextHoldsDoNotOutweighTheNameThatOnlyAStandInHolds() throws Exception {
    List<IndexedTranslation> documents = translated();
    documents.addAll(article("vendor", Map.of(Language.VI, List.of("Làm việc với nhà cung cấp",
        "Ai đã làm việc với nhà cung cấp thì ghi lại số phiếu.")), Language.VI));
    documents.addAll(article("internet2", Map.of(Language.EN, List.of("Internet2", "The help desk works with Internet2 on the campus network.")), Language.EN));
    for (String topic : List.of("máy in", "mạng", "email", "điện thoại", "phần mềm", "tài khoản")) {
      documents.addAll(article("vi-" + topic.hashCode(), Map.of(Language.VI, List.of("Lỗi " + topic,
          "Ai đã làm việc với " + topic + " thì ghi lại số phiếu.")), Language.VI));
    }
    // Most texts are English: over all languages' texts, the syllables above would look rare.
    for (int i = 0; i < 30; i++) {
      documents.addAll(article("note-" + i, Map.of(Language.EN, List.of("Printer note " + i, "A note about toner and paper.")), Language.EN));
    }
    ArticleSearch search = searchOver(documents);

    // "Who worked with Internet2": every Vietnamese text here says "ai đã làm việc với".
    assertThat(found(search, "Ai đã làm việc với Internet2", Language.VI)).startsWith("internet2/en");
    // Where a text of the reader's language answers the rare words too, it still comes first.
    assertThat(found(search, "ai đã làm việc với nhà cung cấp Internet2", Language.VI)).startsWith("vendor/vi");
  }

  @Test
  void withoutTranslationsToLearnFromNothingCrossesTheLanguages() throws Exception {
    ArticleSearch search = searchOver(article("wifi-printer", Map.of(Language.EN, List.of("Wireless setup", "Connect the printer to the network.")), Language.EN));

    assertThat(found(search, "Drucker Netzwerk", Language.DE)).isEmpty();
  }

  @Test
  void twoVietnameseSyllablesTypedSideBySideAreRenderedAsTheirWordWithOrWithoutDiacritics() throws Exception {
    searchOver(translated());
    TypedQueries queries = new TypedQueries(index.analyzer());
    Lexicon lexicon = index.withSearcher(searcher -> new LexiconLearner(index.analyzer()).learn(searcher));

    assertThat(LearnedLexicon.syllablePairs(lexicon, queries, Language.VI, Language.EN, "đổi mật khẩu"))
        .containsKeys("mật", "khẩu")
        .allSatisfy((syllable, renderings) -> assertThat(renderings).containsKey("password"));
    assertThat(LearnedLexicon.syllablePairs(lexicon, queries, Language.VI, Language.EN, "doi mat khau").get("khau")).containsKey("password");
    // Apart, they are not the word.
    assertThat(LearnedLexicon.syllablePairs(lexicon, queries, Language.VI, Language.EN, "mật đổi khẩu")).isEmpty();
    assertThat(LearnedLexicon.syllablePairs(lexicon, queries, Language.DE, Language.EN, "Drucker Toner")).isEmpty();
  }

  @Test
  void aWordTheTermbaseNamesIsRenderedByTheTermbaseNotTheLexicon() throws Exception {
    searchOver(translated());
    TypedQueries queries = new TypedQueries(index.analyzer());
    Lexicon lexicon = index.withSearcher(searcher -> new LexiconLearner(index.analyzer()).learn(searcher));
    Glossary.Analysed none = Glossary.EMPTY.analysed(queries::glossaryForms);
    // An editor corrects the lexicon's pair for "Drucker" with a concept of the termbase.
    Glossary.Analysed corrected = Glossary.of(Termbase.of(List.of(new Concept("printing-device", Optional.empty(), Optional.empty(), Map.of(
        Language.DE, List.of(Term.admitted("Drucker")), Language.EN, List.of(Term.admitted("printing device")))))))
        .analysed(queries::glossaryForms);

    KnownTerms terms = index.withSearcher(searcher -> new KnownTerms(searcher, false));
    assertThat(LearnedLexicon.renderings(terms, lexicon, NamesAcrossScripts.NONE, none, queries, Language.DE, Language.EN, "Drucker Toner")).containsKey("printer");
    Map<String, Float> learned = LearnedLexicon.renderings(terms, lexicon, NamesAcrossScripts.NONE, corrected, queries, Language.DE, Language.EN, "Drucker Toner");
    assertThat(learned).doesNotContainKey("printer");
    assertThat(learned).containsKey("toner");
  }

  @Test
  void theReadersOwnLanguageRanksFirstWhereItAnswers() throws Exception {
    List<IndexedTranslation> documents = translated();
    documents.addAll(article("wifi-printer", Map.of(Language.EN, List.of("Wireless printer", "Connect the printer to the network.")), Language.EN));
    ArticleSearch search = searchOver(documents);

    List<String> hits = found(search, "Drucker offline", Language.DE);
    assertThat(hits.getFirst()).isEqualTo("offline/de");
    assertThat(hits).contains("wifi-printer/en");
    assertThat(hits.stream().filter(hit -> hit.endsWith("/en")).collect(Collectors.toSet())).containsExactly("wifi-printer/en");
  }

  @Test
  void aStandInOutranksOnlyHitsOfTheReadersLanguageThatAnswerLessOfTheQuery() {
    ScoreDoc[] own = {new ScoreDoc(1, 10f), new ScoreDoc(2, 9f)};
    ScoreDoc[] standIns = {new ScoreDoc(3, 2f), new ScoreDoc(4, 1f)};
    // Each document answers other words than the others.
    Map<Integer, Coverage.Answered> answered = Map.of(
        1, new Coverage.Answered(3f, 3f, 0b0001), 2, new Coverage.Answered(1f, 1f, 0b0010), 3, new Coverage.Answered(2f, 2f, 0b0100),
        4, new Coverage.Answered(2f, 2f, 0b1000));

    assertThat(StandIns.ownLanguageFirst(own, standIns, answered::get, answered::get)).extracting(hit -> hit.doc).containsExactly(1, 3, 4, 2);
    // About as much answered: the reader's language first, whatever the scores.
    assertThat(StandIns.ownLanguageFirst(standIns, own, doc -> new Coverage.Answered(1f, 1f, 0b01), doc -> new Coverage.Answered(1.2f, 1.2f, 0b10)))
        .extracting(hit -> hit.doc).containsExactly(3, 4, 1, 2);
    assertThat(StandIns.ownLanguageFirst(own, new ScoreDoc[0], answered::get, answered::get)).extracting(hit -> hit.doc).containsExactly(1, 2);
    assertThat(StandIns.ownLanguageFirst(new ScoreDoc[0], standIns, answered::get, answered::get)).extracting(hit -> hit.doc).containsExactly(3, 4);
  }

  @Test
  void aStandInThatAnswersMoreIsNotHeldBackByABetterScoredOneThatAnswersLess() {
    ScoreDoc[] own = {new ScoreDoc(1, 10f), new ScoreDoc(2, 9f)};
    // The first stand-in scored well through a wrong rendering and answers little; the second answers the question.
    ScoreDoc[] standIns = {new ScoreDoc(3, 5f), new ScoreDoc(4, 4f)};
    Map<Integer, Coverage.Answered> answered = Map.of(
        1, new Coverage.Answered(2f, 2f, 0b0001), 2, new Coverage.Answered(0.5f, 0.5f, 0b0010), 3, new Coverage.Answered(1f, 1f, 0b0100),
        4, new Coverage.Answered(4f, 4f, 0b1000));

    assertThat(StandIns.ownLanguageFirst(own, standIns, answered::get, answered::get)).extracting(hit -> hit.doc).containsExactly(4, 1, 3, 2);
  }

  @Test
  void wordsNoOtherLanguageCanAnswerDoNotDecideAloneButTheStandInMustAnswerNearlyAsMuchOverall() {
    // The reader's text holds two words no other language holds (2 of its 3), the stand-in the
    // question's one name and term that both can hold (2, where the reader's text holds 1).
    Coverage.Answered ownText = new Coverage.Answered(3f, 1f, 0b001);
    assertThat(StandIns.answersMore(new Coverage.Answered(2.8f, 2.8f, 0b110), ownText)).as("clearly more of what both can answer, nearly as much overall").isTrue();
    assertThat(StandIns.answersMore(new Coverage.Answered(2f, 2f, 0b110), ownText)).as("much less overall").isFalse();
    assertThat(StandIns.answersMore(new Coverage.Answered(3.5f, 1.2f, 0b010), ownText)).as("not clearly more of what both can answer").isFalse();
    assertThat(StandIns.answersMore(new Coverage.Answered(1f, 1f, 0b1), new Coverage.Answered(0f, 0f, 0))).as("where the reader's language answers nothing").isTrue();
  }

  @Test
  void aStandInWhoseTitleIsAboutTheQuestionRanksAboveAHitThatOnlyMentionsItsWords() throws Exception {
    List<IndexedTranslation> documents = translated();
    documents.addAll(article("toner-order", Map.of(Language.EN, List.of("Ordering printer toner", "Order toner for the printer from the supplier.")), Language.EN));
    documents.addAll(article("office-notes", Map.of(Language.DE, List.of("Hinweise für das Büro",
        "Im Büro steht ein Drucker, der Toner liegt im Schrank, und die Kaffeemaschine wird freitags gereinigt.")), Language.DE));
    ArticleSearch search = searchOver(documents);

    // Both answer "Drucker" and "Toner"; the English title is about them, the German one is not.
    List<String> hits = found(search, "Drucker Toner", Language.DE);
    assertThat(hits.indexOf("toner-order/en")).isNotNegative().isLessThan(hits.indexOf("office-notes/de"));
  }

  @Test
  void aTitleDecidesOnlyBetweenTextsThatAnswerAsMuch() {
    Coverage.Answered ownText = new Coverage.Answered(2f, 2f, 0b11, 0f);
    assertThat(StandIns.answersMore(new Coverage.Answered(2f, 2f, 0b11, 1.5f), ownText)).as("as much, and its title holds the words").isTrue();
    assertThat(StandIns.answersMore(new Coverage.Answered(2f, 2f, 0b11, 2f), new Coverage.Answered(2f, 2f, 0b11, 1f)))
        .as("the hit's title holds some of them too").isFalse();
    assertThat(StandIns.answersMore(new Coverage.Answered(1.5f, 1.5f, 0b01, 1.5f), ownText)).as("less answered, whatever its title").isFalse();
  }

  @Test
  void aStandInThatAnswersEveryWordAHitAnswersAndMoreBesidesRanksAboveIt() {
    // The reader's text answers the first two words typed; the stand-in's weights are short of clearly more.
    Coverage.Answered ownText = new Coverage.Answered(2f, 2f, 0b011);
    assertThat(StandIns.answersMore(new Coverage.Answered(2.3f, 2.3f, 0b111), ownText)).as("both words and the third").isTrue();
    assertThat(StandIns.answersMore(new Coverage.Answered(2.3f, 2.3f, 0b110), ownText)).as("as much, but not the first word").isFalse();
    assertThat(StandIns.answersMore(new Coverage.Answered(2.1f, 2.1f, 0b111), ownText)).as("a third word of little weight").isFalse();
    assertThat(StandIns.answersMore(new Coverage.Answered(2.3f, 2.3f, 0b111), new Coverage.Answered(3f, 2f, 0b011)))
        .as("the reader's text answers much more of the words no other language holds").isFalse();
  }

  private static Concept concept(String id, Map<Language, List<String>> terms) {
    Map<Language, List<Term>> admitted = new java.util.EnumMap<>(Language.class);
    terms.forEach((language, words) -> admitted.put(language, words.stream().map(Term::admitted).toList()));
    return new Concept(id, Optional.empty(), Optional.empty(), admitted);
  }

  /** Thirty English notes on other things: the words of the English article asked for are rare among them. */
  private static List<IndexedTranslation> englishNotes() {
    List<IndexedTranslation> documents = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      documents.addAll(article("note-" + i, Map.of(Language.EN, List.of("Printer note " + i, "A note about toner and paper: call the supplier.")), Language.EN));
    }
    return documents;
  }

  @Test
  void oneWordOfATermbaseTermOfSeveralWordsDoesNotAnswerTheWordTyped() throws Exception {
    List<IndexedTranslation> documents = englishNotes();
    documents.addAll(article("browser-network", Map.of(Language.EN, List.of("Browser network settings", "Set the proxy the browser uses.")), Language.EN));
    documents.addAll(article("printer-setup", Map.of(Language.VI, List.of("Cài đặt máy in", "Cài đặt máy in mới cho phòng.")), Language.VI));
    for (String software : List.of("phần mềm", "ứng dụng", "trình duyệt", "phông chữ")) {
      documents.addAll(article("vi-" + software.hashCode(), Map.of(Language.VI, List.of(software + " mới", "Cài đặt " + software + ".")), Language.VI));
    }
    index.open(folder);
    index.replaceAll(documents, 1L);
    ArticleSearch search = ArticleSearch.over(index, Termbase.of(List.of(concept("proxy", Map.of(
        Language.VI, List.of("proxy", "máy chủ proxy"), Language.EN, List.of("proxy", "proxy server"))))));

    // "Cài đặt máy in", the best of the Vietnamese texts, holds the "máy" of "máy chủ proxy", not
    // "proxy": it answers only the words every text here holds.
    assertThat(found(search, "cài đặt proxy", Language.VI)).startsWith("browser-network/en", "printer-setup/vi");
  }

  @Test
  void aTermOfSeveralWordsTheQuestionHoldsAnswersEachOfItsWordsInEveryLanguage() throws Exception {
    List<IndexedTranslation> documents = englishNotes();
    documents.addAll(article("internet-down", Map.of(Language.EN, List.of("Internet is down", "There is no internet connection on this computer.")), Language.EN));
    for (String subject : List.of("البريد", "الطابعة", "الهاتف")) {
      documents.addAll(article("ar-" + subject.hashCode(), Map.of(Language.AR, List.of(subject + " لا يعمل",
          "لا يوجد اتصال بين " + subject + " والخادم عبر الإنترنت.")), Language.AR));
    }
    index.open(folder);
    index.replaceAll(documents, 1L);
    ArticleSearch search = ArticleSearch.over(index, Termbase.of(List.of(
        concept("no-internet", Map.of(Language.AR, List.of("لا يوجد اتصال بالإنترنت"), Language.EN, List.of("no internet connection"))),
        concept("phone-call", Map.of(Language.AR, List.of("اتصال"), Language.EN, List.of("phone call"))))));

    // Alone, "اتصال" names a phone call (which the English notes mention); the question as a whole
    // names no internet connection, which only the English article answers, in its title too.
    assertThat(found(search, "لا يوجد اتصال بالانترنت", Language.AR)).startsWith("internet-down/en");
  }

  @Test
  void aVietnameseTermOfSeveralSyllablesAnswersTheQuestionTypedWithOrWithoutDiacritics() throws Exception {
    List<IndexedTranslation> documents = englishNotes();
    documents.addAll(article("screenshot", Map.of(Language.EN, List.of("Screenshots", "Take a screenshot of a window.")), Language.EN));
    for (String problem : List.of("bị tối", "bị nhòe", "nhấp nháy")) {
      documents.addAll(article("vi-" + problem.hashCode(), Map.of(Language.VI, List.of("Màn hình " + problem, "Màn hình máy tính " + problem + ".")), Language.VI));
    }
    index.open(folder);
    index.replaceAll(documents, 1L);
    ArticleSearch search = ArticleSearch.over(index, Termbase.of(List.of(
        concept("screenshot", Map.of(Language.VI, List.of("chụp màn hình"), Language.EN, List.of("screenshot"))))));

    // Every Vietnamese text here holds "màn hình"; only the English one answers taking a screenshot.
    assertThat(found(search, "chụp màn hình", Language.VI)).startsWith("screenshot/en");
    assertThat(found(search, "chup man hinh", Language.VI)).startsWith("screenshot/en");
  }
  @Test
  void theWordsOfAskingInAnotherLanguagesTermStillAnswer() throws Exception {
    List<IndexedTranslation> documents = new ArrayList<>();
    documents.addAll(article("add-printer", Map.of(Language.EN, List.of("Add a printer", "How to add a printer: open the settings and add it.")), Language.EN));
    documents.addAll(article("printer-trouble", Map.of(Language.EN, List.of("Printer troubleshooting",
        "If the printer does not print, check the printer cable and restart the printer.")), Language.EN));
    index.open(folder);
    index.replaceAll(documents, 1L);
    ArticleSearch search = ArticleSearch.over(index, Termbase.of(List.of(
        concept("guide", Map.of(Language.VI, List.of("hướng dẫn"), Language.EN, List.of("how to"))),
        concept("printer", Map.of(Language.VI, List.of("máy in"), Language.EN, List.of("printer"))))));

    // What an English reader types is searched without "how" (EnglishQuestionsTest); the English
    // term a Vietnamese question names keeps it, and it is what tells the two articles apart.
    assertThat(found(search, "hướng dẫn máy in", Language.VI)).startsWith("add-printer/en");
  }
}
