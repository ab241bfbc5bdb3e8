package app.guidepost.it;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting for something the server does in its own time (a batch written, an import begun)
 * by asking again until it holds, up to a deadline: a fixed sleep is either too short on a
 * slow machine or time thrown away on a fast one. It asks at once, then less and less often:
 * what is quick is seen within milliseconds, and what takes seconds (a lexicon learned, a
 * cluster catching up) is not asked about fifty times a second, which on 2 cores takes the
 * processor from the very work being waited for.
 */
final class Polling {

  private static final long FIRST_PAUSE_MILLIS = 20;
  private static final long LONGEST_PAUSE_MILLIS = 250;

  private Polling() {}

  /**
   * The first value of {@code probe} that {@code done} accepts; fails with the last value seen
   * when none does within {@code limit}.
   */
  static <T> T until(Duration limit, Callable<T> probe, Predicate<? super T> done) {
    return poll(limit, probe, done, LONGEST_PAUSE_MILLIS);
  }

  /**
   * As {@link #until}, asking every 20 ms throughout: for a moment that must be caught while it
   * lasts (a server killed in the middle of an import), not only seen to have come.
   */
  static <T> T promptly(Duration limit, Callable<T> probe, Predicate<? super T> done) {
    return poll(limit, probe, done, FIRST_PAUSE_MILLIS);
  }

  private static <T> T poll(Duration limit, Callable<T> probe, Predicate<? super T> done, long longestPause) {
    long deadline = System.nanoTime() + limit.toNanos();
    long pause = FIRST_PAUSE_MILLIS;
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
        Thread.sleep(pause);
        pause = Math.min(longestPause, pause * 3 / 2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
    }
  }
}
