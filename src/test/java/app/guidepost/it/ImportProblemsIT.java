package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A content folder with broken files among good ones: each broken file is reported by path and
 * line, every good file still imports, and hostile content comes out harmless.
 */
@ExtendWith(ArquillianExtension.class)
class ImportProblemsIT {

  @ArquillianResource URL base;

  private Http http;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    Path content = ContentFixtures.copyOfSeedContent();
    ContentFixtures.write(content, "articles/bad-yaml/en.md", "---\ntitle: Broken\ntags: [a, b\nsummary: x\n---\nBody");
    ContentFixtures.write(content, "articles/no-title/en.md", "---\nsummary: No title here\n---\nBody");
    ContentFixtures.write(content, "articles/unknown-language/fr.md", "---\ntitle: Bonjour\n---\nCorps");
    ContentFixtures.write(content, "articles/Invalid_Slug/en.md", "---\ntitle: Bad folder\n---\nBody");
    ContentFixtures.write(content, "articles/java-tag/en.md", "---\ntitle: T\nsummary: !!javax.script.ScriptEngineManager [x]\n---\nBody");
    ContentFixtures.write(content, "articles/bad-source/vi.md", "---\ntitle: Giữ máy\ntranslation_of: xx\n---\nNội dung");
    Path outside = TempFolders.create("guidepost-outside");
    Files.writeString(outside.resolve("secret.md"), "---\ntitle: Outside secret\n---\nsecretword");
    Files.createDirectories(content.resolve("articles/escape"));
    Files.createSymbolicLink(content.resolve("articles/escape/en.md"), outside.resolve("secret.md"));
    ContentFixtures.write(
        content,
        "articles/hostile-markup/en.md",
        "---\ntitle: \"<script>alert(1)</script> Printer queue\"\nsummary: \"<img src=x onerror=alert(1)>\"\n---\n"
            + "Clear the printerqueue <script>alert(2)</script> and [click](javascript:alert(3)).\n\n## Steps\n\nRestart the spooler.");
    ContentFixtures.write(
        content,
        "articles/internal-escalation-matrix/en.md",
        "---\ntitle: Escalation matrix for supervisors\nsummary: Internal phone numbers\naudience: agent\n---\nCall the duty manager about confidentialword issues.\n\n## Numbers\n\nx");
    writeGuide(content, "lost-continue", "public", "  - id: only\n    ticket_step: greet\n    outcome: continue\n    guide: no-such-guide\n");
    writeGuide(content, "public-into-agent", "public", "  - id: only\n    ticket_step: greet\n    outcome: continue\n    guide: customer-is-upset\n");
    writeGuide(content, "broken-shape", "public", "  - id: only\n    ticket_step: greet\n    next: nowhere\n");
    writeGuide(content, "missing-texts", "public", "  - id: only\n    ticket_step: greet\n    choices:\n      - id: yes\n        next: done\n"
        + "  - id: done\n    ticket_step: resolve\n    outcome: resolved\n");
    ContentFixtures.write(content, "guides/missing-texts/en.yaml",
        "title: Missing texts\nsteps:\n  only:\n    title: Only\n    body: Body\n    choices:\n      yes: Yes\n  done:\n    title: Done\n    body: Done\n");
    ContentFixtures.write(content, "guides/missing-texts/de.yaml",
        "title: Fehlende Texte\ntranslation_of: en\nsource_revision: 1\nsteps:\n  only:\n    title: Nur\n    body: Text\n  done:\n    title: Fertig\n    body: Fertig\n");
    ContentFixtures.write(content, "guides/bidi-text/guide.yaml", "audience: public\nsource: en\nstart: only\nsteps:\n  - id: only\n    ticket_step: greet\n"
        + "    outcome: resolved\n");
    ContentFixtures.write(content, "guides/bidi-text/en.yaml", "title: Reset your password\nsteps:\n  only:\n    title: Open the file \u202Etxt.exe\n"
        + "    body: Body\n");
    // The help desk's own terms: one concept that joins a made-up product word to the Norwegian
    // "innringeren", and one whose only term hides a bidirectional override.
    ContentFixtures.write(content, "termbase.tbx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<tbx type=\"TBX-Basic\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n"
        + "<conceptEntry id=\"own-caller\"><langSec xml:lang=\"en\"><termSec><term>quuxcaller</term></termSec></langSec>"
        + "<langSec xml:lang=\"nb\"><termSec><term>innringeren</term></termSec></langSec></conceptEntry>\n"
        + "<conceptEntry id=\"own-bidi\"><langSec xml:lang=\"en\"><termSec><term>evil\u202Etxt</term></termSec></langSec></conceptEntry>\n"
        + "</body></text></tbx>\n");
    return Deployments.guidepost("import-problems", content, TempFolders.create("guidepost-import-problems"));
  }

  /** A guide with the given steps (YAML list items) and complete English texts for a step named "only". */
  private static void writeGuide(Path content, String slug, String audience, String steps) {
    ContentFixtures.write(content, "guides/" + slug + "/guide.yaml", "audience: " + audience + "\nsource: en\nstart: only\nsteps:\n" + steps);
    ContentFixtures.write(content, "guides/" + slug + "/en.yaml", "title: " + slug + "\nsteps:\n  only:\n    title: Only\n    body: Body\n");
  }

  @BeforeEach
  void ready() throws Exception {
    http = new Http(base.toURI());
    http.awaitReady(Duration.ofMinutes(2));
  }

  private JsonObject problem(JsonObject report, String path) {
    return report.getJsonArray("problems").stream()
        .map(v -> v.asJsonObject())
        .filter(p -> p.getString("path").equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem reported for " + path + " in " + report));
  }

  @Test
  void everyBrokenFileIsReportedByPathAndLine() {
    JsonObject report = http.get("api/content/import").json();
    assertThat(problem(report, "articles/bad-yaml/en.md").getInt("line")).isEqualTo(4);
    assertThat(problem(report, "articles/bad-yaml/en.md").getString("message")).contains("invalid YAML");
    assertThat(problem(report, "articles/no-title/en.md").getString("message")).contains("no 'title'");
    assertThat(problem(report, "articles/unknown-language/fr.md").getString("message")).contains("unknown language 'fr'");
    assertThat(problem(report, "articles/Invalid_Slug").getString("message")).contains("not a valid slug");
    assertThat(problem(report, "articles/java-tag/en.md").getInt("line")).isEqualTo(3);
    assertThat(problem(report, "articles/bad-source/vi.md").getInt("line")).isEqualTo(3);
    assertThat(problem(report, "articles/escape/en.md").getString("message")).contains("symbolic links");
    assertThat(problem(report, "guides/lost-continue/guide.yaml").getInt("line")).isEqualTo(5);
    assertThat(problem(report, "guides/lost-continue/guide.yaml").getString("message"))
        .isEqualTo("step 'only' continues in guide 'no-such-guide', which is not published; the guide is not published");
    assertThat(problem(report, "guides/public-into-agent/guide.yaml").getString("message"))
        .isEqualTo("step 'only' of a public guide continues in 'customer-is-upset', which is for agents only; the guide is not published");
    assertThat(problem(report, "guides/broken-shape/guide.yaml").getString("message")).isEqualTo("step 'only' leads to an unknown step 'nowhere'");
    assertThat(problem(report, "guides/missing-texts/de.yaml").getString("message")).isEqualTo("step 'only' has no label for choice 'yes'");
    assertThat(problem(report, "guides/bidi-text/en.yaml").getString("message"))
        .isEqualTo("'title' contains control characters or bidirectional overrides");
    assertThat(problem(report, "guides/bidi-text/en.yaml").getInt("line")).isEqualTo(4);
    // The guide file itself fails too: its source language has no usable texts.
    assertThat(report.getInt("failed")).isEqualTo(13);
    assertThat(report.getJsonArray("problems").stream().map(v -> v.asJsonObject())
            .filter(p -> !p.getString("path").equals("termbase.tbx")).map(p -> p.getString("severity")).distinct().toList())
        .containsExactly("error");
  }

  @Test
  void everyGoodFileStillImports() {
    JsonObject report = http.get("api/content/import").json();
    assertThat(report.getInt("created")).isEqualTo(8);
    for (String slug : List.of("anatomy-of-an-interaction", "helpdesk-phone-skills", "hostile-markup")) {
      assertThat(http.get("api/articles/" + slug).status()).as(slug).isEqualTo(200);
    }
    assertThat(http.get("api/articles/bad-yaml").status()).isEqualTo(404);
  }

  @Test
  void onlyValidGuidesArePublishedAndOnlyTheirValidTranslations() {
    assertThat(http.get("api/guides").json().getJsonArray("guides").stream().map(g -> g.asJsonObject().getString("slug")))
        .containsExactly("cant-get-online", "missing-texts");
    JsonObject guide = http.get("api/guides/missing-texts?lang=de").json();
    assertThat(guide.getString("lang")).isEqualTo("en");
    assertThat(guide.getJsonArray("translations").stream().map(t -> ((jakarta.json.JsonString) t).getString())).containsExactly("en");
    for (String slug : List.of("lost-continue", "public-into-agent", "broken-shape")) {
      assertThat(http.get("api/guides/" + slug).status()).as(slug).isEqualTo(404);
    }
  }

  @Test
  void aFileOutsideTheContentFolderNeverImports() {
    assertThat(http.get("api/search?lang=en&q=secretword").json().getInt("total")).isZero();
  }

  @Test
  void hostileMarkupIsStoredButHarmlessOnOutput() {
    JsonObject article = http.get("api/articles/hostile-markup?lang=en").json();
    assertThat(article.getString("title")).contains("<script>alert(1)</script>");
    assertThat(article.getString("html")).doesNotContain("<script", "javascript:").contains("&lt;script&gt;");
    JsonObject hit = http.get("api/search?lang=en&q=printerqueue").json().getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("snippet")).doesNotContain("<script").contains("<mark>printerqueue</mark>");
  }

  @Test
  void internalArticlesAreInvisibleToReaders() {
    JsonObject results = http.get("api/search?lang=en&q=" + Http.encode("escalation matrix confidentialword supervisors")).json();
    assertThat(results.getJsonArray("hits").stream().map(v -> v.asJsonObject().getString("article")))
        .doesNotContain("internal-escalation-matrix");
    assertThat(http.get("api/search?lang=en&q=confidentialword").json().getInt("total")).isZero();
    assertThat(http.get("api/articles/internal-escalation-matrix?lang=en").status()).isEqualTo(404);
    assertThat(http.get("api/articles?lang=en").body()).doesNotContain("internal-escalation-matrix", "Escalation matrix");
  }

  @Test
  void theContentFoldersOwnTermsAreUsedAndWhatCannotBeIsReportedAtItsLine() {
    JsonObject problem = problem(http.get("api/content/import").json(), "termbase.tbx");
    assertThat(problem.getInt("line")).isEqualTo(4);
    assertThat(problem.getString("severity")).isEqualTo("warning");
    assertThat(problem.getString("message")).isEqualTo("the term 'evil txt' has control, bidirectional or invisible characters; it was left out");
    // The own concept sits beside the shipped termbase: its English word reaches the Norwegian article.
    JsonObject results = http.get("api/search?lang=en&q=quuxcaller").json();
    assertThat(results.getJsonArray("hits").stream().map(v -> v.asJsonObject().getString("article") + "/" + v.asJsonObject().getString("lang")))
        .contains("helpdesk-phone-skills/nb");
  }
}
