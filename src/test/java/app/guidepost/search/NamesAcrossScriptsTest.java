package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import org.junit.jupiter.api.Test;

/** A name in Arabic letters and the same name in Latin letters come to the same consonants; other words mostly do not. */
class NamesAcrossScriptsTest {

  @Test
  void aNameHasTheSameConsonantsInBothAlphabets() {
    // Denver, Carolina, Panthers, Beyoncé, Huguenot, Scotland, Luther, Coldplay, Hamburg, Charles
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "دنفر")).isEqualTo("DNFR").isEqualTo(NamesAcrossScripts.skeleton(Language.EN, "denver"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "كارولينا")).isEqualTo("KRLN").isEqualTo(NamesAcrossScripts.skeleton(Language.EN, "carolina"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "بانثرز")).isEqualTo("BNTRS").isEqualTo(NamesAcrossScripts.skeleton(Language.EN, "panthers"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "بيونسيه")).isEqualTo("BNS").isEqualTo(NamesAcrossScripts.skeleton(Language.EN, "beyoncé"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "هوغونوت")).isEqualTo("KNT").isEqualTo(NamesAcrossScripts.skeleton(Language.EN, "huguenot"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "اسكتلندا")).isEqualTo("SKTLND").isEqualTo(NamesAcrossScripts.skeleton(Language.EN, "scotland"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "لوثر")).isEqualTo("LTR").isEqualTo(NamesAcrossScripts.skeleton(Language.DE, "Luther"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "كولدبلاي")).isEqualTo("KLDBL").isEqualTo(NamesAcrossScripts.skeleton(Language.EN, "coldplay"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "هامبورغ")).isEqualTo("MBRK").isEqualTo(NamesAcrossScripts.skeleton(Language.DE, "Hamburg"));
    assertThat(NamesAcrossScripts.skeleton(Language.AR, "تشارلز")).isEqualTo("SRLS").isEqualTo(NamesAcrossScripts.skeleton(Language.EN, "charles"));
  }

  @Test
  void doubledLettersAndLetterPairsWriteOneSound() {
    assertThat(NamesAcrossScripts.skeleton(Language.EN, "philippines")).isEqualTo("FLBNS");
    assertThat(NamesAcrossScripts.skeleton(Language.NB, "Tromsø")).isEqualTo("TRMS");
    assertThat(NamesAcrossScripts.skeleton(Language.DE, "Straße")).isEqualTo("STRS");
    assertThat(NamesAcrossScripts.skeleton(Language.EN, "exxon")).isEqualTo("KSN");
  }
}
