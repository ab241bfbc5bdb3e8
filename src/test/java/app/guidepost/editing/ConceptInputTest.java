package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConceptInputTest {

  private static Concept concept(String id, Map<Language, List<Term>> terms) {
    return ConceptInput.concept(id, Optional.of("  networking "), Optional.of(""), terms);
  }

  private static String detail(Runnable input) {
    try {
      input.run();
    } catch (InvalidInputException e) {
      return e.detail();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void termsAreOneLineNfcAndARepeatedTermIsKeptOnce() {
    Concept concept = concept("net-vpn", Map.of(
        Language.VI, List.of(Term.preferred(" mạng  riêng\tảo "), Term.admitted("Mạng riêng ảo"), Term.admitted("VPN"), Term.admitted("  ")),
        Language.DE, List.of(Term.preferred("VPN-Verbindung"))));
    assertThat(concept.terms(Language.VI)).extracting(Term::text).containsExactly("mạng riêng ảo", "VPN");
    assertThat(concept.subject()).contains("networking");
    assertThat(concept.definition()).isEmpty();
    // "ả" typed as a + combining hook above is stored composed.
    Concept decomposed = concept("x", Map.of(Language.VI, List.of(Term.preferred("a\u0309o"))));
    assertThat(decomposed.terms(Language.VI).get(0).text()).isEqualTo("ảo");
  }

  @Test
  void refusesWhatAnExportedFileCouldNotHoldWithAClearReason() {
    assertThat(detail(() -> concept("bad id", Map.of(Language.EN, List.of(Term.preferred("x"))))))
        .isEqualTo("The id 'bad id' cannot be used: ids are letters, digits, '_', '.' and '-', at most 100, not starting with '.' or '-'.");
    assertThat(detail(() -> concept("x", Map.of(Language.EN, List.of(Term.preferred("evil\u202Etxt"))))))
        .isEqualTo("The term 'evil txt' has control, bidirectional or invisible characters (en).");
    assertThat(detail(() -> concept("x", Map.of(Language.EN, List.of(Term.preferred("w".repeat(121)))))))
        .isEqualTo("A term has at most 120 characters (en).");
    assertThat(detail(() -> concept("x", Map.of(Language.NB, List.of(Term.preferred("skriver"), Term.preferred("printer"))))))
        .isEqualTo("A language has one preferred term at most; nb has 2. Mark the others admitted.");
    assertThat(detail(() -> concept("x", Map.of(Language.DE, List.of(new Term("Kennwort", Term.Status.DEPRECATED, false))))))
        .isEqualTo("A concept needs at least one term in use (preferred or admitted) in one of the languages.");
    assertThat(detail(() -> ConceptInput.concept("x", Optional.of("a\u0007b"), Optional.empty(), Map.of(Language.EN, List.of(Term.preferred("x"))))))
        .isEqualTo("The subject has control, bidirectional or invisible characters.");
  }

  @Test
  void anAbbreviationIsWrittenInCapitals() {
    assertThat(ConceptInput.looksLikeAbbreviation("VPN")).isTrue();
    assertThat(ConceptInput.looksLikeAbbreviation("2FA")).isTrue();
    assertThat(ConceptInput.looksLikeAbbreviation("IT")).isTrue();
    assertThat(ConceptInput.looksLikeAbbreviation("Wi-Fi")).isFalse();
    assertThat(ConceptInput.looksLikeAbbreviation("A")).isFalse();
    assertThat(ConceptInput.looksLikeAbbreviation("VPN-Verbindung")).isFalse();
  }

  @Test
  void theLanguagesChangedAreThoseWhoseTermsDiffer() {
    Concept before = concept("x", Map.of(Language.EN, List.of(Term.preferred("printer")), Language.DE, List.of(Term.preferred("Drucker"))));
    Concept after = concept("x", Map.of(Language.EN, List.of(Term.preferred("printer")), Language.DE, List.of(Term.preferred("Drucker")),
        Language.AR, List.of(Term.preferred("طابعة"))));
    assertThat(ConceptInput.languagesChanged(Optional.of(before), after)).containsExactly(Language.AR);
    assertThat(ConceptInput.languagesChanged(Optional.empty(), after)).containsExactlyInAnyOrder(Language.EN, Language.DE, Language.AR);
  }
}
