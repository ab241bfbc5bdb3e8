package app.guidepost.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupTest {

  @Test
  void retriesPauseLongerEachTimeUpToAMinute() {
    assertThat(Startup.pauseAfter(1)).isEqualTo(1);
    assertThat(Startup.pauseAfter(2)).isEqualTo(2);
    assertThat(Startup.pauseAfter(5)).isEqualTo(16);
    assertThat(Startup.pauseAfter(7)).isEqualTo(60);
    assertThat(Startup.pauseAfter(1_000)).isEqualTo(60);
  }
}
