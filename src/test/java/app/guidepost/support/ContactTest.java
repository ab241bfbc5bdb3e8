package app.guidepost.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.platform.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contact details: what is accepted, and the exact refusal for everything else. */
class ContactTest {

  private static Contact contact(String json) {
    return Contact.from(Contact.Fields.fromJson(Json.createReader(new StringReader(json)).readObject()));
  }

  private static void refused(String json, String title) {
    assertThatThrownBy(() -> contact(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.title()).isEqualTo(title));
  }

  @Test
  void acceptsANameWithAnEmailOrAPhoneNumber() {
    Contact contact = contact("{\"name\":\"  Nguyễn Văn An \",\"email\":\"an@example.vn\",\"problem\":\"Mất mạng\\ntừ sáng\"}");
    assertThat(contact.name()).isEqualTo("Nguyễn Văn An");
    assertThat(contact.email()).hasValue("an@example.vn");
    assertThat(contact.phone()).isEmpty();
    assertThat(contact.problem()).hasValue("Mất mạng\ntừ sáng");
    assertThat(contact("{\"name\":\"محمد\",\"phone\":\"+966 (55) 123-4567\"}").phone()).hasValue("+966 (55) 123-4567");
  }

  @Test
  void refusesEachBrokenRuleByName() {
    refused("{\"email\":\"a@example.org\"}", "Name required");
    refused("{\"name\":\"   \",\"email\":\"a@example.org\"}", "Name required");
    refused("{\"name\":\"A\"}", "Contact required");
    refused("{\"name\":\"A\",\"email\":\"a@b\"}", "Invalid email");
    refused("{\"name\":\"A\",\"email\":\"a b@example.org\"}", "Invalid email");
    refused("{\"name\":\"A\",\"phone\":\"12\"}", "Invalid phone number");
    refused("{\"name\":\"A\",\"phone\":\"call me maybe\"}", "Invalid phone number");
    refused("{\"name\":42,\"phone\":\"+47 22 33 44 55\"}", "Invalid name");
    refused("{\"name\":\"A\\nB\",\"phone\":\"+47 22 33 44 55\"}", "Invalid name");
    refused("{\"name\":\"\\u202Enimda\",\"phone\":\"+47 22 33 44 55\"}", "Invalid name");
    refused("{\"name\":\"A\\u0000\",\"phone\":\"+47 22 33 44 55\"}", "Invalid name");
    refused("{\"name\":\"A\",\"phone\":\"+47 22 33 44 55\",\"problem\":\"" + "x".repeat(Contact.MAX_PROBLEM + 1) + "\"}", "Invalid problem");
    refused("{\"name\":\"A\",\"phone\":\"+47 22 33 44 55\",\"audience\":\"agent\"}", "Unknown field");
  }

  @Test
  void keepsJoinersThatScriptsAndEmojiNeed() {
    JsonObject json = Json.createObjectBuilder().add("name", "A").add("phone", "+47 22 33 44 55").add("problem", "👩\u200D💻 still offline").build();
    assertThat(Contact.from(Contact.Fields.fromJson(json)).problem()).hasValue("👩\u200D💻 still offline");
  }

  @Test
  void aFormsFieldsAreCheckedAsTheApisBodyIs() {
    // The walkthrough page's contact form: fields left empty are not given.
    Contact contact = Contact.from(new Contact.Fields(Optional.of("  Nguyễn Văn An "), Optional.empty(), Optional.of("+84 28 3822 1234"), Optional.empty()));
    assertThat(contact).isEqualTo(contact("{\"name\":\"  Nguyễn Văn An \",\"phone\":\"+84 28 3822 1234\"}"));
    assertThatThrownBy(() -> Contact.from(new Contact.Fields(Optional.of("A"), Optional.empty(), Optional.empty(), Optional.of("Help"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.title()).isEqualTo("Contact required"));
  }
}
