package app.guidepost.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Patterns: words, placeholders, language codes and an open end; the first route that fits wins. */
class RouteTableTest {

  private enum To { LIST, GUIDE, ITEM, DEEP }

  private static final RouteTable<To> TABLE = RouteTable.<To>empty()
      .route("", To.LIST)
      .route("guides/{slug}/{language}", To.GUIDE)
      .route("{slug}/{lang}", To.ITEM)
      .route("{slug}/{lang}/**", To.DEEP);

  @Test
  void segmentsLeaveOutEmptyOnes() {
    assertThat(RouteTable.segments("")).isEmpty();
    assertThat(RouteTable.segments("/")).isEmpty();
    assertThat(RouteTable.segments("/a//b/")).containsExactly("a", "b");
  }

  @Test
  void theFirstRouteThatFitsWinsAndHandsOverItsValues() {
    assertThat(TABLE.match(List.of())).hasValueSatisfying(m -> assertThat(m.page()).isEqualTo(To.LIST));
    assertThat(TABLE.match(List.of("guides", "no-internet", "de"))).hasValueSatisfying(m -> {
      assertThat(m.page()).isEqualTo(To.GUIDE);
      assertThat(m.values()).containsExactly("no-internet", "de");
    });
    // {language} takes only a language code ("no" is one): anything else goes on to the next route.
    assertThat(TABLE.match(List.of("guides", "no-internet", "no"))).hasValueSatisfying(m -> assertThat(m.page()).isEqualTo(To.GUIDE));
    assertThat(TABLE.match(List.of("guides", "no-internet", "history"))).hasValueSatisfying(m -> {
      assertThat(m.page()).isEqualTo(To.DEEP);
      assertThat(m.values()).containsExactly("guides", "no-internet");
    });
    assertThat(TABLE.match(List.of("reset-password", "xx"))).hasValueSatisfying(m -> {
      assertThat(m.page()).isEqualTo(To.ITEM);
      assertThat(m.value(1)).isEqualTo("xx");
    });
    assertThat(TABLE.match(List.of("a", "b", "c", "d"))).hasValueSatisfying(m -> assertThat(m.page()).isEqualTo(To.DEEP));
  }

  @Test
  void anAddressNoRouteFitsHasNoPage() {
    assertThat(TABLE.match(List.of("only-one"))).isEmpty();
    assertThat(RouteTable.<To>empty().match(List.of())).isEmpty();
  }

  @Test
  void anOpenEndOnlyEndsAPattern() {
    assertThatThrownBy(() -> RouteTable.<To>empty().route("**/x", To.DEEP)).isInstanceOf(IllegalArgumentException.class);
  }
}
