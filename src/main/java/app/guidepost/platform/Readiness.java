package app.guidepost.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far start-up has come: the server is ready once content is imported and indexed. A
 * failed start-up remembers the step it failed in and why, and is tried again.
 */
@ApplicationScoped
public class Readiness {

  /** The steps of start-up, in order. */
  public enum Phase {
    STARTING,
    MIGRATING,
    IMPORTING,
    INDEXING,
    READY,
    FAILED
  }

  /**
   * Why start-up failed: the step, the kind of error (never its message, which may carry paths
   * or SQL) and how many attempts have failed so far.
   */
  public record Failure(Phase during, String cause, int attempts) {}

  private record State(Phase phase, Optional<Failure> failure) {}

  private final AtomicReference<State> state = new AtomicReference<>(new State(Phase.STARTING, Optional.empty()));
  private volatile boolean webApplicationStarted;

  /** Start-up has reached {@code phase}; READY clears the last failure. */
  public void enter(Phase phase) {
    state.updateAndGet(current -> new State(phase, phase == Phase.READY ? Optional.empty() : current.failure()));
  }

  /** Records a failed attempt; returns how many attempts have failed. */
  public int fail(Throwable cause) {
    return state.updateAndGet(current -> new State(Phase.FAILED, Optional.of(new Failure(
            current.phase() == Phase.FAILED ? current.failure().map(Failure::during).orElse(Phase.STARTING) : current.phase(),
            rootCause(cause).getClass().getSimpleName(),
            current.failure().map(Failure::attempts).orElse(0) + 1))))
        .failure().orElseThrow().attempts();
  }

  private static Throwable rootCause(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  public Phase phase() {
    return state.get().phase();
  }

  /** The last failed attempt while start-up has not yet succeeded. */
  public Optional<Failure> failure() {
    return state.get().failure();
  }

  public boolean isReady() {
    return phase() == Phase.READY;
  }

  /**
   * The web application has started: its servlets and filters take requests. Payara Micro runs
   * the application's start-up (and so content import) while it deploys, and starts the web
   * application after it, while its own health endpoint already answers: an instance reported
   * ready before this answered a request or two with an empty 500 from inside Payara.
   */
  public void webApplicationStarted() {
    webApplicationStarted = true;
  }

  /** Ready, and its web application taking requests: what a load balancer may send traffic to. */
  public boolean isServing() {
    return isReady() && webApplicationStarted;
  }

  /** Whether the web application has started (see {@link #webApplicationStarted()}). */
  public boolean hasWebApplicationStarted() {
    return webApplicationStarted;
  }

  /** Refuses work that needs imported content while start-up is still going on. */
  public void requireReady() {
    if (!isReady()) {
      throw new NotReadyException(phase());
    }
  }
}
