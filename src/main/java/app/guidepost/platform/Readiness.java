package app.guidepost.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** How far start-up has come: the server is ready once content is imported and indexed. */
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

  private record State(Phase phase, Optional<String> failure) {}

  private final AtomicReference<State> state = new AtomicReference<>(new State(Phase.STARTING, Optional.empty()));

  void enter(Phase phase) {
    state.set(new State(phase, Optional.empty()));
  }

  void fail(String reason) {
    state.set(new State(Phase.FAILED, Optional.of(reason)));
  }

  public Phase phase() {
    return state.get().phase();
  }

  public Optional<String> failure() {
    return state.get().failure();
  }

  public boolean isReady() {
    return phase() == Phase.READY;
  }

  /** Refuses work that needs imported content while start-up is still going on. */
  public void requireReady() {
    if (!isReady()) {
      throw new NotReadyException(phase());
    }
  }
}
