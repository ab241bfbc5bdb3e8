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

/**
 * A translation as an editor sends it (from the API as JSON, from a page form as fields), checked
 * like the front matter of a content file: one-line titles and summaries within their lengths,
 * tags and categories as in files, a non-empty body, no control characters or bidirectional
 * overrides. Both ways in build the same {@link Fields} and pass the one {@link #read} check, so
 * a page and the API refuse the same text with the same message.
 */
public final class TranslationInput {

  public static final int MAX_BODY = 200_000;

  private TranslationInput() {}

  /**
   * A translation's fields as given, each of its type but not yet checked; empty when not given.
   *
   * @param category a slug, as typed
   * @param audience an audience code ({@code public}, {@code agent}), as typed
   * @param translationOf a language code, as typed
   */
  public record Fields(Optional<String> title, Optional<String> summary, Optional<String> category, List<String> tags,
      Optional<String> audience, Optional<String> translationOf, Optional<Long> sourceRevision, Optional<String> body) {

    public Fields {
      tags = List.copyOf(tags);
    }

    /**
     * The fields of an API body. A field of the wrong JSON type is refused here, with the message
     * the API has always given for it; the values are checked by {@link TranslationInput#read}.
     */
    public static Fields fromJson(JsonObject json) {
      return new Fields(string(json, "title"), string(json, "summary"), string(json, "category"), tags(json.get("tags")),
          string(json, "audience"), string(json, "translationOf"), revision(json.get("sourceRevision")), string(json, "body"));
    }

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

    private static List<String> tags(JsonValue value) {
      if (value == null || value == JsonValue.NULL) {
        return List.of();
      }
      // The count is checked before the items, as it always was; read checks it again for every way in.
      if (!(value instanceof JsonArray array) || array.size() > FrontMatterParser.MAX_TAGS) {
        throw tooManyTags();
      }
      List<String> tags = new ArrayList<>();
      for (JsonValue item : array) {
        if (!(item instanceof JsonString tag)) {
          throw invalidTag();
        }
        tags.add(tag.getString());
      }
      return tags;
    }

    private static Optional<Long> revision(JsonValue value) {
      if (value == null || value == JsonValue.NULL) {
        return Optional.empty();
      }
      if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
        throw invalidSourceRevision();
      }
      return Optional.of(n.longValue());
    }
  }

  /** The translation's fields as given, checked like the front matter of a content file. */
  public static TranslationContent read(Fields fields, Language language) {
    String title = line(fields.title(), "title", FrontMatterParser.MAX_TITLE)
        .orElseThrow(() -> new InvalidInputException("Missing title", "'title' is required."));
    Optional<String> summary = line(fields.summary(), "summary", FrontMatterParser.MAX_SUMMARY);
    Optional<Slug> category = fields.category().filter(c -> !c.isBlank()).map(c -> Slug.parse(c).orElseThrow(
        () -> new InvalidInputException("Invalid category", "'category' must be a slug: lowercase a-z, digits and single hyphens.")));
    List<String> tags = tags(fields.tags());
    Audience audience = fields.audience().map(a -> Audience.fromCode(a).orElseThrow(
        () -> new InvalidInputException("Invalid audience", "'audience' must be public or agent."))).orElse(Audience.PUBLIC);
    Optional<Language> translationOf = fields.translationOf().filter(t -> !t.isBlank()).map(Language::require);
    if (translationOf.filter(language::equals).isPresent()) {
      throw new InvalidInputException("Invalid translationOf", "A translation cannot be a translation of its own language.");
    }
    Optional<Integer> sourceRevision = fields.sourceRevision().map(n -> {
      if (n < 1 || n > 1_000_000) {
        throw invalidSourceRevision();
      }
      return n.intValue();
    });
    // Stripped like a content file's body, so that a save and its export read back the same.
    // Browsers send form text with CRLF line ends: one form for every body, before anything is checked.
    String body = LineEnds.lf(fields.body().orElse("")).strip();
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

  private static Optional<String> line(Optional<String> given, String field, int max) {
    Optional<String> value = given.map(String::strip).filter(v -> !v.isEmpty());
    value.ifPresent(v -> {
      if (v.codePointCount(0, v.length()) > max || UnsafeCharacters.inLine(v)) {
        throw new InvalidInputException("Invalid " + field,
            "'" + field + "' is one line of at most " + max + " characters, without control characters or bidirectional overrides.");
      }
    });
    return value.map(v -> java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFC));
  }

  private static List<String> tags(List<String> given) {
    if (given.size() > FrontMatterParser.MAX_TAGS) {
      throw tooManyTags();
    }
    for (String tag : given) {
      if (tag.length() > FrontMatterParser.MAX_TAG_LENGTH || !FrontMatterParser.TAG.matcher(tag).matches()) {
        throw invalidTag();
      }
    }
    return given;
  }

  private static InvalidInputException tooManyTags() {
    return new InvalidInputException("Invalid tags", "'tags' is a list of at most " + FrontMatterParser.MAX_TAGS + " tags.");
  }

  private static InvalidInputException invalidTag() {
    return new InvalidInputException("Invalid tags",
        "A tag is a lowercase word or words joined by hyphens, at most " + FrontMatterParser.MAX_TAG_LENGTH + " characters.");
  }

  private static InvalidInputException invalidSourceRevision() {
    return new InvalidInputException("Invalid sourceRevision", "'sourceRevision' must be a revision number, 1 or more.");
  }
}
