package app.guidepost.platform;

/** A request that needs the content while the server is still starting (or failed to). */
public final class NotReadyException extends ProblemException {
  private static final long serialVersionUID = 1L;
  private final Readiness.Phase phase;

  public NotReadyException(Readiness.Phase phase) {
    super(503, "Not ready", phase == Readiness.Phase.FAILED
        ? "Guidepost could not start yet and is trying again; see the server log."
        : "Guidepost is starting (" + phase.name().toLowerCase(java.util.Locale.ROOT) + "); try again in a few seconds.");
    this.phase = phase;
  }

  /** Start-up is retried within seconds: come back then. */
  @Override
  public java.util.Map<String, String> headers() {
    return java.util.Map.of("Retry-After", "5");
  }

  public Readiness.Phase phase() {
    return phase;
  }
}
