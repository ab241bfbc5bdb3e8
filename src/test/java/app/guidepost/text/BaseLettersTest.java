package app.guidepost.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaseLettersTest {

  @Test
  void marksAreDroppedAndTheLettersWithoutADecompositionReplacedKeepingCase() {
    assertThat(BaseLetters.of("Bắt đầu bằng lời chào")).isEqualTo("Bat dau bang loi chao");
    assertThat(BaseLetters.of("Đổi mật khẩu")).isEqualTo("Doi mat khau");
    assertThat(BaseLetters.of("Løsning på ærlig vis")).isEqualTo("Losning pa arlig vis");
    assertThat(BaseLetters.of("ØST ÆRE")).isEqualTo("OST ARE");
    assertThat(BaseLetters.of("Straße STRAẞE Grüße")).isEqualTo("Strasse STRASSE Grusse");
  }

  @Test
  void arabicLosesItsHarakatAndTheHamzaOrMaddaOnAlefButKeepsItsLetters() {
    assertThat(BaseLetters.of("مُشْكِلَة")).isEqualTo("مشكلة");
    assertThat(BaseLetters.of("أ إ آ")).isEqualTo("ا ا ا");
  }

  @Test
  void compatibilityFormsBecomeTheirPlainLetters() {
    assertThat(BaseLetters.of("ﬁle Ｗｉｆｉ")).isEqualTo("file Wifi");
  }
}
