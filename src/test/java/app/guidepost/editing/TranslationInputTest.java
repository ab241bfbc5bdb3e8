package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.article.Audience;
import app.guidepost.article.TranslationContent;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** An editor's translation is checked like a content file's front matter, field by field. */
class TranslationInputTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
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
}
