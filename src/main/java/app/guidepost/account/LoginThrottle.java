package app.guidepost.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing without handing a guesser a way to lock staff out (OWASP's "device
 * cookies"). A sign-in comes either from a client this account signed in from before (a browser
 * holding the account's device cookie, or an address that signed in as it, as a script with
 * HTTP Basic does) or from an unknown one. Failures are counted apart:
 * <ul>
 *   <li>from unknown clients, per name: after {@value #FREE_PER_NAME}, every further attempt at
 *       that name from an unknown client waits twice as long as the one before (up to
 *       {@link #MAX_WAIT});
 *   <li>from unknown clients, per address (read through trusted proxies only): after
 *       {@value #FREE_PER_ADDRESS} (an office may share one), the same;
 *   <li>from a known client, per client and name: after {@value #FREE_PER_KNOWN_CLIENT}.
 * </ul>
 * So a stranger's wrong passwords slow strangers down, never the person at their own browser
 * or the script on its own host. Whether the name exists changes nothing. Per instance, in
 * memory, and bounded: at most {@value #MAX_TRACKED} counters and known clients each, the least
 * recently used forgotten first; a restart forgives, which a guesser gains little from.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_PER_NAME = 5;
  static final int FREE_PER_ADDRESS = 20;
  static final int FREE_PER_KNOWN_CLIENT = 5;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  /** How long an address stays known for a name after it signed in as it. */
  static final Duration KNOWN_FOR = Duration.ofDays(30);
  static final int MAX_TRACKED = 100_000;

  @Inject Clock clock;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = bounded();
  private final Map<String, Instant> knownAddresses = bounded();

  /** Where an attempt comes from: its address, and whether the browser holds this name's device cookie. */
  public record Client(String address, boolean knownDevice) {}

  /** How long the caller must still wait before trying {@code username} from {@code client}. */
  public synchronized Optional<Duration> waitBefore(String username, Client client) {
    Instant now = clock.instant();
    Duration wait = known(username, client, now)
        ? wait(failures.get(knownKey(username, client)), FREE_PER_KNOWN_CLIENT, now)
        : longer(wait(failures.get("name:" + username), FREE_PER_NAME, now), wait(failures.get("addr:" + client.address()), FREE_PER_ADDRESS, now));
    return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
  }

  public synchronized void failed(String username, Client client) {
    Instant now = clock.instant();
    if (known(username, client, now)) {
      count(knownKey(username, client), now);
    } else {
      count("name:" + username, now);
      count("addr:" + client.address(), now);
    }
  }

  /** The right password: this client is known for the name from now on, and its count starts again. */
  public synchronized void succeeded(String username, Client client) {
    Instant now = clock.instant();
    failures.remove(knownKey(username, client));
    if (!known(username, client, now)) {
      failures.remove("name:" + username);
    }
    knownAddresses.put(username + "@" + client.address(), now);
  }

  private boolean known(String username, Client client, Instant now) {
    if (client.knownDevice()) {
      return true;
    }
    Instant signedIn = knownAddresses.get(username + "@" + client.address());
    return signedIn != null && signedIn.plus(KNOWN_FOR).isAfter(now);
  }

  private static String knownKey(String username, Client client) {
    return "known:" + username + "@" + (client.knownDevice() ? "device" : client.address());
  }

  private void count(String key, Instant now) {
    failures.merge(key, new Failures(1, now), (old, one) ->
        old.last().plus(FORGET_AFTER).isBefore(now) ? one : new Failures(old.count() + 1, now));
  }

  private static Duration wait(Failures recorded, int free, Instant now) {
    if (recorded == null || recorded.count() < free || recorded.last().plus(FORGET_AFTER).isBefore(now)) {
      return Duration.ZERO;
    }
    long seconds = 1L << Math.min(20, recorded.count() - free);
    Duration wait = Duration.ofSeconds(seconds).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : Duration.ofSeconds(seconds);
    return Duration.between(now, recorded.last().plus(wait));
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** A map that keeps the {@value #MAX_TRACKED} entries used last: memory stays bounded whatever is sent. */
  private static <V> Map<String, V> bounded() {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > MAX_TRACKED;
      }
    };
  }
}
