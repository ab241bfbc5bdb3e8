package app.guidepost.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/** The two lists edited as a whole: their name in addresses and the change log, and their file. */
public enum Vocabulary {
  CATEGORIES("categories", "categories.yaml"),
  TICKET_STEPS("ticket-steps", "ticket-steps.yaml");

  private final String code;
  private final String file;

  Vocabulary(String code, String file) {
    this.code = code;
    this.file = file;
  }

  public String code() {
    return code;
  }

  /** The file of the content folder it is kept in. */
  public String file() {
    return file;
  }

  public static Optional<Vocabulary> fromFile(String file) {
    return Arrays.stream(values()).filter(v -> v.file.equals(file)).findFirst();
  }

  public static Optional<Vocabulary> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
