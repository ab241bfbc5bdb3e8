package app.guidepost.it;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting for something the server does in its own time (a batch written, an import begun)
 * by asking again until it holds, up to a deadline: a fixed sleep is either too short on a
 * slow machine or time thrown away on a fast one.
 */
final class Polling {

  private static final Duration INTERVAL = Duration.ofMillis(20);

  private Polling() {}

  /**
   * The first value of {@code probe} that {@code done} accepts; fails with the last value seen
   * when none does within {@code limit}.
   */
  static <T> T until(Duration limit, Callable<T> probe, Predicate<? super T> done) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      T value;
      try {
        value = probe.call();
      } catch (Exception e) {
        throw new AssertionError("polling failed: " + e, e);
      }
      if (done.test(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        String seen = String.valueOf(value);
        throw new AssertionError("not within " + limit + "; last seen: " + (seen.length() > 500 ? "..." + seen.substring(seen.length() - 500) : seen));
      }
      try {
        Thread.sleep(INTERVAL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
    }
  }
}
