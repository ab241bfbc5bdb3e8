package app.guidepost.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final LoginThrottle.Client STRANGER = new LoginThrottle.Client("203.0.113.7", false);
  private static final LoginThrottle.Client OTHER_STRANGER = new LoginThrottle.Client("203.0.113.8", false);
  private static final LoginThrottle.Client OWN_BROWSER = new LoginThrottle.Client("192.0.2.1", true);
  private static final LoginThrottle.Client OWN_SCRIPT = new LoginThrottle.Client("198.51.100.2", false);

  private LoginThrottle throttle;
  private Instant now;

  @BeforeEach
  void setUp() {
    now = Instant.parse("2026-12-06T10:00:00Z");
    throttle = new LoginThrottle();
    throttle.clock = new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }

  @Test
  void strangersAreSlowedAfterFiveFailuresAtANameWhateverTheirAddress() {
    for (int i = 0; i < LoginThrottle.FREE_PER_NAME; i++) {
      assertThat(throttle.waitBefore("admin", STRANGER)).isEmpty();
      throttle.failed("admin", STRANGER);
    }
    assertThat(throttle.waitBefore("admin", STRANGER)).contains(Duration.ofSeconds(1));
    assertThat(throttle.waitBefore("admin", OTHER_STRANGER)).contains(Duration.ofSeconds(1));
    throttle.failed("admin", OTHER_STRANGER);
    assertThat(throttle.waitBefore("admin", STRANGER)).contains(Duration.ofSeconds(2));
  }

  @Test
  void theOwnersBrowserAndTheAddressesTheyUsedAreNotSlowedByStrangers() {
    throttle.succeeded("admin", OWN_SCRIPT);
    for (int i = 0; i < 50; i++) {
      throttle.failed("admin", STRANGER);
    }
    assertThat(throttle.waitBefore("admin", STRANGER)).isPresent();
    assertThat(throttle.waitBefore("admin", OWN_BROWSER)).isEmpty();
    assertThat(throttle.waitBefore("admin", OWN_SCRIPT)).isEmpty();
  }

  @Test
  void aKnownClientThatKeepsFailingIsSlowedOnItsOwn() {
    for (int i = 0; i < LoginThrottle.FREE_PER_KNOWN_CLIENT; i++) {
      throttle.failed("admin", OWN_BROWSER);
    }
    assertThat(throttle.waitBefore("admin", OWN_BROWSER)).isPresent();
    assertThat(throttle.waitBefore("admin", STRANGER)).isEmpty();
  }

  @Test
  void oneAddressSprayingNamesIsSlowedForEveryNameItTries() {
    for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
      throttle.failed("name-" + i, STRANGER);
    }
    assertThat(throttle.waitBefore("someone-else", STRANGER)).isPresent();
    assertThat(throttle.waitBefore("someone-else", OTHER_STRANGER)).isEmpty();
  }

  @Test
  void failuresAreForgottenAfterAnHourAndTheWaitIsCapped() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("admin", STRANGER);
    }
    assertThat(throttle.waitBefore("admin", STRANGER).orElseThrow()).isLessThanOrEqualTo(LoginThrottle.MAX_WAIT);
    now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
    assertThat(throttle.waitBefore("admin", STRANGER)).isEmpty();
  }

  @Test
  void memoryIsBoundedWhateverIsSent() {
    for (int i = 0; i < LoginThrottle.MAX_TRACKED + 1000; i++) {
      throttle.failed("name-" + i, new LoginThrottle.Client("10.0." + (i / 256 % 256) + "." + (i % 256), false));
    }
    // The oldest names were forgotten, the newest kept: nothing grows past the bound.
    assertThat(throttle.waitBefore("name-" + (LoginThrottle.MAX_TRACKED + 999), STRANGER)).isEmpty();
  }
}
