package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Termbase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A termbase term that the analyzer would shrink to one word or none by leaving out its stop
 * words is recognised in a query by all its words, inflected as the analyzer forgives.
 */
class TermsWithStopWordsTest {

  private static final ArticleIndex INDEX = new ArticleIndex();
  private static final TypedQueries QUERIES = new TypedQueries(INDEX.analyzer(), INDEX.analyzers());

  private static final Glossary.Analysed TERMS = Glossary.of(Termbase.of(List.of(
      concept("sign-in", Map.of(Language.EN, List.of("log on", "sign in"), Language.NB, List.of("logge på"))),
      concept("event-log", Map.of(Language.EN, List.of("event log"))),
      concept("connect", Map.of(Language.NB, List.of("koble til"))),
      concept("disconnect", Map.of(Language.NB, List.of("koble fra"))),
      concept("offline", Map.of(Language.AR, List.of("غير متصل"), Language.DE, List.of("nicht verbunden"))),
      concept("it-department", Map.of(Language.EN, List.of("IT"))),
      concept("no-paper", Map.of(Language.DE, List.of("kein Papier"))),
      concept("paper-jam", Map.of(Language.EN, List.of("paper jam"))))))
      .analysed(QUERIES::glossaryForms, QUERIES::withStopWords);

  private static Concept concept(String id, Map<Language, List<String>> words) {
    Map<Language, List<Term>> terms = new EnumMap<>(Language.class);
    words.forEach((language, list) -> terms.put(language, list.stream().map(Term::admitted).toList()));
    return new Concept(id, Optional.empty(), Optional.empty(), terms);
  }

  private static List<String> named(Language language, String query) {
    return TERMS.named(language, query).stream().map(Glossary.Concept::id).toList();
  }

  @Test
  void aTermIsRecognisedByAllItsWordsInAnyInflection() {
    assertThat(named(Language.EN, "can't log on to the VPN")).containsExactly("sign-in");
    assertThat(named(Language.EN, "logging on fails")).containsExactly("sign-in");
    assertThat(named(Language.EN, "Signing in takes ages")).containsExactly("sign-in");
    assertThat(named(Language.NB, "kobler til skriveren")).containsExactly("connect");
    assertThat(named(Language.NB, "får ikke logget på")).containsExactly("sign-in");
    assertThat(named(Language.AR, "الطابعة غير متصلة")).containsExactly("offline");
    assertThat(named(Language.DE, "Drucker meldet kein Papier")).containsExactly("no-paper");
  }

  @Test
  void theWordLeftWhenItsStopWordsAreLeftOutDoesNotNameIt() {
    assertThat(named(Language.EN, "where is the event log")).containsExactly("event-log");
    assertThat(named(Language.EN, "sign the form")).isEmpty();
    assertThat(named(Language.NB, "koble fra skriveren")).containsExactly("disconnect");
    assertThat(named(Language.AR, "الطابعة متصلة")).isEmpty();
    assertThat(named(Language.DE, "Papier nachfüllen")).isEmpty();
    assertThat(named(Language.DE, "Drucker ist verbunden")).isEmpty();
  }

  @Test
  void anAbbreviationThatIsAlsoAStopWordIsRecognisedInCapitalsOnly() {
    assertThat(named(Language.EN, "call IT about it")).containsExactly("it-department");
    assertThat(named(Language.EN, "is it broken")).isEmpty();
  }

  @Test
  void termsTheAnalyzerKeepsWholeAreRecognisedAsBefore() {
    assertThat(named(Language.EN, "paper jams in tray 2")).containsExactly("paper-jam");
  }
}
