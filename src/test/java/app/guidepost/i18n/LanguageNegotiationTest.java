package app.guidepost.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageNegotiationTest {

  @Test
  void theBrowsersFirstSupportedLanguageWins() {
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), "fr-FR, de;q=0.8, en;q=0.5")).isEqualTo(Language.DE);
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), "no")).isEqualTo(Language.NB);
    assertThat(LanguageNegotiation.negotiate(Optional.of("vi"), "de")).isEqualTo(Language.VI);
  }

  @Test
  void aMalformedOrMissingHeaderMeansEnglish() {
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), "../../etc;q=1")).isEqualTo(Language.EN);
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), (String) null)).isEqualTo(Language.EN);
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), "de;q=abc")).isEqualTo(Language.EN);
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), "de;q=0, vi")).isEqualTo(Language.VI);
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), "x".repeat(5000))).isEqualTo(Language.EN);
  }
}
