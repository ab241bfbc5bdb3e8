package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Termbase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermConsistencyTest {

  private static final Glossary.Analysed ANALYSED = TermConsistency.analysed(Termbase.EMPTY, new ArticleIndex().analyzer());
  private static final List<Concept> OWN = List.of(
      new Concept("printer", Optional.empty(), Optional.empty(), Map.of(
          Language.EN, List.of(Term.preferred("printer")),
          Language.DE, List.of(Term.admitted("Printer"), Term.preferred("Drucker")))),
      new Concept("password", Optional.empty(), Optional.empty(), Map.of(
          Language.EN, List.of(Term.preferred("password")),
          Language.DE, List.of(Term.preferred("Passwort"), Term.admitted("Kennwort"), new Term("Codewort", Term.Status.DEPRECATED, false)))),
      new Concept("it", Optional.empty(), Optional.empty(), Map.of(
          Language.EN, List.of(new Term("IT", Term.Status.PREFERRED, true)),
          Language.DE, List.of(Term.preferred("IT-Abteilung")))),
      new Concept("hold", Optional.empty(), Optional.empty(), Map.of(
          Language.EN, List.of(Term.admitted("put on hold")))));

  private static List<TermConsistency.Finding> check(String source, String translation) {
    return TermConsistency.check(OWN, ANALYSED, Language.EN, source, Language.DE, translation);
  }

  @Test
  void aSourceTermWhoseConceptTheSectionNeverNamesIsReportedWithItsApprovedTermsPreferredFirst() {
    assertThat(check("## Printer\n\nRestart the printer.\n\n## Password\n\nReset your password.",
        "## Drucker\n\nStarten Sie den Drucker neu.\n\n## Anmeldung\n\nSetzen Sie Ihren Zugangscode zurück."))
        .containsExactly(new TermConsistency.Finding("Password", "password", false, List.of("Passwort", "Kennwort")));
  }

  @Test
  void aDeprecatedTermInTheTranslationIsReportedEvenWhereTheSourceSaysItOtherwise() {
    assertThat(check("Reset the password.", "Setzen Sie das Codewort zurück."))
        .containsExactly(new TermConsistency.Finding("", "Codewort", true, List.of("Passwort", "Kennwort")));
    assertThat(check("Choose a secret.", "Wählen Sie ein Codewort.")).extracting(TermConsistency.Finding::term).containsExactly("Codewort");
  }

  @Test
  void anyApprovedTermInAnyInflectionCountsAndEachConceptIsReportedOncePerArticle() {
    assertThat(check("Restart the printer, then change the password.", "Starten Sie die Drucker neu und ändern Sie das Kennwort.")).isEmpty();
    assertThat(check("## A\n\nThe password.\n\n## B\n\nThe password again.", "## A\n\nDer Code.\n\n## B\n\nDer Code wieder."))
        .extracting(TermConsistency.Finding::section).containsExactly("A");
  }

  @Test
  void theSourceTermCountsOnlyAsWrittenAndAnAbbreviationOnlyInCapitals() {
    assertThat(check("Two printers and the passwords.", "Zwei Geräte und die Codes.")).as("another form is not the term").isEmpty();
    assertThat(check("Ask it again.", "Fragen Sie noch einmal.")).isEmpty();
    assertThat(check("Ask IT again.", "Fragen Sie noch einmal.")).extracting(TermConsistency.Finding::term).containsExactly("IT");
    assertThat(TermConsistency.writes("Open the Printer settings", "printer")).isTrue();
    assertThat(TermConsistency.writes("Open the printers", "printer")).isFalse();
  }

  @Test
  void whereTheSectionsDoNotLineUpTheWholeArticleIsCompared() {
    assertThat(check("## One\n\nThe printer.\n\n## Two\n\nThe password.", "Der Drucker und das Passwort.")).isEmpty();
    assertThat(check("## One\n\nThe printer.\n\n## Two\n\nThe password.", "Nur der Drucker."))
        .containsExactly(new TermConsistency.Finding("", "password", false, List.of("Passwort", "Kennwort")));
  }

  @Test
  void aConceptWithoutTermsInTheTranslationsLanguageIsNotReportedAndNoOwnConceptsMeanNoFindings() {
    assertThat(check("Never put on hold without asking.", "Fragen Sie immer zuerst.")).isEmpty();
    assertThat(TermConsistency.check(List.of(), ANALYSED, Language.EN, "The password.", Language.DE, "Der Code.")).isEmpty();
  }

  @Test
  void theMarkdownIsCutAtEachLevelTwoHeading() {
    assertThat(TermConsistency.parts("Intro\n\n## A\n\ntext\n### A.1\n\n## B\n")).containsExactly("Intro\n\n", "## A\n\ntext\n### A.1\n\n", "## B\n");
  }
}
