package app.guidepost.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@value #FREE_PER_NAME} failed sign-ins for one name, or
 * {@value #FREE_PER_ADDRESS} from one address (a whole office may share one), each further
 * attempt must wait twice as long as the one before (up to {@link #MAX_WAIT}), whether the name
 * exists or not. A success clears the name's count.
 * Per instance, in memory: a restart forgives, which a guesser gains little from.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_PER_NAME = 5;
  static final int FREE_PER_ADDRESS = 20;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_TRACKED = 100_000;

  @Inject Clock clock;

  private record Failures(int count, Instant last) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

  /** How long the caller must still wait before trying {@code username} from {@code address}. */
  public Optional<Duration> waitBefore(String username, String address) {
    Instant now = clock.instant();
    Duration byName = wait(failures.get("name:" + username), FREE_PER_NAME, now);
    Duration byAddress = wait(failures.get("addr:" + address), FREE_PER_ADDRESS, now);
    Duration wait = byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String username, String address) {
    if (failures.size() > MAX_TRACKED) {
      forgetOld();
    }
    Instant now = clock.instant();
    failures.merge("name:" + username, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    failures.merge("addr:" + address, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
  }

  public void succeeded(String username) {
    failures.remove("name:" + username);
  }

  private static Duration wait(Failures recorded, int free, Instant now) {
    if (recorded == null || recorded.count() < free || recorded.last().plus(FORGET_AFTER).isBefore(now)) {
      return Duration.ZERO;
    }
    long seconds = 1L << Math.min(20, recorded.count() - free);
    Duration wait = Duration.ofSeconds(seconds).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : Duration.ofSeconds(seconds);
    return Duration.between(now, recorded.last().plus(wait));
  }

  private void forgetOld() {
    Instant cutoff = clock.instant().minus(FORGET_AFTER);
    failures.entrySet().removeIf(e -> e.getValue().last().isBefore(cutoff));
  }
}
