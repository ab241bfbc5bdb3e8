package app.guidepost.platform;

import java.util.Map;

/**
 * A request Guidepost refuses for a reason the client can act on, carrying what the answer
 * says: its status, a short title (which also names the problem's type) and a detail for people.
 * Each refusal is one subclass beside the code that refuses; one mapper turns them all into
 * {@code application/problem+json}, so the status and title of a refusal are written once.
 */
public abstract class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;

  protected ProblemException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** Headers the answer carries besides the problem (when to try again, how to sign in); none by default. */
  public Map<String, String> headers() {
    return Map.of();
  }
}
