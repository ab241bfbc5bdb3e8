package app.guidepost.api;

import app.guidepost.platform.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

/**
 * Request bodies as JSON objects, checked before anything reads them: at most
 * {@value #MAX_CHARS} characters, an object, and no field the endpoint does not know (so that
 * nobody can slip in a field such as {@code audience} that was never meant to be set).
 */
final class JsonBodies {

  static final int MAX_CHARS = 64 * 1024;
  /** Deeper than any body Guidepost takes (two levels); a parser would recurse once per level. */
  static final int MAX_DEPTH = 16;

  private JsonBodies() {}

  /**
   * A translation's or guide text's whole text in JSON: {@link app.guidepost.editing.TranslationInput#MAX_BODY}
   * characters of Markdown, every one of which JSON may escape, and the other fields.
   */
  static final int MAX_TEXT_CHARS = 1024 * 1024;

  /** The body as an object with only {@code allowed} fields; an empty body is an empty object. */
  static JsonObject object(String body, Set<String> allowed) {
    return object(body, allowed, MAX_CHARS);
  }

  /** The same for a body that carries an article's or guide's text, up to {@link #MAX_TEXT_CHARS}. */
  static JsonObject text(String body, Set<String> allowed) {
    return object(body, allowed, MAX_TEXT_CHARS);
  }

  private static JsonObject object(String body, Set<String> allowed, int maxChars) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (body.length() > maxChars) {
      throw new InvalidInputException("Body too large", "The request body is longer than " + maxChars / 1024 + " KB.");
    }
    if (depth(body) > MAX_DEPTH) {
      throw new InvalidInputException("Invalid JSON", "The request body nests objects and arrays more than " + MAX_DEPTH + " levels deep.");
    }
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidInputException("Invalid JSON", "The request body must be a JSON object.");
      }
      object = value.asJsonObject();
    } catch (JsonParsingException e) {
      throw new InvalidInputException("Invalid JSON",
          "The request body is not valid JSON (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ").");
    } catch (JsonException e) {
      throw new InvalidInputException("Invalid JSON", "The request body is not valid JSON.");
    }
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw new InvalidInputException("Unknown field",
            "'" + InvalidInputException.excerpt(key) + "' is not a field here; the fields are " + allowed.stream().sorted().toList() + ".");
      }
    }
    return object;
  }

  /** The deepest nesting of objects and arrays, brackets inside strings not counted. */
  static int depth(String json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return deepest;
  }

  /** An optional string field; any other JSON type is refused. */
  static Optional<String> string(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value instanceof JsonString string) {
      return Optional.of(string.getString());
    }
    throw new InvalidInputException("Invalid " + field, "'" + field + "' must be a string.");
  }

  static String requiredString(JsonObject object, String field) {
    return string(object, field).filter(s -> !s.isBlank())
        .orElseThrow(() -> new InvalidInputException("Missing " + field, "'" + field + "' is required."));
  }
}
