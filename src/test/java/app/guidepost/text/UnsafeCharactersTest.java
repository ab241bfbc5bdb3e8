package app.guidepost.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The characters never stored, and the one form of line end. */
class UnsafeCharactersTest {

  @Test
  void bidiOverridesControlsAndInvisibleCharactersAreUnsafeButTheJoinersAreNot() {
    for (int unsafe : new int[] {0x202E, 0x2066, 0x200E, 0x200F, 0x061C, 0x200B, 0xFEFF, 0x00AD, 0x2028, 0x0007, 0x007F, 0x0085, 0xE0041, 0x3164, 0x034F, '\r'}) {
      assertThat(UnsafeCharacters.isUnsafe(unsafe)).as("U+%04X", unsafe).isTrue();
    }
    for (int safe : new int[] {'a', 'đ', 'ß', 'ø', 'ع', 0x200C, 0x200D, '\n', '\t', ' ', 0x00A0}) {
      assertThat(UnsafeCharacters.isUnsafe(safe)).as("U+%04X", safe).isFalse();
    }
  }

  @Test
  void aOneLineFieldRefusesLineEndsAndTabsTooWhileATextKeepsThem() {
    assertThat(UnsafeCharacters.in("Step one\n\tthen two")).isFalse();
    assertThat(UnsafeCharacters.inLine("Step one\nthen two")).isTrue();
    assertThat(UnsafeCharacters.inLine("Step\tone")).isTrue();
    assertThat(UnsafeCharacters.inLine("ستُّ خطوات")).isFalse();
    assertThat(UnsafeCharacters.inLine("abc\u202Edef")).isTrue();
  }

  @Test
  void theFirstUnsafeCharacterIsFoundByItsLine() {
    assertThat(UnsafeCharacters.firstLine("one\ntwo\nth\u202Eree\nfour\u200B")).hasValue(3);
    assertThat(UnsafeCharacters.firstLine("\u2066first")).hasValue(1);
    assertThat(UnsafeCharacters.firstLine("clean\ntext\u200D")).isEmpty();
  }

  @Test
  void onlyWhatChangesTheReadingIsDangerousAndTheRestCanBeDropped() {
    assertThat(UnsafeCharacters.dangerousFirstLine("a\u200Bb\n\u200F\uFEFF\u00AD\nc\u2066d")).hasValue(3);
    assertThat(UnsafeCharacters.dangerousFirstLine("a\u200Bb\u200F\uFEFF\u00AD\u2060\u3164")).isEmpty();
    assertThat(UnsafeCharacters.dangerousFirstLine("tag\uDB40\uDC41")).hasValue(1);
    assertThat(UnsafeCharacters.withoutInvisible("a\u200Bb\u200F c\u202Ed\u200D")).isEqualTo("ab c\u202Ed\u200D");
  }

  @Test
  void aNoteKeptAsGivenLosesItsUnsafeCharactersLineEndsAndTabs() {
    assertThat(UnsafeCharacters.replacedInLine("Fixed\u202E the\ttypo\nagain")).isEqualTo("Fixed  the typo again");
  }

  @Test
  void everyLineEndBecomesLf() {
    assertThat(LineEnds.lf("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    assertThat(LineEnds.lf("\r\n\r\n")).isEqualTo("\n\n");
  }
}
