package app.guidepost.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every UI string exists in every language, with a valid ICU pattern and the English placeholders. */
class MessagesTest {

  private static Properties bundle(Language language) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of("i18n", "messages_" + language.code() + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void everyLanguageHasExactlyTheEnglishKeysWithValidPatternsAndTheSameArguments() throws IOException {
    Properties english = bundle(Language.EN);
    for (Language language : Language.values()) {
      Properties bundle = bundle(language);
      assertThat(bundle.stringPropertyNames()).as(language.code()).isEqualTo(english.stringPropertyNames());
      for (String key : english.stringPropertyNames()) {
        assertThat(arguments(bundle.getProperty(key))).as(language.code() + " " + key).isEqualTo(arguments(english.getProperty(key)));
      }
    }
  }

  /** Keys the code builds from a prefix and a value (an outcome, a status, a language code). */
  private static final Set<String> DYNAMIC_PREFIXES =
      Set.of("language.", "notes.outcome.", "guide.outcome.", "error.title.", "editor.status.", "editor.section.", "editor.state.", "editor.order.", "terms.origin.", "admin.role.", "dashboard.outcome.", "files.problem.", "search.type.");

  @Test
  void everyKeyIsUsedByTheCodeOrTheTemplates() throws IOException {
    StringBuilder sources = new StringBuilder();
    for (Path root : new Path[] {Path.of("src/main/java"), Path.of("src/main/jte")}) {
      try (var files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          sources.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    Set<String> unused = new TreeSet<>();
    for (String key : bundle(Language.EN).stringPropertyNames()) {
      boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith);
      if (!dynamic && !sources.toString().contains("\"" + key + "\"")) {
        unused.add(key);
      }
    }
    assertThat(unused).as("UI strings no code or template uses").isEmpty();
  }

  @Test
  void patternsFormatInEveryLanguage() {
    Messages messages = new Messages();
    for (Language language : Language.values()) {
      assertThat(messages.format(language, "notes.outcome.escalate", Map.of("tier", "2"))).contains("2");
      assertThat(messages.format(language, "notes.outcome.escalate", Map.of("tier", "none"))).doesNotContain("{");
      assertThat(messages.format(language, "notes.answer", Map.of("answer", "X"))).contains("X");
    }
    assertThat(messages.format(Language.DE, "notes.outcome.escalate", Map.of("tier", "2"))).isEqualTo("Ergebnis: Eskalation an Level 2.");
  }

  private static Set<String> arguments(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.add(parsed.getSubstring(part));
      }
    }
    return names;
  }

  @Test
  void aLanguageNamedInItselfAsALabelStartsWithACapitalAndRunningTextKeepsItsOwnCase() {
    Messages messages = new Messages();
    assertThat(messages.endonym(Language.VI)).isEqualTo("Tiếng Việt");
    assertThat(messages.endonym(Language.NB)).isEqualTo("Norsk (bokmål)");
    assertThat(messages.endonym(Language.AR)).isEqualTo("العربية");
    assertThat(messages.languageName(Language.VI, Language.VI)).isEqualTo("tiếng Việt");
  }
}
