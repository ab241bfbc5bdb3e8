package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.article.TranslationContent;
import app.guidepost.i18n.Language;
import app.guidepost.text.UnsafeCharacters;
import java.net.URI;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

  private static final String VALID =
      """
      ---
      title: Putting a caller on hold
      summary: One line for result lists
      category: phone-skills
      tags: [hold, phone]
      audience: agent
      translation_of: en
      source_revision: 3
      source_url: https://example.org/hold
      source_title: "Holding calls: a primer"
      source_author: Example Press
      ---
      Body text.

      ## Ask first
      """;

  @Test
  void readsEveryContractField() throws Exception {
    ParsedArticleFile parsed = FrontMatterParser.parse(VALID, Language.NB);
    TranslationContent content = parsed.content();
    assertThat(content.title()).isEqualTo("Putting a caller on hold");
    assertThat(content.summary()).contains("One line for result lists");
    assertThat(content.category()).contains(new Slug("phone-skills"));
    assertThat(content.tags()).containsExactly("hold", "phone");
    assertThat(content.audience()).isEqualTo(Audience.AGENT);
    assertThat(content.translationOf()).contains(Language.EN);
    assertThat(content.sourceRevision()).contains(3);
    assertThat(content.sourceUrl()).contains(URI.create("https://example.org/hold"));
    assertThat(content.sourceTitle()).contains("Holding calls: a primer");
    assertThat(content.sourceAuthor()).contains("Example Press");
    assertThat(content.body()).isEqualTo("Body text.\n\n## Ask first");
    assertThat(parsed.warnings()).isEmpty();
  }

  @Test
  void onlyTitleIsRequiredAndAudienceDefaultsToPublic() throws Exception {
    TranslationContent content = FrontMatterParser.parse("---\ntitle: Hold\n---\nText", Language.EN).content();
    assertThat(content.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(content.summary()).isEmpty();
    assertThat(content.tags()).isEmpty();
    assertThat(content.translationOf()).isEmpty();
  }

  @Test
  void windowsLineEndsByteOrderMarkAndDecomposedTextAreNormalised() throws Exception {
    String nfd = "Ho\u0302\u0303 tro\u031b\u0323";
    TranslationContent content =
        FrontMatterParser.parse("\uFEFF---\r\ntitle: " + nfd + "\r\n---\r\nLine one\r\nLine two\r\n", Language.VI).content();
    assertThat(content.title()).isEqualTo("Hỗ trợ");
    assertThat(content.body()).isEqualTo("Line one\nLine two");
  }

  @Test
  void aLanguageAliasIsAcceptedInTranslationOf() throws Exception {
    assertThat(FrontMatterParser.parse("---\ntitle: T\ntranslation_of: no\n---\nx", Language.EN).content().translationOf())
        .contains(Language.NB);
  }

  @Test
  void unknownFieldsAreWarningsWithTheirLine() throws Exception {
    ParsedArticleFile parsed = FrontMatterParser.parse("---\ntitle: T\ndate: 2022-01-01\n---\nx", Language.EN);
    assertThat(parsed.warnings())
        .containsExactly(new ParsedArticleFile.ContentFileWarning(3, "unknown field 'date' is ignored"));
  }

  @Test
  void missingFrontMatterIsReportedOnLineOne() {
    assertProblem(() -> FrontMatterParser.parse("# Just markdown\n", Language.EN), 1, "must start with a front matter block");
  }

  @Test
  void unclosedFrontMatterIsReported() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\nBody", Language.EN), 1, "never closed");
  }

  @Test
  void missingTitleIsReported() {
    assertProblem(() -> FrontMatterParser.parse("---\nsummary: S\n---\nx", Language.EN), 1, "no 'title'");
  }

  @Test
  void emptyTitleIsReportedOnItsLine() {
    assertProblem(() -> FrontMatterParser.parse("---\nsummary: S\ntitle: \"  \"\n---\nx", Language.EN), 3, "'title' is empty");
  }

  @Test
  void badYamlIsReportedWithTheLineOfTheMistake() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\ntags: [a, b\nsummary: x\n---\nx", Language.EN), 4, "invalid YAML");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: A\ntitle: B\n---\nx", Language.EN), 3, "'title' appears twice");
  }

  @Test
  void unknownLanguageInTranslationOfIsReportedOnItsLine() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\ntranslation_of: fr\n---\nx", Language.EN), 3, "unknown language 'fr'");
  }

  @Test
  void aTranslationOfItsOwnLanguageIsRefused() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\ntranslation_of: en\n---\nx", Language.EN), 3, "own language");
  }

  @Test
  void sourceRevisionNeedsTranslationOfAndAPositiveNumber() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\nsource_revision: 2\n---\nx", Language.VI), 3, "needs 'translation_of'");
    assertProblem(
        () -> FrontMatterParser.parse("---\ntitle: T\ntranslation_of: en\nsource_revision: -1\n---\nx", Language.VI), 4, "whole number");
  }

  @Test
  void invalidCategoryTagsAudienceAndUrlAreReportedOnTheirLines() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\ncategory: Phone Skills\n---\nx", Language.EN), 3, "'category' must be a slug");
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\ntags:\n  - ok\n  - <b>bad</b>\n---\nx", Language.EN), 5, "tag '<b>bad</b>'");
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\naudience: everyone\n---\nx", Language.EN), 3, "'public' or 'agent'");
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\nsource_url: javascript:alert(1)\n---\nx", Language.EN), 3, "http or https");
  }

  @Test
  void aTitleMustBeOneValue() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: [a, b]\n---\nx", Language.EN), 2, "single value");
  }

  @Test
  void invisibleCharactersInTitlesBecomeSpaces() throws Exception {
    TranslationContent content = FrontMatterParser.parse("---\ntitle: \"Hold\\u202Eevil\\u200B\"\n---\nx", Language.EN).content();
    assertThat(content.title()).isEqualTo("Hold evil");
  }

  @Test
  void theJoinersThatScriptsAndEmojiNeedStayInTitles() throws Exception {
    TranslationContent content = FrontMatterParser.parse("---\ntitle: \"می\u200Cخواهم 👩\u200D💻\"\n---\nx", Language.EN).content();
    assertThat(content.title()).isEqualTo("می\u200Cخواهم 👩\u200D💻");
  }

  @Test
  void aTextWithABidiOverrideAnIsolateOrAControlCharacterIsRefusedAtItsLineAsAnEditorSaveIs() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\n---\n\nFirst line.\n\nRun \u202Ermdir\u202C now.\n", Language.EN), 7,
        "bidirectional override");
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\n---\nOne\n\u2067two", Language.EN), 5, "isolate");
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\n---\nbell\u0007", Language.EN), 4, "control character");
  }

  @Test
  void invisibleCharactersThatOnlyHideThemselvesAreRemovedFromTheTextWithAWarningAtTheirLine() throws Exception {
    ParsedArticleFile parsed = FrontMatterParser.parse(
        "---\ntitle: T\n---\nFirst line.\n\u0645\u0631\u062D\u0628\u0627\u200F \uFEFFzero\u200Bwidth soft\u00ADhyphen\n", Language.AR);
    assertThat(parsed.content().body()).isEqualTo("First line.\n\u0645\u0631\u062D\u0628\u0627 zerowidth softhyphen");
    assertThat(UnsafeCharacters.in(parsed.content().body())).isFalse();
    assertThat(parsed.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.line()).isEqualTo(5);
      assertThat(warning.message()).contains("invisible characters").contains("were removed");
    });
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\n---\n\n  \n", Language.EN), 3, "no text");
  }

  @Test
  void customTagsThatWouldBuildJavaObjectsAreRefused() {
    assertProblem(
        () -> FrontMatterParser.parse("---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\nx", Language.EN), 2, "YAML tags");
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\nsummary: !custom x\n---\nx", Language.EN), 3, "YAML tags");
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder yaml = new StringBuilder("---\ntitle: T\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char previous = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [");
      yaml.append(String.join(", ", List.of("*" + previous, "*" + previous, "*" + previous, "*" + previous, "*" + previous, "*" + previous)));
      yaml.append("]\n");
    }
    yaml.append("---\nx");
    assertThatThrownBy(() -> FrontMatterParser.parse(yaml.toString(), Language.EN))
        .isInstanceOf(ContentFileException.class)
        .hasMessageContaining("invalid YAML");
  }

  @Test
  void deepNestingIsRefusedBeforeItIsComposed() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\nx: " + deep + "\n---\nx", Language.EN), 3, "nested too deeply");
    String blocks = "- ".repeat(5_000) + "x";
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: T\nx:\n" + blocks + "\n---\nx", Language.EN), 4, "nested too deeply");
  }

  @Test
  void hugeFrontMatterIsRefused() {
    String big = "a".repeat(10 * 1024 * 1024);
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: " + big + "\n---\nx", Language.EN), 1, "longer than");
  }

  @Test
  void overlongTitleIsRefused() {
    assertProblem(() -> FrontMatterParser.parse("---\ntitle: " + "w".repeat(201) + "\n---\nx", Language.EN), 2, "longer than 200");
  }

  private static void assertProblem(ThrowingCallable parse, int line, String message) {
    assertThatThrownBy(parse)
        .isInstanceOfSatisfying(
            ContentFileException.class,
            e -> {
              assertThat(e.getMessage()).contains(message);
              assertThat(e.line()).as("line of: " + e.getMessage()).isEqualTo(line);
            });
  }


  @Test
  void aTextWithoutACreditKeepsTheDigestItHadBeforeCreditsExisted() throws Exception {
    TranslationContent plain = FrontMatterParser.parse("---\ntitle: T\n---\nBody", Language.EN).content();
    // The digest of every field as it was computed before source_title and source_author existed.
    StringBuilder before = new StringBuilder();
    for (String field : java.util.List.of("T", "", "", "", "public", "", "", "", "Body")) {
      before.append(field).append('\u001f');
    }
    assertThat(plain.fingerprint()).isEqualTo(app.guidepost.platform.Sha256.hex(before.toString()));
    TranslationContent credited = FrontMatterParser.parse("---\ntitle: T\nsource_title: Original\n---\nBody", Language.EN).content();
    assertThat(credited.fingerprint()).isNotEqualTo(plain.fingerprint());
    // Like a title: a bidi override is taken out, never shown.
    assertThat(FrontMatterParser.parse("---\ntitle: T\nsource_title: \"a\\u202Eb\"\n---\nx", Language.EN).content().sourceTitle()).contains("a b");
  }
}
