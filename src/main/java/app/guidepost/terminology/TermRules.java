package app.guidepost.terminology;

import app.guidepost.text.UnsafeCharacters;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a concept id and a term must be, wherever they come from (a TBX file, the terminology
 * page, the API): the same rules, so that nothing an editor saves could not be read back from
 * an exported file.
 */
public final class TermRules {

  public static final int MAX_TERM_LENGTH = 120;
  public static final int MAX_DEFINITION_LENGTH = 1000;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");

  private TermRules() {}

  /** Why {@code id} cannot name a concept, if it cannot. */
  public static Optional<String> idProblem(String id) {
    if (id.isEmpty()) {
      return Optional.of("a concept needs an id");
    }
    if (!ID.matcher(id).matches()) {
      return Optional.of("the id '" + UnsafeCharacters.replacedInLine(id.length() > 100 ? id.substring(0, 100) + "..." : id)
          + "' cannot be used: ids are letters, digits, '_', '.' and '-', at most 100, not starting with '.' or '-'");
    }
    return Optional.empty();
  }

  /** Why {@code text} (already on one line, NFC) cannot be a term, if it cannot. */
  public static Optional<String> termProblem(String text) {
    if (text.isEmpty()) {
      return Optional.of("a term cannot be empty");
    }
    if (UnsafeCharacters.in(text)) {
      return Optional.of("the term '" + UnsafeCharacters.replacedInLine(text) + "' has control, bidirectional or invisible characters");
    }
    if (text.length() > MAX_TERM_LENGTH) {
      return Optional.of("a term has at most " + MAX_TERM_LENGTH + " characters");
    }
    return Optional.empty();
  }
}
