package app.guidepost.it;

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
 * published, then read back on every path that turns Markdown into HTML (the article, the
 * preview, search snippets). Nothing that runs script, loads another site's page or changes
 * where links go may come out.
 */
@ExtendWith(ArquillianExtension.class)
class HostileContentIT {

  private static final String[] ADMIN = Deployments.asAdmin();
  private static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern DANGEROUS_URL = Pattern.compile("(href|src)\\s*=\\s*\"\\s*(javascript|data|vbscript):", Pattern.CASE_INSENSITIVE);
  private static final Pattern DANGEROUS_TAG = Pattern.compile("<\\s*(script|style|base|meta|form|input|iframe|svg|object|embed|link)\\b", Pattern.CASE_INSENSITIVE);

  @ArquillianResource URL base;

  private Http http;

  static List<String> attacks() {
    return List.of(
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[mixed case](JaVaScRiPt:alert(1))",
        "[entity](&#106;avascript:alert(1))",
        "[hex entity](&#x6A;avascript:alert(1))",
        "[tab](java\tscript:alert(1))",
        "[newline](java\nscript:alert(1))",
        "<javascript:alert(1)>",
        "[reference][evil]\n\n[evil]: javascript:alert(1)",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<form action=\"https://evil.example\"><input name=password></form>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "[title breakout](https://ok.example \"x\\\" onmouseover=\\\"alert(1)\")",
        "![alt breakout\" onerror=\"alert(1)](x.png)",
        "<a href=\"javascript:alert(1)\">raw link</a>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<select><style></select><img src=x onerror=alert(1)></style>");
  }

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    return Deployments.guidepost("hostile-content", Map.of(
        "guidepost.content.dir", Deployments.seedContent().toString(),
        "guidepost.data.dir", Files.createTempDirectory("guidepost-hostile").toString()));
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

  @ParameterizedTest
  @MethodSource("attacks")
  void aHostileBodyIsHarmlessInTheArticleThePreviewAndTheSnippets(String attack) {
    String slug = "hostile-" + Integer.toHexString(attack.hashCode() & 0x7fffffff);
    String body = "Harmlessword before.\n\n" + attack + "\n\n## Section\n\nHarmlessword after.";
    String json = Json.createObjectBuilder().add("title", "Hostile " + slug).add("state", "published").add("body", body).build().toString();
    Http.Answer saved = http.send("PUT", "api/articles/" + slug + "/translations/en", json, ADMIN);
    assertThat(saved.status()).as(saved.body()).isIn(200, 201);

    assertHarmless(http.get("api/articles/" + slug + "?lang=en").json().getString("html"), attack);
    assertHarmless(http.post("api/articles/" + slug + "/translations/en/preview", Json.createObjectBuilder().add("body", body).build().toString(), ADMIN)
        .json().getString("html"), attack);
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
