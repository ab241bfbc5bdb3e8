package app.guidepost.walkthrough;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A step the visitor answered (or read and left), with the choice made and the sections shown there. */
@Embeddable
public class Answer {

  @Column(name = "guide_slug", nullable = false, length = 120)
  private String guide;

  @Column(name = "step_id", nullable = false, length = 64)
  private String step;

  @Column(name = "choice_id", length = 64)
  private String choice;

  /** JSON: the article sections shown at the step, with language and revision. */
  @Column(name = "shown", nullable = false, length = 4000)
  private String shown;

  @Column(name = "answered_at", nullable = false)
  private OffsetDateTime answeredAt;

  protected Answer() {}

  Answer(String guide, String step, Optional<String> choice, String shown, OffsetDateTime answeredAt) {
    this.guide = guide;
    this.step = step;
    this.choice = choice.orElse(null);
    this.shown = shown;
    this.answeredAt = answeredAt;
  }

  public String guide() {
    return guide;
  }

  public String step() {
    return step;
  }

  public Optional<String> choice() {
    return Optional.ofNullable(choice);
  }

  public String shown() {
    return shown;
  }

  public OffsetDateTime answeredAt() {
    return answeredAt;
  }
}
