package app.guidepost.api;

import app.guidepost.platform.InvalidInputException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The revision an editor started from, as sent in {@code If-Match} (the ETag of a GET: {@code "3"}). */
final class IfMatch {

  private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"([0-9]{1,9})\"\\s*");

  private IfMatch() {}

  /** Empty without the header; a header that is not one of our ETags is refused. */
  static Optional<Integer> revision(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return Optional.empty();
    }
    Matcher matcher = ETAG.matcher(ifMatch);
    if (!matcher.matches()) {
      throw new InvalidInputException("Invalid If-Match", "If-Match must be the ETag of the revision you started from, such as \"3\".");
    }
    return Optional.of(Integer.parseInt(matcher.group(1)));
  }
}
