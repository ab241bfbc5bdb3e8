package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.article.Audience;
import app.guidepost.article.TranslationContent;
import app.guidepost.content.FrontMatterParser;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An editor's translation is checked like a content file's front matter, field by field. */
class TranslationInputTest {

  /** An API body's fields; a field of the wrong JSON type is refused as the body is read. */
  private static TranslationInput.Fields json(String text) {
    JsonObject object = Json.createReader(new StringReader(text)).readObject();
    return TranslationInput.Fields.fromJson(object);
  }

  private static void refused(String text, String title) {
    assertThatThrownBy(() -> TranslationInput.read(json(text), Language.VI))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.title()).isEqualTo(title));
  }

  @Test
  void readsEveryFieldAndNormalisesTheBody() {
    TranslationContent content = TranslationInput.read(json("""
        {"title":" Giữ máy ","summary":"Hỏi trước","category":"phone-skills","tags":["hold","phone"],"audience":"agent",
         "translationOf":"en","sourceRevision":3,"body":"Hỏi trước.\\r\\n\\r\\n## Cách làm\\r\\nNói rõ."}"""), Language.VI);
    assertThat(content.title()).isEqualTo("Giữ máy");
    assertThat(content.summary()).contains("Hỏi trước");
    assertThat(content.category().orElseThrow().value()).isEqualTo("phone-skills");
    assertThat(content.tags()).containsExactly("hold", "phone");
    assertThat(content.audience()).isEqualTo(Audience.AGENT);
    assertThat(content.translationOf()).contains(Language.EN);
    assertThat(content.sourceRevision()).contains(3);
    assertThat(content.body()).isEqualTo("Hỏi trước.\n\n## Cách làm\nNói rõ.");
    // Decomposed input is stored composed (NFC), as files are.
    assertThat(TranslationInput.read(json("{\"title\":\"Gi\\u0303\",\"body\":\"x\"}"), Language.VI).title()).isEqualTo("G\u0129");
  }

  @Test
  void eachBrokenFieldIsRefusedByName() {
    refused("{\"body\":\"x\"}", "Missing title");
    refused("{\"title\":\"T\"}", "Missing body");
    refused("{\"title\":\"T\\u202Egnp.exe\",\"body\":\"x\"}", "Invalid title");
    refused("{\"title\":\"T\",\"body\":\"a\\u2066b\"}", "Invalid body");
    refused("{\"title\":\"T\",\"body\":\"pass\\u200Bword\"}", "Invalid body");
    refused("{\"title\":\"T\",\"body\":\"a\\u2028b\"}", "Invalid body");
    for (String invisible : java.util.List.of("\\u00AD", "\\u2060", "\\u3164", "\\u180E", "\\uFFF9", "\\u034F")) {
      refused("{\"title\":\"T\",\"body\":\"a" + invisible + "b\"}", "Invalid body");
    }
    // The joiners some scripts and emoji need stay.
    assertThat(TranslationInput.read(json("{\"title\":\"T\",\"body\":\"a\\u200Db\\u200Cc\"}"), Language.VI).body()).isEqualTo("a\u200Db\u200Cc");
    refused("{\"title\":\"" + "t".repeat(201) + "\",\"body\":\"x\"}", "Invalid title");
    refused("{\"title\":\"T\",\"body\":\"x\",\"category\":\"Bad Slug\"}", "Invalid category");
    refused("{\"title\":\"T\",\"body\":\"x\",\"audience\":\"everyone\"}", "Invalid audience");
    refused("{\"title\":\"T\",\"body\":\"x\",\"translationOf\":\"vi\"}", "Invalid translationOf");
    refused("{\"title\":\"T\",\"body\":\"x\",\"sourceRevision\":0}", "Invalid sourceRevision");
    refused("{\"title\":\"T\",\"body\":\"x\",\"sourceRevision\":1.5}", "Invalid sourceRevision");
    refused("{\"title\":\"T\",\"body\":\"x\",\"tags\":[\"Not A Tag\"]}", "Invalid tags");
    refused("{\"title\":\"T\",\"body\":\"x\",\"tags\":[\"\\u3164\"]}", "Invalid tags");
    refused("{\"title\":5,\"body\":\"x\"}", "Invalid title");
    refused("{\"title\":\"T\",\"body\":\"" + "x".repeat(TranslationInput.MAX_BODY + 1) + "\"}", "Body too long");
  }

  @Test
  void aFieldOfTheWrongJsonTypeIsRefusedByName() {
    refused("{\"title\":\"T\",\"body\":5}", "Invalid body");
    refused("{\"title\":\"T\",\"body\":\"x\",\"summary\":[]}", "Invalid summary");
    refused("{\"title\":\"T\",\"body\":\"x\",\"tags\":\"hold\"}", "Invalid tags");
    refused("{\"title\":\"T\",\"body\":\"x\",\"tags\":[1]}", "Invalid tags");
    refused("{\"title\":\"T\",\"body\":\"x\",\"tags\":" + "[" + "\"t\",".repeat(FrontMatterParser.MAX_TAGS) + "\"t\"]}", "Invalid tags");
    refused("{\"title\":\"T\",\"body\":\"x\",\"sourceRevision\":\"3\"}", "Invalid sourceRevision");
    refused("{\"title\":\"T\",\"body\":\"x\",\"audience\":true}", "Invalid audience");
  }

  @Test
  void aPageFormsFieldsAreCheckedAsTheApisBodyIs() {
    // What the editor's page builds from its form (CRLF from the browser, an empty summary) and
    // the article's current category, tags and audience: the same content as the API's JSON.
    TranslationInput.Fields form = new TranslationInput.Fields(Optional.of(" Giữ máy "), Optional.empty(), Optional.of("phone-skills"),
        List.of("hold", "phone"), Optional.of("agent"), Optional.of("en"), Optional.of(3L), Optional.of("Hỏi trước.\r\n\r\n## Cách làm\r\nNói rõ."));
    TranslationContent fromForm = TranslationInput.read(form, Language.VI);
    TranslationContent fromJson = TranslationInput.read(json("""
        {"title":" Giữ máy ","category":"phone-skills","tags":["hold","phone"],"audience":"agent",
         "translationOf":"en","sourceRevision":3,"body":"Hỏi trước.\\r\\n\\r\\n## Cách làm\\r\\nNói rõ."}"""), Language.VI);
    assertThat(fromForm).isEqualTo(fromJson);
    assertThat(fromForm.body()).isEqualTo("Hỏi trước.\n\n## Cách làm\nNói rõ.");
    // Refused as the API refuses them, with the same titles.
    TranslationInput.Fields untitled = new TranslationInput.Fields(Optional.of("  "), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("x"));
    assertThatThrownBy(() -> TranslationInput.read(untitled, Language.VI))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.title()).isEqualTo("Missing title"));
    TranslationInput.Fields revisionZero = new TranslationInput.Fields(Optional.of("T"), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.of("en"), Optional.of(0L), Optional.of("x"));
    assertThatThrownBy(() -> TranslationInput.read(revisionZero, Language.VI))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.title()).isEqualTo("Invalid sourceRevision"));
  }
}
