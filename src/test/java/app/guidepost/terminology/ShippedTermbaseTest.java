package app.guidepost.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.text.UnsafeCharacters;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The termbase that ships with Guidepost, as every help desk gets it on day one. */
class ShippedTermbaseTest {

  private final Termbase shipped = Terminology.shipped();

  @Test
  void holdsAtLeastFifteenHundredConceptsEachInAllFiveLanguages() {
    assertThat(shipped.size()).isGreaterThanOrEqualTo(1500);
    for (Concept concept : shipped.concepts()) {
      for (Language language : Language.values()) {
        assertThat(concept.preferred(language)).as(concept.id() + " has a preferred term in " + language).isPresent();
      }
      assertThat(concept.definition()).as(concept.id() + " says which sense is meant").isPresent();
      assertThat(concept.subject()).as(concept.id() + " has a subject").isPresent();
    }
  }

  @Test
  void everyTermIsOneSafeLineInNormalForm() {
    for (Concept concept : shipped.concepts()) {
      for (Language language : Language.values()) {
        Set<String> seen = new HashSet<>();
        for (Term term : concept.terms(language)) {
          assertThat(UnsafeCharacters.in(term.text())).as(term.text()).isFalse();
          assertThat(term.text()).isEqualTo(java.text.Normalizer.normalize(term.text(), java.text.Normalizer.Form.NFC)).isNotBlank();
          assertThat(seen.add(term.text().toLowerCase(Locale.ROOT))).as(concept.id() + " repeats " + term.text()).isTrue();
        }
      }
    }
  }

  @Test
  void coversTheWordsOfEveryoneWhoCallsTheHelpDesk() {
    // A few concepts of each subject, as a reader types them: a missing subject file shows here.
    assertThat(concepts("mật khẩu", Language.VI)).isNotEmpty();
    assertThat(concepts("WLAN", Language.DE)).isNotEmpty();
    assertThat(concepts("skriver", Language.NB)).isNotEmpty();
    assertThat(concepts("البريد الإلكتروني", Language.AR)).isNotEmpty();
    assertThat(concepts("blue screen", Language.EN)).isNotEmpty();
    assertThat(concepts("put on hold", Language.EN)).isNotEmpty();
    // The everyday words of a problem, which end users type beside the thing that has it.
    assertThat(concepts("langsam", Language.DE)).contains("sym-slow");
    assertThat(concepts("quên", Language.VI)).contains("sym-forgot");
    assertThat(concepts("henger", Language.NB)).contains("sym-stuck");
    assertThat(concepts("نسيت", Language.AR)).contains("sym-forgot");
    // The everyday use of a desktop or laptop.
    assertThat(concepts("độ sáng màn hình", Language.VI)).contains("desk-brightness");
    assertThat(concepts("Tippen zum Klicken", Language.DE)).contains("desk-tap-to-click");
    assertThat(concepts("skjermen dimmes", Language.NB)).contains("desk-screen-dims");
    assertThat(concepts("إغلاق غطاء اللابتوب", Language.AR)).contains("desk-lid-close-action");
    assertThat(shipped.concepts()).extracting(c -> c.subject().orElseThrow()).contains(
        "networking", "accounts-security", "hardware-devices", "printing-scanning", "os-software", "email-collaboration", "helpdesk-service",
        "symptoms", "desktop");
  }

  private java.util.List<String> concepts(String term, Language language) {
    return shipped.concepts().stream().filter(c -> c.wordsInUse(language).contains(term)).map(Concept::id).toList();
  }

  @Test
  void theTermbaseInEffectIsTheShippedOneUntilTheContentFolderAddsItsOwn() {
    Terminology terminology = new Terminology();
    assertThat(terminology.current()).isSameAs(shipped);
    Termbase own = Termbase.of(java.util.List.of(new Concept("our-crm", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Map.of(Language.EN, java.util.List.of(Term.preferred("Acme CRM"))))));
    Termbase inEffect = terminology.replaceOwn(own);
    assertThat(terminology.current()).isSameAs(inEffect);
    assertThat(inEffect.size()).isEqualTo(shipped.size() + 1);
  }
}
