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

  private JsonBodies() {}

  /** The body as an object with only {@code allowed} fields; an empty body is an empty object. */
  static JsonObject object(String body, Set<String> allowed) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (body.length() > MAX_CHARS) {
      throw new InvalidInputException("Body too large", "The request body is longer than " + MAX_CHARS / 1024 + " KB.");
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
