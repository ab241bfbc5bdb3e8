package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CompoundsTest {

  private static final Set<String> KNOWN = Set.of("druck", "netzwerk", "musikk", "vent", "system", "sprach");

  @Test
  void anUnknownCompoundIsKnownByItsHeadAndItsModifier() {
    assertThat(Compounds.knownParts("netzwerkdruck", KNOWN::contains)).containsExactly("netzwerk", "druck");
    assertThat(Compounds.knownParts("ventemusikk", KNOWN::contains)).containsExactly("vent", "musikk");
  }

  @Test
  void aLinkingLetterBetweenThePartsIsAllowed() {
    assertThat(Compounds.knownParts("systemssprach", KNOWN::contains)).containsExactly("system", "sprach");
  }

  @Test
  void theHeadAloneWhenTheModifierIsUnknown() {
    assertThat(Compounds.knownParts("laserdruck", KNOWN::contains)).containsExactly("druck");
  }

  @Test
  void aKnownWordShortWordOrUnknownHeadIsNotSplit() {
    assertThat(Compounds.knownParts("druck", KNOWN::contains)).isEmpty();
    assertThat(Compounds.knownParts("druckerei", KNOWN::contains)).isEmpty();
    assertThat(Compounds.knownParts("abc", KNOWN::contains)).isEmpty();
    assertThat(Compounds.knownParts("x".repeat(Compounds.MAX_LENGTH + 1) + "druck", KNOWN::contains)).isEmpty();
  }
}
