package app.guidepost.terminology;

import java.util.Objects;

/**
 * One word or phrase for a concept in one language, with its TBX-Basic administrative status.
 *
 * @param abbreviation an abbreviation or acronym ("MFA", "pw"), as its {@code termType} says
 */
public record Term(String text, Status status, boolean abbreviation) {

  /** The TBX-Basic statuses: what a writer should use, may use, or should no longer use. */
  public enum Status {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts"),
    SUPERSEDED("supersededTerm-admn-sts");

    private final String tbxValue;

    Status(String tbxValue) {
      this.tbxValue = tbxValue;
    }

    public String tbxValue() {
      return tbxValue;
    }

    /** A term a writer may still use: preferred or admitted. */
    public boolean inUse() {
      return this == PREFERRED || this == ADMITTED;
    }

    static java.util.Optional<Status> ofTbx(String value) {
      for (Status status : values()) {
        if (status.tbxValue.equals(value)) {
          return java.util.Optional.of(status);
        }
      }
      return java.util.Optional.empty();
    }
  }

  public Term {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
  }

  public static Term admitted(String text) {
    return new Term(text, Status.ADMITTED, false);
  }

  public static Term preferred(String text) {
    return new Term(text, Status.PREFERRED, false);
  }
}
