package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search analytics over HTTP: searches and clicks recorded per language, read by staff only. */
@ExtendWith(ArquillianExtension.class)
class AnalyticsIT {


  @ArquillianResource URL base;

  private Http http;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    return Deployments.guidepost("analytics", Map.of(
        "guidepost.content.dir", Deployments.seedContent().toString(),
        "guidepost.data.dir", TempFolders.create("guidepost-analytics").toString(),
        // The tests stand behind a proxy on the loopback: X-Forwarded-For tells searchers apart.
        "guidepost.proxy.trusted", "127.0.0.1, ::1",
        // Suggestions and the most read are counted every 2 s here, every 30 s in production.
        "guidepost.analytics.refresh", "PT2S"));
  }

  @BeforeEach
  void ready() throws Exception {
    http = new Http(base.toURI());
    http.awaitReady(Duration.ofMinutes(2));
  }

  private int post(String path, String json) throws IOException, InterruptedException, java.net.URISyntaxException {
    HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void searchesAndClicksAreReportedPerLanguageToStaffOnly() throws Exception {
    http.get("api/search?lang=nb&q=" + Http.encode("sette innringeren på vent"), "X-Forwarded-For", "203.0.113.1");
    http.get("api/search?lang=nb&q=" + Http.encode("Sette innringeren på vent"), "X-Forwarded-For", "203.0.113.2");
    http.get("api/search?lang=nb&q=zzqxv");
    http.get("api/search?lang=nb&q=" + Http.encode("Anatomy of an Interaction"));
    assertThat(post("api/analytics/clicks", "{\"query\":\"sette innringeren på vent\",\"lang\":\"nb\",\"article\":\"helpdesk-phone-skills\",\"articleLang\":\"nb\"}"))
        .isEqualTo(202);
    // Events are written every 2 s: wait until the four searches are in, at most 20 s.
    JsonObject report = http.get("api/analytics/search?lang=nb", Deployments.asAdmin()).json();
    for (long until = System.nanoTime() + Duration.ofSeconds(20).toNanos(); (report.getInt("searches") < 4 || report.getInt("clicks") < 1)
        && System.nanoTime() < until; ) {
      Thread.sleep(250);
      report = http.get("api/analytics/search?lang=nb", Deployments.asAdmin()).json();
    }
    assertThat(report.getInt("searches")).isEqualTo(4);
    assertThat(report.getInt("noResults")).isEqualTo(1);
    assertThat(report.getInt("onlyOtherLanguages")).isEqualTo(1);
    assertThat(report.getInt("clicks")).isEqualTo(1);
    JsonObject top = report.getJsonArray("topQueries").getJsonObject(0);
    assertThat(top.getString("query")).isEqualTo("sette innringeren på vent");
    assertThat(top.getInt("searches")).isEqualTo(2);
    assertThat(top.getInt("clicks")).isEqualTo(1);
    assertThat(report.getJsonArray("contentGaps").getJsonObject(0).getString("query")).isEqualTo("zzqxv");
    assertThat(http.get("api/analytics/search?lang=de", Deployments.asAdmin()).json().getInt("searches")).isZero();

    // A query three readers searched with results becomes a suggestion once the suggestions
    // refresh. One reader repeating a text does not make one, nor do staff searches (their
    // results hold internal articles), nor a text whose words no public article holds.
    http.get("api/search?lang=nb&q=" + Http.encode("sette innringeren på vent"), "X-Forwarded-For", "203.0.113.3, 10.0.0.1");
    for (int i = 0; i < 3; i++) {
      http.get("api/search?lang=en&q=" + Http.encode("good greeting 5550199"), "X-Forwarded-For", "198.51.100." + i);
      http.get("api/search?lang=en&q=" + Http.encode("greeting and closing"), Deployments.asAdmin()[0], Deployments.asAdmin()[1],
          "X-Forwarded-For", "198.51.100." + (10 + i));
      http.get("api/search?lang=en&q=" + Http.encode("greeting from one reader"), "X-Forwarded-For", "198.51.100.50");
      http.get("api/search?lang=en&q=" + Http.encode("good greeting"), "X-Forwarded-For", "198.51.100." + (20 + i));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    boolean suggested = false;
    while (!suggested && System.nanoTime() < deadline) {
      suggested = http.get("api/suggest?lang=nb&q=" + Http.encode("innringeren p")).json().getJsonArray("suggestions").stream()
          .map(v -> v.asJsonObject())
          .anyMatch(item -> item.getString("type").equals("query") && item.getString("text").equals("sette innringeren på vent"));
      if (!suggested) {
        Thread.sleep(250);
      }
    }
    assertThat(suggested).as("frequent query suggested").isTrue();
    List<String> english = http.get("api/suggest?lang=en&q=greeting&limit=20").json().getJsonArray("suggestions").stream()
        .map(v -> v.asJsonObject()).filter(item -> item.getString("type").equals("query")).map(item -> item.getString("text")).toList();
    assertThat(english).contains("good greeting").doesNotContain("good greeting 5550199", "greeting and closing", "greeting from one reader");
    assertThat(http.get("api/suggest?lang=nb&q=zzq").json().getJsonArray("suggestions")).isEmpty();
  }

  /**
   * Searches on the help-center pages count like the API's (once per query, not again for its
   * next pages), an article opened from a result page counts as a click on that query, and staff
   * searches are reported apart from readers'.
   */
  @Test
  void pageSearchesAndClicksCountLikeTheApisAndStaffSearchesApart() throws Exception {
    http.get("ar/search?q=" + Http.encode("zqbahthsafha"), "X-Forwarded-For", "203.0.113.31");
    http.get("ar/search?q=" + Http.encode("zqbahthsafha") + "&page=2", "X-Forwarded-For", "203.0.113.31");
    String results = http.get("ar/search?q=" + Http.encode("العميل الصعب"), "X-Forwarded-For", "203.0.113.32").body();
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"([^\"]*/articles/[^\"]*from=[^\"]*)\"").matcher(results);
    assertThat(link.find()).as("a result links its article with the query").isTrue();
    assertThat(http.get(link.group(1).replace("&amp;", "&")).status()).isEqualTo(200);
    http.get("ar/console?q=" + Http.encode("zqmuwazzaf"), Deployments.asAdmin());
    http.get("api/search?lang=ar&q=zqmuwazzaf", Deployments.asAdmin());

    JsonObject report = http.get("api/analytics/search?lang=ar", Deployments.asAdmin()).json();
    for (long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        (report.getInt("searches") < 2 || report.getInt("clicks") < 1 || report.getJsonObject("staff").getInt("searches") < 2) && System.nanoTime() < until; ) {
      Thread.sleep(250);
      report = http.get("api/analytics/search?lang=ar", Deployments.asAdmin()).json();
    }
    assertThat(report.getInt("searches")).isEqualTo(2);
    assertThat(report.getInt("noResults")).isEqualTo(1);
    assertThat(report.getInt("clicks")).isEqualTo(1);
    assertThat(report.getJsonArray("contentGaps").getJsonObject(0).getString("query")).isEqualTo("zqbahthsafha");
    assertThat(report.getJsonArray("topQueries").toString()).doesNotContain("zqmuwazzaf");
    JsonObject staff = report.getJsonObject("staff");
    assertThat(staff.getInt("searches")).as("the console's search and the API's, by an admin").isEqualTo(2);
    assertThat(staff.getJsonArray("contentGaps").getJsonObject(0).getString("query")).isEqualTo("zqmuwazzaf");
  }

  @Test
  void articlesReadOftenAreListedAsMostReadOnTheHomeOfThatLanguage() throws Exception {
    assertThat(http.get("nb/").body()).doesNotContain("id=\"popular\"");
    for (int view = 0; view < 3; view++) {
      assertThat(http.get("nb/articles/case-study-difficult-customer").status()).isEqualTo(200);
    }
    http.get("nb/articles/helpdesk-phone-skills");
    http.get("de/articles/helpdesk-phone-skills");
    http.get("de/articles/helpdesk-phone-skills");

    // Views are written and counted in batches: wait until every view above is counted, in both
    // languages, so that what follows reads one settled state.
    Polling.until(Duration.ofSeconds(20), () -> readsOf("nb") + " " + readsOf("de"),
        counts -> counts.equals("case-study-difficult-customer=3,helpdesk-phone-skills=1 helpdesk-phone-skills=2"));
    String home = http.get("nb/").body();
    String popular = home.substring(home.indexOf("id=\"popular\""), home.indexOf("</ol>", home.indexOf("id=\"popular\"")));
    assertThat(popular).contains("Mest lest").contains("/nb/articles/case-study-difficult-customer")
        .as("read once only: not popular").doesNotContain("helpdesk-phone-skills");
    assertThat(http.get("de/").body()).contains("Meistgelesen").contains("/de/articles/helpdesk-phone-skills");
    assertThat(http.get("vi/").body()).doesNotContain("id=\"popular\"");

    // Editors order their list by what readers of a language open most: what to translate or update first.
    String norwegian = http.get("nb/editor?lang=nb&order=reads", Deployments.asAdmin()).body();
    assertThat(norwegian).containsPattern("<option value=\"reads\" selected[^>]*>Mest lest først</option>")
        .containsPattern("<th scope=\"col\" class=\"reads\">Visninger på [^<]+, siste 30 dager</th>");
    int mostRead = norwegian.indexOf("/nb/editor/case-study-difficult-customer/");
    int readOnce = norwegian.indexOf("/nb/editor/helpdesk-phone-skills/");
    int neverRead = norwegian.indexOf("/nb/editor/anatomy-of-an-interaction/");
    assertThat(mostRead).isPositive().isLessThan(readOnce);
    assertThat(readOnce).isLessThan(neverRead);
    assertThat(norwegian.substring(mostRead, readOnce)).contains("<td class=\"reads\">3</td>");
    assertThat(norwegian.substring(readOnce, neverRead)).contains("<td class=\"reads\">1</td>");
    String german = http.get("en/editor?lang=de&order=reads", Deployments.asAdmin()).body();
    assertThat(german).contains("<th scope=\"col\" class=\"reads\">Reads in German, last 30 days</th>");
    assertThat(german.indexOf("/en/editor/helpdesk-phone-skills/")).isPositive().isLessThan(german.indexOf("/en/editor/case-study-difficult-customer/"));
    // The same order over the API, and a clear answer to an order it does not know.
    jakarta.json.JsonArray items = http.get("api/localization/nb?order=reads", Deployments.asAdmin()).json().getJsonArray("items");
    assertThat(items.getJsonObject(0).getString("slug")).isEqualTo("case-study-difficult-customer");
    assertThat(items.getJsonObject(0).getJsonNumber("reads").longValue()).isEqualTo(3);
    assertThat(items.getJsonObject(1).getString("slug")).isEqualTo("helpdesk-phone-skills");
    Http.Answer unknownOrder = http.get("api/localization/nb?order=popularity", Deployments.asAdmin());
    assertThat(unknownOrder.status()).isEqualTo(400);
    assertThat(unknownOrder.contentType()).startsWith("application/problem+json");
    assertThat(unknownOrder.json().getString("title")).isEqualTo("Invalid order");
    // By title, the default, the counts are still shown; without a language, all languages together.
    String all = http.get("en/editor", Deployments.asAdmin()).body();
    assertThat(all).contains("<th scope=\"col\" class=\"reads\">Reads, last 30 days</th>");
    int helpdesk = all.indexOf("/en/editor/helpdesk-phone-skills/");
    assertThat(all.substring(helpdesk, all.indexOf("</tr>", helpdesk))).contains("<td class=\"reads\">3</td>");
  }

  @Test
  void analyticsAreRefusedToReadersAndWrongCredentials() {
    Http.Answer anonymous = http.get("api/analytics/search?lang=nb");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().getString("title")).isEqualTo("Sign-in required");
    for (Http.Answer answer : new Http.Answer[] {
        http.get("api/analytics/search?lang=nb", "Authorization", "Bearer some-token-0123456789"),
        http.get("api/analytics/search?lang=nb", Deployments.basic(Deployments.ADMIN, "not the password"))}) {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void aClickWithUnknownFieldsOrBadValuesIsRefused() throws Exception {
    assertThat(post("api/analytics/clicks", "{\"query\":\"x\",\"lang\":\"nb\",\"article\":\"a\",\"articleLang\":\"nb\",\"audience\":\"agent\"}")).isEqualTo(400);
    assertThat(post("api/analytics/clicks", "{\"query\":\"x\",\"lang\":\"fr\",\"article\":\"a\",\"articleLang\":\"nb\"}")).isEqualTo(400);
    assertThat(post("api/analytics/clicks", "{\"query\":\"x\",\"lang\":\"nb\",\"article\":\"../etc\",\"articleLang\":\"nb\"}")).isEqualTo(400);
    assertThat(post("api/analytics/clicks", "not json")).isEqualTo(400);
    assertThat(post("api/analytics/clicks", "{\"query\":7,\"lang\":\"nb\",\"article\":\"a\",\"articleLang\":\"nb\"}")).isEqualTo(400);
  }

  /** The articles read in a language, most read first, as {@code slug=reads,...}. */
  private String readsOf(String language) {
    return http.get("api/localization/" + language + "?order=reads", Deployments.asAdmin()).json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject())
        .filter(item -> item.getString("type").equals("article") && item.get("reads") instanceof jakarta.json.JsonNumber reads && reads.longValue() > 0)
        .map(item -> item.getString("slug") + "=" + item.getJsonNumber("reads").longValue())
        .collect(java.util.stream.Collectors.joining(","));
  }
}
