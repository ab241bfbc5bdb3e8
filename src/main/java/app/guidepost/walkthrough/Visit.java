package app.guidepost.walkthrough;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A step a walkthrough reached at least once. */
@Embeddable
public class Visit {

  @Column(name = "guide_slug", nullable = false, length = 120)
  private String guide;

  @Column(name = "step_id", nullable = false, length = 64)
  private String step;

  protected Visit() {}

  Visit(String guide, String step) {
    this.guide = guide;
    this.step = step;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Visit visit && guide.equals(visit.guide) && step.equals(visit.step);
  }

  @Override
  public int hashCode() {
    return Objects.hash(guide, step);
  }
}
