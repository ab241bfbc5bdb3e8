package app.guidepost.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counts of reads per article and language, and the most read articles drawn from them. */
class PopularArticlesTest {

  @Test
  void theMostReadAreThoseReadOftenEnoughMostReadFirstAndEveryCountIsKept() {
    PopularArticles popular = new PopularArticles();
    assertThat(popular.in(Language.NB)).isEmpty();
    assertThat(popular.reads(Language.NB, "vpn")).isZero();

    popular.replace(Map.of(
        Language.NB, Map.of("vpn", 7L, "printer-queue", 3L, "password-reset", 3L, "greeting", 1L),
        Language.DE, Map.of("vpn", 2L)), 2, 3);

    // Equally read: by slug. Read once: counted, but not among the most read.
    assertThat(popular.in(Language.NB)).containsExactly("vpn", "password-reset", "printer-queue");
    assertThat(popular.reads(Language.NB, "greeting")).isEqualTo(1);
    assertThat(popular.reads(Language.NB, "vpn")).isEqualTo(7);
    assertThat(popular.in(Language.DE)).containsExactly("vpn");
    assertThat(popular.in(Language.AR)).isEmpty();

    popular.replace(Map.of(Language.NB, Map.of("vpn", 7L, "printer-queue", 3L, "password-reset", 3L, "greeting", 1L)), 2, 1);
    assertThat(popular.in(Language.NB)).containsExactly("vpn");
    assertThat(popular.reads(Language.DE, "vpn")).as("replaced whole").isZero();
  }
}
