package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Folding for suggestions: what a person types without accents, case or Arabic variants meets the text. */
class FoldingTest {

  @Test
  void latinTextIsFoldedToLowerCaseBaseLetters() {
    assertThat(Folding.fold("Nhân viên HỖ TRỢ")).isEqualTo("nhan vien ho tro");
    assertThat(Folding.fold("STRAẞE")).isEqualTo(Folding.fold("straße")).isEqualTo("strasse");
    assertThat(Folding.fold("Skriverkø Æ")).isEqualTo("skriverko a");
  }

  @Test
  void arabicVariantsTatweelAndDigitsAreUnified() {
    assertThat(Folding.fold("إعادة تشغيل")).isEqualTo(Folding.fold("اعاده تشغيل"));
    assertThat(Folding.fold("ٱلطابعة")).isEqualTo("الطابعه");
    assertThat(Folding.fold("مستشفى")).isEqualTo("مستشفي");
    assertThat(Folding.fold("شـــبكة")).isEqualTo("شبكه");
    assertThat(Folding.fold("٤٠٤")).isEqualTo("404");
  }
}
