package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private final Suggestions suggestions = new Suggestions(List.of(
      new Suggestions.Entry("anatomy", Language.EN, "Anatomy of an Interaction", Audience.PUBLIC, EnumSet.of(Language.EN, Language.NB, Language.DE, Language.AR)),
      new Suggestions.Entry("anatomy", Language.VI, "Cấu trúc của một lần tương tác hỗ trợ", Audience.PUBLIC, Set.of(Language.VI)),
      new Suggestions.Entry("phone", Language.NB, "Profesjonelle telefonferdigheter i brukerstøtten", Audience.PUBLIC, EnumSet.allOf(Language.class)),
      new Suggestions.Entry("case", Language.AR, "دراسة حالة عن التواصل مع عميل «صعب»", Audience.PUBLIC, EnumSet.allOf(Language.class)),
      new Suggestions.Entry("matrix", Language.EN, "Internal escalation matrix", Audience.AGENT, EnumSet.allOf(Language.class))));

  private List<String> titles(Language reader, String typed) {
    return suggestions.suggest(reader, typed, 8, false).stream().map(Suggestions.Suggestion::text).toList();
  }

  @Test
  void prefixOfTheFirstWord() {
    assertThat(titles(Language.EN, "anat")).containsExactly("Anatomy of an Interaction");
  }

  @Test
  void infixWordsAnywhereInTheTitle() {
    assertThat(titles(Language.EN, "interac")).containsExactly("Anatomy of an Interaction");
    assertThat(titles(Language.EN, "of inter")).containsExactly("Anatomy of an Interaction");
  }

  @Test
  void diacriticsAndLetterVariantsAreForgiven() {
    assertThat(titles(Language.VI, "tuong tac")).containsExactly("Cấu trúc của một lần tương tác hỗ trợ");
    assertThat(titles(Language.NB, "brukerstott")).containsExactly("Profesjonelle telefonferdigheter i brukerstøtten");
    assertThat(titles(Language.AR, "حاله")).containsExactly("دراسة حالة عن التواصل مع عميل «صعب»");
  }

  @Test
  void eachReaderGetsTheTranslationSearchWouldShow() {
    assertThat(suggestions.suggest(Language.VI, "tuong", 8, false)).extracting(Suggestions.Suggestion::language).containsExactly(Language.VI);
    assertThat(titles(Language.VI, "anatomy")).isEmpty();
    assertThat(suggestions.suggest(Language.DE, "telefon", 8, false)).extracting(Suggestions.Suggestion::language).containsExactly(Language.NB);
  }

  @Test
  void internalTitlesAreNeverSuggestedToReaders() {
    assertThat(titles(Language.EN, "escal")).isEmpty();
    assertThat(suggestions.suggest(Language.EN, "escal", 8, true)).hasSize(1);
  }

  @Test
  void nothingTypedSuggestsNothing() {
    assertThat(titles(Language.EN, " ,.")).isEmpty();
  }

  @Test
  void frequentQueriesMatchLikeTitlesAndNeverEchoTheTypedText() {
    List<String> popular = List.of("sette innringeren på vent", "sette over samtalen", "vent", "telefonferdigheter");
    assertThat(Suggestions.matchingQueries(popular, "sette", 8)).containsExactly("sette innringeren på vent", "sette over samtalen");
    assertThat(Suggestions.matchingQueries(popular, "innringeren pa", 8)).containsExactly("sette innringeren på vent");
    assertThat(Suggestions.matchingQueries(popular, "vent", 8)).containsExactly("sette innringeren på vent");
    assertThat(Suggestions.matchingQueries(popular, "sette", 1)).hasSize(1);
    assertThat(Suggestions.matchingQueries(popular, "sette", 0)).isEmpty();
  }

  @Test
  void amongManyTitlesUnderOnePrefixTheReadersLanguageAndTheFirstWordComeFirstThenTheShortest() {
    List<Suggestions.Entry> many = new java.util.ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add(new Suggestions.Entry("long-" + i, Language.EN, "A printer guide number " + i + " with the printer queue", Audience.PUBLIC, Set.of(Language.EN)));
    }
    many.add(new Suggestions.Entry("short", Language.EN, "Printer offline", Audience.PUBLIC, Set.of(Language.EN)));
    many.add(new Suggestions.Entry("shorter", Language.EN, "Printers", Audience.PUBLIC, Set.of(Language.EN)));
    many.add(new Suggestions.Entry("norwegian", Language.NB, "Pr", Audience.PUBLIC, Set.of(Language.EN)));
    many.add(new Suggestions.Entry("hidden", Language.EN, "Printer", Audience.AGENT, Set.of(Language.EN)));
    Suggestions large = new Suggestions(many);

    List<Suggestions.Suggestion> found = large.suggest(Language.EN, "pr", 4, false);

    assertThat(found).extracting(Suggestions.Suggestion::slug).containsExactly("shorter", "short", "long-0", "long-1");
    assertThat(large.suggest(Language.EN, "pr", 5000 + 3, false)).hasSize(5000 + 3).last()
        .extracting(Suggestions.Suggestion::slug).isEqualTo("norwegian");
  }

  @Test
  void replacingAnArticlesTitlesKeepsTheOthers() {
    Suggestions replaced = suggestions.replacing(java.util.Map.of(
        new Suggestions.Key("anatomy", "article"),
        List.of(new Suggestions.Entry("anatomy", Language.EN, "Structure of a support call", Audience.PUBLIC, Set.of(Language.EN))),
        new Suggestions.Key("case", "article"), List.of()));

    assertThat(replaced.suggest(Language.EN, "anat", 8, false)).isEmpty();
    assertThat(replaced.suggest(Language.EN, "struct", 8, false)).extracting(Suggestions.Suggestion::slug).containsExactly("anatomy");
    assertThat(replaced.suggest(Language.AR, "حاله", 8, false)).isEmpty();
    assertThat(replaced.suggest(Language.EN, "telefon", 8, false)).extracting(Suggestions.Suggestion::slug).containsExactly("phone");
    assertThat(replaced.suggest(Language.VI, "tuong", 8, false)).isEmpty();
    assertThat(replaced.size()).isEqualTo(3);
  }
}
