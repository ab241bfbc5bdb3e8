package app.guidepost.walkthrough;

/** A walkthrough request refused for a {@link Refusal}, with a detail that can be shown to the visitor. */
public class WalkthroughRefusedException extends app.guidepost.platform.ProblemException {
  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public WalkthroughRefusedException(Refusal refusal, String detail) {
    super(refusal.status(), refusal.title(), detail);
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
