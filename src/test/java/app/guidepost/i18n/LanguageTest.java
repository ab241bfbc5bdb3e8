package app.guidepost.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void readsCodesAsPeopleWriteThem() {
    assertThat(Language.fromCode("vi")).contains(Language.VI);
    assertThat(Language.fromCode("DE")).contains(Language.DE);
    assertThat(Language.fromCode("de-AT")).contains(Language.DE);
    assertThat(Language.fromCode("nb_NO")).contains(Language.NB);
    assertThat(Language.fromCode("no")).contains(Language.NB);
    assertThat(Language.fromCode("ar")).contains(Language.AR);
  }

  @Test
  void unknownCodesAreRefusedNeverReplacedByEnglish() {
    assertThat(Language.fromCode("fr")).isEmpty();
    assertThat(Language.fromCode("")).isEmpty();
    assertThat(Language.fromCode(null)).isEmpty();
    assertThatThrownBy(() -> Language.require("xx")).isInstanceOf(UnknownLanguageException.class).hasMessageContaining("'xx'");
  }

  @Test
  void onlyArabicIsRightToLeft() {
    assertThat(List.of(Language.values())).filteredOn(Language::isRightToLeft).containsExactly(Language.AR);
  }

  @Test
  void negotiationPrefersTheParameterThenAcceptLanguageThenEnglish() {
    List<Locale> accept = List.of(Locale.FRENCH, Locale.of("nb", "NO"), Locale.GERMAN);
    assertThat(LanguageNegotiation.negotiate(Optional.of("vi"), accept)).isEqualTo(Language.VI);
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), accept)).isEqualTo(Language.NB);
    assertThat(LanguageNegotiation.negotiate(Optional.empty(), List.of(Locale.FRENCH))).isEqualTo(Language.EN);
    assertThatThrownBy(() -> LanguageNegotiation.negotiate(Optional.of("fr"), accept)).isInstanceOf(UnknownLanguageException.class);
  }

  @Test
  void fallbackChainsNeverContainTheReadersOwnLanguage() {
    assertThat(FallbackChains.parse(Language.NB, "en, nb, de, en")).containsExactly(Language.EN, Language.DE);
    assertThat(FallbackChains.parse(Language.EN, "en")).isEmpty();
  }

  @Test
  void everyBundleHasEveryEnglishKeyAndFormatsPlurals() {
    Messages messages = new Messages();
    for (Language language : Language.values()) {
      for (String key : List.of("language.en", "article.fallback.notice", "search.results.count", "search.noResults")) {
        assertThat(messages.has(language, key)).as(language + " " + key).isTrue();
      }
    }
    assertThat(messages.format(Language.EN, "search.results.count", Map.of("count", 1))).isEqualTo("1 result");
    assertThat(messages.format(Language.EN, "search.results.count", Map.of("count", 3))).isEqualTo("3 results");
    assertThat(messages.format(Language.DE, "article.fallback.notice",
            Map.of("requested", messages.languageName(Language.DE, Language.DE), "shown", messages.languageName(Language.DE, Language.EN))))
        .contains("Deutsch", "Englisch");
  }
}
