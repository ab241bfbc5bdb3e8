package app.guidepost.editing;

import app.guidepost.text.UnsafeCharacters;
import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.article.TranslationContent;
import app.guidepost.content.FrontMatterParser;
import app.guidepost.i18n.Language;
import app.guidepost.text.LineEnds;
import app.guidepost.platform.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A translation as an editor sends it (from the API or a page form, both as JSON), checked like
 * the front matter of a content file: one-line titles and summaries within their lengths, tags and
 * categories as in files, a non-empty body, no control characters or bidirectional overrides.
 */
public final class TranslationInput {

  public static final int MAX_BODY = 200_000;

  private TranslationInput() {}

  private static Optional<String> string(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value instanceof JsonString text) {
      return Optional.of(text.getString());
    }
    throw new InvalidInputException("Invalid " + field, "'" + field + "' must be a string.");
  }

  /** The translation's fields as sent, checked like the front matter of a content file. */
  public static TranslationContent read(JsonObject json, Language language) {
    String title = line(json, "title", FrontMatterParser.MAX_TITLE).orElseThrow(() -> new InvalidInputException("Missing title", "'title' is required."));
    Optional<String> summary = line(json, "summary", FrontMatterParser.MAX_SUMMARY);
    Optional<Slug> category = string(json, "category").filter(c -> !c.isBlank()).map(c -> Slug.parse(c).orElseThrow(
        () -> new InvalidInputException("Invalid category", "'category' must be a slug: lowercase a-z, digits and single hyphens.")));
    List<String> tags = tags(json.get("tags"));
    Audience audience = string(json, "audience").map(a -> Audience.fromCode(a).orElseThrow(
        () -> new InvalidInputException("Invalid audience", "'audience' must be public or agent."))).orElse(Audience.PUBLIC);
    Optional<Language> translationOf = string(json, "translationOf").filter(t -> !t.isBlank()).map(Language::require);
    if (translationOf.filter(language::equals).isPresent()) {
      throw new InvalidInputException("Invalid translationOf", "A translation cannot be a translation of its own language.");
    }
    Optional<Integer> sourceRevision = Optional.ofNullable(json.get("sourceRevision")).filter(v -> v != JsonValue.NULL).map(v -> {
      if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1 || n.longValue() > 1_000_000) {
        throw new InvalidInputException("Invalid sourceRevision", "'sourceRevision' must be a revision number, 1 or more.");
      }
      return n.intValue();
    });
    // Stripped like a content file's body, so that a save and its export read back the same.
    // Browsers send form text with CRLF line ends: one form for every body, before anything is checked.
    String body = LineEnds.lf(string(json, "body").orElse("")).strip();
    if (body.isEmpty()) {
      throw new InvalidInputException("Missing body", "'body' is required: the article's text in Markdown.");
    }
    if (body.length() > MAX_BODY) {
      throw new InvalidInputException("Body too long", "A body has at most " + MAX_BODY + " characters.");
    }
    if (UnsafeCharacters.in(body)) {
      throw new InvalidInputException("Invalid body", "The body contains control characters or bidirectional overrides.");
    }
    return new TranslationContent(title, summary, category, tags, audience, translationOf, sourceRevision, Optional.empty(), Optional.empty(), Optional.empty(),
        java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFC));
  }

  private static Optional<String> line(JsonObject json, String field, int max) {
    Optional<String> value = string(json, field).map(String::strip).filter(v -> !v.isEmpty());
    value.ifPresent(v -> {
      if (v.codePointCount(0, v.length()) > max || UnsafeCharacters.inLine(v)) {
        throw new InvalidInputException("Invalid " + field,
            "'" + field + "' is one line of at most " + max + " characters, without control characters or bidirectional overrides.");
      }
    });
    return value.map(v -> java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFC));
  }

  private static List<String> tags(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array) || array.size() > FrontMatterParser.MAX_TAGS) {
      throw new InvalidInputException("Invalid tags", "'tags' is a list of at most " + FrontMatterParser.MAX_TAGS + " tags.");
    }
    List<String> tags = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString tag) || tag.getString().length() > FrontMatterParser.MAX_TAG_LENGTH
          || !FrontMatterParser.TAG.matcher(tag.getString()).matches()) {
        throw new InvalidInputException("Invalid tags", "A tag is a lowercase word or words joined by hyphens, at most " + FrontMatterParser.MAX_TAG_LENGTH + " characters.");
      }
      tags.add(tag.getString());
    }
    return tags;
  }
}
