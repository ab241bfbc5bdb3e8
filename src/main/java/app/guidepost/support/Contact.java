package app.guidepost.support;

import app.guidepost.text.UnsafeCharacters;
import app.guidepost.platform.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How to reach the visitor, and the problem in their words. Valid when made: a name, and an
 * email address or a phone number (or both); no control characters or bidi overrides (which
 * could make the text shown to an agent read differently from what was sent); bounded lengths.
 */
public record Contact(String name, Optional<String> email, Optional<String> phone, Optional<String> problem) {

  public static final Set<String> FIELDS = Set.of("name", "email", "phone", "problem");
  static final int MAX_NAME = 200;
  static final int MAX_EMAIL = 254;
  static final int MAX_PROBLEM = 4000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{5,40}");

  /**
   * The contact details as given, not yet checked; empty when not given. The API reads them from
   * its JSON body ({@link #fromJson}), the walkthrough page from its form.
   */
  public record Fields(Optional<String> name, Optional<String> email, Optional<String> phone, Optional<String> problem) {

    /** The fields of a JSON object: an unknown field or one that is not a string is refused. */
    public static Fields fromJson(JsonObject json) {
      for (String key : json.keySet()) {
        if (!FIELDS.contains(key)) {
          throw new InvalidInputException("Unknown field",
              "'" + InvalidInputException.excerpt(key) + "' is not a field of a support request; the fields are name, email, phone and problem.");
        }
      }
      return new Fields(string(json, "name"), string(json, "email"), string(json, "phone"), string(json, "problem"));
    }

    private static Optional<String> string(JsonObject json, String field) {
      JsonValue value = json.get(field);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return Optional.empty();
      }
      if (!(value instanceof JsonString string)) {
        throw new InvalidInputException("Invalid " + field, "'" + field + "' must be a string.");
      }
      return Optional.of(string.getString());
    }
  }

  /** The contact the fields give; every refusal names the field and the rule. */
  public static Contact from(Fields fields) {
    String name = text(fields.name(), "name", MAX_NAME, false)
        .orElseThrow(() -> new InvalidInputException("Name required", "Say who is asking for help: 'name' is required."));
    Optional<String> email = text(fields.email(), "email", MAX_EMAIL, false);
    Optional<String> phone = text(fields.phone(), "phone", 40, false);
    if (email.isEmpty() && phone.isEmpty()) {
      throw new InvalidInputException("Contact required", "Give an 'email' or a 'phone' number so that support can answer.");
    }
    email.filter(e -> !EMAIL.matcher(e).matches()).ifPresent(e -> {
      throw new InvalidInputException("Invalid email", "'" + InvalidInputException.excerpt(e) + "' is not an email address.");
    });
    phone.filter(p -> !PHONE.matcher(p).matches() || p.chars().filter(Character::isDigit).count() < 5).ifPresent(p -> {
      throw new InvalidInputException("Invalid phone number",
          "'" + InvalidInputException.excerpt(p) + "' is not a phone number: digits, spaces and + ( ) . - / only, at least 5 digits.");
    });
    return new Contact(name, email, phone, text(fields.problem(), "problem", MAX_PROBLEM, true));
  }

  private static Optional<String> text(Optional<String> given, String field, int max, boolean multiline) {
    if (given.isEmpty()) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(given.get(), Normalizer.Form.NFC).strip();
    if (!multiline && text.contains("\n")) {
      throw new InvalidInputException("Invalid " + field, "'" + field + "' must be on one line.");
    }
    if (UnsafeCharacters.in(text)) {
      throw new InvalidInputException("Invalid " + field, "'" + field + "' contains control characters or bidirectional overrides.");
    }
    if (text.codePointCount(0, text.length()) > max) {
      throw new InvalidInputException("Invalid " + field, "'" + field + "' is longer than " + max + " characters.");
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
