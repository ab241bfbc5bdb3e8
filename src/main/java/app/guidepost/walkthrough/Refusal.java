package app.guidepost.walkthrough;

/** Why a walkthrough request cannot be carried out, with the HTTP status that says so. */
public enum Refusal {
  NOT_FOUND(404, "Walkthrough not found"),
  GUIDE_NOT_FOUND(404, "Guide not found"),
  NO_SUCH_STEP(400, "Unknown step"),
  EXPIRED(410, "Walkthrough expired"),
  NOT_AT_STEP(409, "Not at this step"),
  NO_SUCH_CHOICE(400, "Unknown choice"),
  CHOICE_REQUIRED(400, "Choice required"),
  CHOICE_NOT_EXPECTED(400, "No choice at this step"),
  ENDED(409, "Walkthrough ended"),
  AT_START(409, "Already at the start"),
  HANDED_OVER(409, "Already handed over"),
  GUIDE_CHANGED(409, "Guide changed"),
  NOT_CONTACT_SUPPORT(409, "Not a contact-support step");

  private final int status;
  private final String title;

  Refusal(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
