package app.guidepost.platform;

/** A request that needs the content while the server is still starting (or failed to). */
public final class NotReadyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Readiness.Phase phase;

  public NotReadyException(Readiness.Phase phase) {
    super(phase == Readiness.Phase.FAILED
        ? "Guidepost could not start yet and is trying again; see the server log."
        : "Guidepost is starting (" + phase.name().toLowerCase(java.util.Locale.ROOT) + "); try again in a few seconds.");
    this.phase = phase;
  }

  public Readiness.Phase phase() {
    return phase;
  }
}
