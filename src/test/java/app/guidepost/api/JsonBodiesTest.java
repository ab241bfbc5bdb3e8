package app.guidepost.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.platform.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  @Test
  void depthCountsBracketsOutsideStringsOnly() {
    assertThat(JsonBodies.depth("{\"a\":[1,{\"b\":2}]}")).isEqualTo(3);
    assertThat(JsonBodies.depth("{\"a\":\"[[[[{{{{\\\"]]\"}")).isEqualTo(1);
  }

  @Test
  void aDeeplyNestedBodyIsRefusedBeforeParsing() {
    assertThatThrownBy(() -> JsonBodies.object("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", Set.of("a")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nests objects and arrays");
    assertThat(JsonBodies.object("{\"a\":[[1]]}", Set.of("a")).containsKey("a")).isTrue();
  }
}
