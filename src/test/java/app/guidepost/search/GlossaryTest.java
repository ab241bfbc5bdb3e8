package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which concepts a text names, and what it is expanded with. */
class GlossaryTest {

  private static final Glossary GLOSSARY = new Glossary(List.of(
      new Glossary.Concept("direct-number", Map.of(Language.EN, List.of("DID", "direct dial number"), Language.NB, List.of("direktenummer"))),
      new Glossary.Concept("vpn", Map.of(Language.EN, List.of("VPN", "virtual private network"), Language.DE, List.of("VPN-Verbindung")))));

  /** Small letters, split at spaces: enough to show the glossary's own rules. */
  private static final Glossary.Analysed ANALYSED = GLOSSARY.analysed((language, text) ->
      List.of(Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s?]+")).filter(w -> !w.isEmpty()).toList()));

  @Test
  void anAbbreviationInCapitalsNamesItsConceptOnlyWhereTheTextWritesItInCapitals() {
    assertThat(ANALYSED.expand(Language.EN, "Who did internet2 partner with?")).isEmpty();
    assertThat(ANALYSED.expand(Language.EN, "Which DID rings the front desk?").get(Language.NB)).containsExactly("direktenummer");
    assertThat(ANALYSED.expand(Language.EN, "VPN drops every hour").get(Language.DE)).containsExactly("VPN-Verbindung");
    assertThat(ANALYSED.expand(Language.EN, "myVPN drops")).isEmpty();
  }

  @Test
  void theOtherTermsOfAConceptNameItInAnyCase() {
    assertThat(ANALYSED.expand(Language.EN, "my Virtual Private Network is slow").get(Language.EN))
        .containsExactly("VPN", "virtual private network");
  }

  @Test
  void whatCountsAsAnAbbreviation() {
    assertThat(Glossary.isAbbreviation("VPN")).isTrue();
    assertThat(Glossary.isAbbreviation("2FA")).isTrue();
    assertThat(Glossary.isAbbreviation("IT")).isTrue();
    assertThat(Glossary.isAbbreviation("A")).isFalse();
    assertThat(Glossary.isAbbreviation("Wi-Fi")).isFalse();
    assertThat(Glossary.isAbbreviation("wifi")).isFalse();
  }
  @Test
  void aSyllableTypedWithItsMarksNamesOnlyTheTermThatWritesItSo() {
    Glossary glossary = new Glossary(List.of(
        new Glossary.Concept("closes-by-itself", Map.of(Language.VI, List.of("tự đóng"))),
        new Glossary.Concept("automatic", Map.of(Language.VI, List.of("tự động")))));
    // As typed, and without diacritics (đ as d): the two forms of the Vietnamese analyzers.
    Glossary.Analysed analysed = glossary.analysed((language, text) -> {
      List<String> typed = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
      return List.of(typed, typed.stream()
          .map(w -> java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd'))
          .toList());
    });

    assertThat(analysed.named(Language.VI, "máy tự động tắt")).extracting(Glossary.Concept::id).containsExactly("automatic");
    assertThat(analysed.named(Language.VI, "cửa sổ tự đóng")).extracting(Glossary.Concept::id).containsExactly("closes-by-itself");
    // Typed bare, the syllables may be either; typed in part, the marks typed decide.
    assertThat(analysed.named(Language.VI, "may tu dong tat")).extracting(Glossary.Concept::id).containsExactly("closes-by-itself", "automatic");
    assertThat(analysed.named(Language.VI, "may tu động tat")).extracting(Glossary.Concept::id).containsExactly("automatic");
  }
}
