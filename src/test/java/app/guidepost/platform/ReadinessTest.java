package app.guidepost.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  @Test
  void aFailureRemembersTheStepAndTheRootCauseKindAcrossAttempts() {
    Readiness readiness = new Readiness();
    readiness.enter(Readiness.Phase.MIGRATING);

    int attempts = readiness.fail(new IllegalStateException("wrapped", new SQLTransientConnectionException("/secret/path")));

    assertThat(attempts).isEqualTo(1);
    assertThat(readiness.phase()).isEqualTo(Readiness.Phase.FAILED);
    assertThat(readiness.failure()).contains(new Readiness.Failure(Readiness.Phase.MIGRATING, "SQLTransientConnectionException", 1));

    readiness.enter(Readiness.Phase.MIGRATING);
    readiness.enter(Readiness.Phase.IMPORTING);
    assertThat(readiness.fail(new RuntimeException("again"))).isEqualTo(2);
    assertThat(readiness.failure()).contains(new Readiness.Failure(Readiness.Phase.IMPORTING, "RuntimeException", 2));
    assertThat(readiness.isReady()).isFalse();

    readiness.enter(Readiness.Phase.READY);
    assertThat(readiness.isReady()).isTrue();
    assertThat(readiness.failure()).isEmpty();
  }

  @Test
  void anInstanceServesOnlyOnceStartedAndItsWebApplicationTakesRequests() {
    Readiness contentFirst = new Readiness();
    contentFirst.enter(Readiness.Phase.READY);
    assertThat(contentFirst.isReady()).isTrue();
    assertThat(contentFirst.isServing()).as("Payara has not started the web application yet").isFalse();
    contentFirst.webApplicationStarted();
    assertThat(contentFirst.isServing()).isTrue();

    Readiness webFirst = new Readiness();
    webFirst.webApplicationStarted();
    webFirst.enter(Readiness.Phase.INDEXING);
    assertThat(webFirst.isServing()).isFalse();
    webFirst.enter(Readiness.Phase.READY);
    assertThat(webFirst.isServing()).isTrue();
  }
}
