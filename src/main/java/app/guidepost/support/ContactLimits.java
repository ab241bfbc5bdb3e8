package app.guidepost.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many requests one address may send from the contact page: {@value #PER_WINDOW} an hour on
 * each instance. The page is open to anyone, and each request becomes a ticket someone must read;
 * a person with a problem sends one or two. Addresses are forgotten an hour after their last
 * request, and at most {@value #ADDRESSES} are remembered.
 */
@ApplicationScoped
public class ContactLimits {

  static final int PER_WINDOW = 5;
  static final Duration WINDOW = Duration.ofHours(1);
  static final int ADDRESSES = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> sent = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
      return size() > ADDRESSES;
    }
  };

  public ContactLimits() {
    this(Clock.systemUTC());
  }

  ContactLimits(Clock clock) {
    this.clock = clock;
  }

  /** Whether {@code address} may send one more request now; if so, it is counted. */
  public synchronized boolean tryAcquire(String address) {
    Instant now = clock.instant();
    Deque<Instant> times = sent.computeIfAbsent(address, a -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
      times.removeFirst();
    }
    if (times.size() >= PER_WINDOW) {
      return false;
    }
    times.addLast(now);
    return true;
  }
}
