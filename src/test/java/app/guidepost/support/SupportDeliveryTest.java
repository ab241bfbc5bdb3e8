package app.guidepost.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry schedule and the signature of deliveries. */
class SupportDeliveryTest {

  @Test
  void backoffDoublesFromTheInitialWaitUpToTheMaximumWithAtMostAFifthTakenOff() {
    SupportDelivery delivery = new SupportDelivery();
    delivery.initialWait = Duration.ofSeconds(10);
    delivery.maxWait = Duration.ofMinutes(15);
    for (int i = 0; i < 50; i++) {
      assertThat(delivery.backoff(1)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
      assertThat(delivery.backoff(2)).isBetween(Duration.ofSeconds(16), Duration.ofSeconds(20));
      assertThat(delivery.backoff(4)).isBetween(Duration.ofSeconds(64), Duration.ofSeconds(80));
      assertThat(delivery.backoff(40)).isBetween(Duration.ofMinutes(12), Duration.ofMinutes(15));
    }
  }

  @Test
  void theSignatureIsHmacSha256OfTheBodyAsHex() {
    // RFC 4231 test case 2.
    assertThat(SupportDelivery.sign("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
