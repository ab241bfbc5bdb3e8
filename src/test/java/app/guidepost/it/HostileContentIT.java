package app.guidepost.it;

import static app.guidepost.it.GuidedHelpIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored cross-site scripting, tried through the editor: each hostile body is saved and
 * published, then read back on every path that turns Markdown into HTML (the article over the
 * API and on its page, the preview, the editor's diff, search snippets), where it must be
 * exactly the harmless HTML expected of it. Nothing that runs script, loads another site's page
 * or changes where links go may come out.
 */
@ExtendWith(ArquillianExtension.class)
class HostileContentIT {

  private static final String[] ADMIN = Deployments.asAdmin();
  private static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern DANGEROUS_URL = Pattern.compile("(href|src)\\s*=\\s*\"\\s*(javascript|data|vbscript):", Pattern.CASE_INSENSITIVE);
  private static final Pattern DANGEROUS_TAG = Pattern.compile("<\\s*(script|style|base|meta|form|input|iframe|svg|object|embed|link)\\b", Pattern.CASE_INSENSITIVE);

  @ArquillianResource URL base;

  private Http http;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    return Deployments.guidepost("hostile-content", Map.of(
        "guidepost.content.dir", Deployments.seedContent().toString(),
        "guidepost.data.dir", TempFolders.create("guidepost-hostile").toString()));
  }

  @BeforeEach
  void ready() throws Exception {
    http = new Http(base.toURI());
    http.awaitReady(Duration.ofMinutes(2));
  }

  private static void assertHarmless(String html, String attack) {
    assertThat(DANGEROUS_TAG.matcher(html).find()).as("tag from %s in %s", attack, html).isFalse();
    assertThat(HANDLER.matcher(html).find()).as("handler from %s in %s", attack, html).isFalse();
    assertThat(DANGEROUS_URL.matcher(html).find()).as("url from %s in %s", attack, html).isFalse();
  }

  private static final String BEFORE = "Harmlessword before.\n\n## Section\n\nHarmlessword after.";

  private Http.Answer save(String slug, String body, String ifMatch) {
    String json = Json.createObjectBuilder().add("title", "Hostile " + slug).add("state", "published").add("body", body).build().toString();
    String[] headers = ifMatch == null ? ADMIN : new String[] {ADMIN[0], ADMIN[1], "If-Match", "\"" + ifMatch + "\""};
    return http.send("PUT", "api/articles/" + slug + "/translations/en", json, headers);
  }

  /** An editor signed in on the pages, as a browser would be. */
  private Http editorPages() {
    Http browser = Http.withCookies(http.baseUri());
    String token = browser.get("en/sign-in").formToken();
    Http.Answer signedIn = browser.post("en/sign-in", "username=" + Deployments.ADMIN + "&password=" + Http.encode(Deployments.ADMIN_PASSWORD)
        + "&returnTo=" + Http.encode("/en/editor") + "&csrf=" + token, "Content-Type", "application/x-www-form-urlencoded");
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(303);
    return browser;
  }

  /** What the auto-escaping templates make of text. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @ParameterizedTest
  @MethodSource("app.guidepost.render.HostileMarkdown#attacks")
  void aHostileBodyBecomesExactlyItsHarmlessHtmlOnEveryPath(String attack, String expected) {
    String slug = "hostile-" + Integer.toHexString(attack.hashCode() & 0x7fffffff);
    String body = "Harmlessword before.\n\n" + attack + "\n\n## Section\n\nHarmlessword after.";
    Http.Answer first = save(slug, BEFORE, null);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    Http.Answer second = save(slug, body, "1");
    assertThat(second.status()).as(second.body()).isEqualTo(200);

    String article = http.get("api/articles/" + slug + "?lang=en").json().getString("html");
    assertThat(article).startsWith("<p>Harmlessword before.</p>\n" + expected + "\n");
    assertHarmless(article, attack);
    String preview = http.post("api/articles/" + slug + "/translations/en/preview", Json.createObjectBuilder().add("body", body).build().toString(), ADMIN)
        .json().getString("html");
    assertThat(preview).isEqualTo(article);

    String page = http.get("en/articles/" + slug).body();
    String shown = page.substring(page.indexOf("<div class=\"body\">"), page.indexOf("</div>", page.indexOf("<div class=\"body\">")));
    assertThat(shown).isEqualTo("<div class=\"body\">" + article);
    assertHarmless(shown, attack);

    // The editor's diff of the two revisions shows the attack as the text that was typed.
    String diff = editorPages().get("en/editor/" + slug + "/en/history?from=1").body();
    String diffBlock = diff.substring(diff.indexOf("<pre id=\"diff\""), diff.indexOf("</pre>"));
    for (String line : attack.split("\n", -1)) {
      assertThat(diffBlock).contains("<span class=\"diff-add\">+ " + escaped(line) + "\n</span>");
    }
    // Nothing in it is markup but the diff's own lines.
    assertThat(diffBlock.replaceAll("<pre id=\"diff\" class=\"diff\" dir=\"auto\">|<span class=\"diff-(same|add|del)\">|</span>", "")).doesNotContain("<", ">");
  }

  @Test
  void bidiOverridesAreRefusedInSlugsTitlesAndBodies() {
    String json = Json.createObjectBuilder().add("title", "Fine").add("state", "published").add("body", "Fine.").build().toString();
    Http.Answer slug = http.send("PUT", "api/articles/" + Http.encode("\u202Eexe.txt") + "/translations/en", json, ADMIN);
    assertProblem(slug, 400, "Invalid slug");
    // Echoed back with the override made visible, never applied to the rest of the message.
    assertThat(slug.json().getString("detail")).isEqualTo("'\uFFFDexe.txt' is not an article slug: lowercase a-z, digits and single hyphens.");
    assertThat(http.get("en/articles/" + Http.encode("\u202Eexe.txt")).status()).isEqualTo(404);
    Http.Answer title = http.send("PUT", "api/articles/bidi-title/translations/en",
        Json.createObjectBuilder().add("title", "Invoice \u202Etxt.exe").add("body", "Fine.").build().toString(), ADMIN);
    assertProblem(title, 400, "Invalid title");
    Http.Answer text = http.send("PUT", "api/articles/bidi-body/translations/en",
        Json.createObjectBuilder().add("title", "Fine").add("body", "Open \u202Etxt.exe now.").build().toString(), ADMIN);
    assertProblem(text, 400, "Invalid body");
    assertThat(text.json().getString("detail")).isEqualTo("The body contains control characters or bidirectional overrides.");
    assertThat(http.get("api/articles/bidi-title?lang=en").status()).isEqualTo(404);
  }

  @Test
  void snippetsOfHostileArticlesAreEscapedText() throws Exception {
    String json = Json.createObjectBuilder().add("title", "Snippet test").add("state", "published")
        .add("body", "Quokkaword <script>alert(1)</script> <img src=x onerror=alert(1)> quokkaword.").build().toString();
    http.send("PUT", "api/articles/hostile-snippet/translations/en", json, ADMIN);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (http.get("api/search?lang=en&q=quokkaword").json().getInt("total") == 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    String snippet = http.get("api/search?lang=en&q=quokkaword").json().getJsonArray("hits").getJsonObject(0).getString("snippet");
    assertHarmless(snippet, "snippet");
    assertThat(snippet).contains("<mark>").doesNotContain("<script", "<img");
  }
}
