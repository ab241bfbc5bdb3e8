package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchRequestTest {

  private static SearchRequest parse(String q, String limit, String offset) {
    return SearchRequest.parse(Optional.ofNullable(q), Language.EN, Optional.ofNullable(limit), Optional.ofNullable(offset), false);
  }

  @Test
  void defaultsToTheFirstTenHits() {
    SearchRequest request = parse("hold", null, null);
    assertThat(request.limit()).isEqualTo(10);
    assertThat(request.offset()).isZero();
  }

  @Test
  void cleansInvisibleCharactersAndNormalisesToNfc() {
    assertThat(parse("ho\u0302\u0303\u200B  tro\u031b\u0323\u202E", null, null).text()).isEqualTo("hỗ trợ");
  }

  @Test
  void invisibleFormattingInsideAWordKeepsTheWordWholeAndFullwidthIsFolded() {
    assertThat(parse("pri\u200Bnter", null, null).text()).isEqualTo("printer");
    assertThat(parse("pri\u00ADnter queue", null, null).text()).isEqualTo("printer queue");
    assertThat(parse("\uFF50\uFF52\uFF49\uFF4E\uFF54\uFF45\uFF52", null, null).text()).isEqualTo("printer");
  }

  @Test
  void loneSurrogatesAreDropped() {
    assertThat(parse("a\uD800b", null, null).text()).isEqualTo("a b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u200B\u202E"})
  void anEmptyQueryIsRefused(String q) {
    assertThatThrownBy(() -> parse(q, null, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("'q' is required");
  }

  @Test
  void aMissingQueryIsRefused() {
    assertThatThrownBy(() -> parse(null, null, null)).hasMessageContaining("'q' is required");
  }

  @Test
  void anOverlongQueryIsRefusedWithItsLength() {
    assertThatThrownBy(() -> parse("a".repeat(501), null, null)).hasMessageContaining("501 characters; at most 500");
    assertThatThrownBy(() -> parse("a".repeat(1_000_000), null, null)).hasMessageContaining("at most 500");
    assertThat(parse("a".repeat(500), null, null).text()).hasSize(500);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "101", "1e3", "abc", "99999999999999999999", "10.5"})
  void aBadLimitIsRefused(String limit) {
    assertThatThrownBy(() -> parse("hold", limit, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.title()).isEqualTo("Invalid limit"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "10001", "1e6", "x"})
  void aBadOffsetIsRefused(String offset) {
    assertThatThrownBy(() -> parse("hold", null, offset))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.title()).isEqualTo("Invalid offset"));
  }

  @Test
  void boundsAreInclusive() {
    SearchRequest request = parse("hold", "100", "10000");
    assertThat(request.limit()).isEqualTo(100);
    assertThat(request.offset()).isEqualTo(10_000);
  }
}
