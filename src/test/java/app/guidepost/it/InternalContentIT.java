package app.guidepost.it;

import static app.guidepost.it.GuidedHelpIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Internal content on every surface: what a reader without an account gets (nothing of it, not
 * even a count) and what an agent gets (all of it). The internal article's Vietnamese translation
 * forgets to say it is internal: the article stays internal in every language.
 */
@ExtendWith(ArquillianExtension.class)
class InternalContentIT {

  private static final String AGENT_PASSWORD = "internal content agent password";
  private static final String SLUG = "escalation-matrix";
  private static final String WORD = "zephyrcode";
  private static final String PUBLIC_GUIDE = "before-the-duty-line";

  @ArquillianResource URL base;

  private Http http;
  private String[] agent;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    Path content = ContentFixtures.copyOfSeedContent();
    ContentFixtures.write(content, "articles/" + SLUG + "/en.md", "---\ntitle: Escalation matrix for duty managers\nsummary: Internal numbers\n"
        + "category: escalation\ntags: [internal-only]\naudience: agent\n---\nCall the duty manager with the " + WORD + " when a customer threatens to leave.\n\n"
        + "## Numbers\n\nThe " + WORD + " line answers day and night.");
    ContentFixtures.write(content, "articles/" + SLUG + "/vi.md", "---\ntitle: Bảng chuyển cấp cho trưởng ca\ntranslation_of: en\nsource_revision: 1\n---\n"
        + "Gọi trưởng ca bằng " + WORD + " khi khách hàng dọa rời đi.\n\n## Số điện thoại\n\nĐường dây " + WORD + " trực cả ngày lẫn đêm.");
    // Two public articles of the same topic: the topic's count, page and "more in this topic" lists must not reveal the internal one.
    ContentFixtures.write(content, "articles/when-to-escalate/en.md", "---\ntitle: When to escalate a ticket\ncategory: escalation\n---\n"
        + "Escalate when the fix needs rights you do not have.");
    ContentFixtures.write(content, "articles/escalating-to-second-line/en.md", "---\ntitle: Escalating to second line\ncategory: escalation\n---\n"
        + "Write down what was tried before you hand the ticket over.");
    // The internal article in German, and a public German article with a word a compound could end in.
    ContentFixtures.write(content, "articles/" + SLUG + "/de.md", "---\ntitle: Eskalationsmatrix für Schichtleiter\ntranslation_of: en\nsource_revision: 1\n---\n"
        + "Rufen Sie den Schichtleiter mit dem " + WORD + " an.\n\n## Nummern\n\nDie Nummer ist immer erreichbar.");
    ContentFixtures.write(content, "articles/besetzte-leitung/de.md", "---\ntitle: Die Leitung ist besetzt\n---\n"
        + "Wenn die Leitung besetzt ist, rufen Sie später noch einmal an.");
    // A public guide whose first step links a section of the internal article.
    ContentFixtures.write(content, "guides/" + PUBLIC_GUIDE + "/guide.yaml", "audience: public\nsource: en\nstart: read\nsteps:\n"
        + "  - id: read\n    ticket_step: troubleshoot\n    links: [" + SLUG + "#numbers]\n    choices:\n      - id: done\n        next: solved\n"
        + "  - id: solved\n    ticket_step: resolve\n    outcome: resolved\n");
    ContentFixtures.write(content, "guides/" + PUBLIC_GUIDE + "/en.yaml", "title: Before you call the duty line\nsummary: A public guide\nsteps:\n"
        + "  read:\n    title: Read this first\n    body: Check the basics.\n    choices:\n      done: Done\n"
        + "  solved:\n    title: Solved\n    body: Good.\n");
    return Deployments.guidepost("internal-content", content, TempFolders.create("guidepost-internal-content"));
  }

  @BeforeEach
  void ready() throws Exception {
    http = new Http(base.toURI());
    http.awaitReady(Duration.ofMinutes(2));
    agent = Deployments.basic("minh", AGENT_PASSWORD);
    if (http.get("api/search?lang=en&q=" + WORD, agent).status() == 401) {
      assertThat(http.post("api/accounts", "{\"username\":\"minh\",\"password\":\"" + AGENT_PASSWORD + "\",\"role\":\"agent\"}", Deployments.asAdmin())
          .status()).isEqualTo(201);
    }
  }

  @Test
  void searchShowsReadersNoHitCountSnippetFacetOrRespellingOfIt() {
    for (String lang : List.of("en", "vi", "de")) {
      JsonObject results = http.get("api/search?lang=" + lang + "&q=" + WORD).json();
      assertThat(results.getInt("total")).as(lang).isZero();
      assertThat(results.toString()).doesNotContain(SLUG, "Escalation matrix", "Bảng chuyển cấp");
    }
    JsonObject broad = http.get("api/search?lang=en&q=" + Http.encode("customer duty manager")).json();
    assertThat(broad.toString()).doesNotContain(SLUG, WORD, "internal-only", "\"agent\"");
    assertThat(broad.getJsonObject("facets").containsKey("category") ? broad.getJsonObject("facets").getJsonObject("category").keySet() : List.of())
        .doesNotContain("escalation");
    JsonObject misspelled = http.get("api/search?lang=en&q=zephyrcod").json();
    assertThat(misspelled.containsKey("didYouMean") ? misspelled.getString("didYouMean") : "").doesNotContain(WORD);
    assertThat(http.get("api/search?lang=en&q=" + WORD + "&audience=agent").json().getInt("total")).isZero();
    assertThat(http.get("api/suggest?lang=en&q=escalation").body()).doesNotContain(SLUG, "Escalation matrix");
    assertThat(http.get("api/suggest?lang=vi&q=bang").body()).doesNotContain(SLUG);
  }

  @Test
  void agentsFindItEverywhere() {
    JsonObject results = http.get("api/search?lang=en&q=" + WORD, agent).json();
    assertThat(results.getInt("total")).isEqualTo(1);
    JsonObject hit = results.getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("article")).isEqualTo(SLUG);
    assertThat(hit.getString("snippet")).contains("<mark>" + WORD + "</mark>");
    assertThat(results.getJsonObject("facets").getJsonObject("audience").getInt("agent")).isEqualTo(1);
    assertThat(http.get("api/search?lang=vi&q=" + WORD, agent).json().getJsonArray("hits").getJsonObject(0).getString("lang")).isEqualTo("vi");
    assertThat(http.get("api/suggest?lang=en&q=escalation", agent).body()).contains(SLUG);
    assertThat(http.get("api/articles/" + SLUG + "?lang=vi", agent).json().getString("title")).isEqualTo("Bảng chuyển cấp cho trưởng ca");
    assertThat(http.get("api/articles/" + SLUG + "/revisions?lang=en", agent).status()).isEqualTo(200);
    assertThat(http.get("api/articles?lang=en", agent).body()).contains(SLUG);
  }

  @Test
  void articleLookupsListsAndRevisionsDoNotAdmitItExists() {
    for (String path : List.of("api/articles/" + SLUG + "?lang=en", "api/articles/" + SLUG + "?lang=vi", "api/articles/" + SLUG + "/revisions?lang=en")) {
      Http.Answer answer = http.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(http.get(path.replace(SLUG, "no-such-article")).body().replace("no-such-article", SLUG));
    }
    assertThat(http.get("api/articles?lang=en").body()).doesNotContain(SLUG);
    assertThat(http.get("api/articles?lang=vi").body()).doesNotContain(SLUG);
  }

  @Test
  void helpCenterPagesTheSitemapAndExportsShowReadersNothingOfIt() {
    for (String lang : List.of("en", "vi")) {
      Http.Answer search = http.get(lang + "/search?q=" + WORD);
      assertThat(search.status()).isEqualTo(200);
      assertThat(search.body()).doesNotContain(SLUG, "Escalation matrix", "Bảng chuyển cấp", WORD + "</mark>");
      assertThat(http.get(lang + "/articles/" + SLUG).status()).isEqualTo(404);
    }
    Http.Answer home = http.get("en/");
    assertThat(home.body()).containsPattern("/en/categories/escalation\"[^>]*><strong>[^<]+</strong></a>\\s*<span class=\"meta\">2 articles</span>");
    Http.Answer topic = http.get("en/categories/escalation");
    assertThat(topic.body()).contains("/en/articles/when-to-escalate", "/en/articles/escalating-to-second-line").doesNotContain(SLUG, "Escalation matrix");
    Http.Answer article = http.get("en/articles/when-to-escalate");
    assertThat(article.body()).contains("<h2 id=\"more-in-topic\">More in this topic</h2>")
        .containsPattern("<a href=\"[^\"]*/en/articles/escalating-to-second-line\" lang=\"en\" dir=\"auto\">Escalating to second line</a>")
        .doesNotContain(SLUG, "Escalation matrix");
    Http.Answer sitemap = http.get("sitemap.xml");
    assertThat(sitemap.body()).contains("/en/articles/when-to-escalate").doesNotContain(SLUG);
    assertProblem(http.get("api/export"), 401, "Sign-in required");
    assertProblem(http.get("api/export", agent), 403, "Forbidden");
    assertThat(http.get("api/export", Deployments.asAdmin()).status()).isEqualTo(200);
  }

  @Test
  void aTranslationSavedAsPublicDoesNotMakeAnInternalArticlePublic() {
    // "audience" is the editors' to set, per translation; the article is internal while any translation says so.
    String json = "{\"title\":\"Bảng chuyển cấp cho trưởng ca\",\"audience\":\"public\",\"state\":\"published\",\"translationOf\":\"en\","
        + "\"sourceRevision\":1,\"body\":\"Gọi trưởng ca bằng " + WORD + " khi khách hàng dọa rời đi.\"}";
    int revision = http.get("api/articles/" + SLUG + "/translations/vi", Deployments.asAdmin()).json().getInt("revision");
    Http.Answer saved = http.send("PUT", "api/articles/" + SLUG + "/translations/vi", json,
        Deployments.asAdmin()[0], Deployments.asAdmin()[1], "If-Match", "\"" + revision + "\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(http.get("api/articles/" + SLUG + "?lang=vi").status()).isEqualTo(404);
    assertThat(http.get("vi/articles/" + SLUG).status()).isEqualTo(404);
    assertThat(http.get("api/search?lang=vi&q=" + WORD).json().getInt("total")).isZero();
    assertThat(http.get("api/articles/" + SLUG + "?lang=vi", agent).status()).isEqualTo(200);
  }

  @Test
  void internalGuidesAndTheirGuidanceStayWithAgents() {
    assertThat(http.get("api/guides").body()).doesNotContain("handling-a-help-desk-call", "customer-is-upset");
    assertThat(http.get("api/guides?audience=agent").json().getJsonArray("guides")).isEmpty();
    assertThat(http.get("api/ticket-steps/hold?lang=en").json().getJsonArray("guides")).isEmpty();
    assertThat(http.get("api/ticket-steps/hold?lang=en", agent).json().getJsonArray("guides")).isNotEmpty();
    assertThat(http.get("api/search?lang=en&q=" + Http.encode("upset customer formality") + "&type=guide").body()).doesNotContain("customer-is-upset");
    assertThat(http.get("api/search?lang=en&q=" + Http.encode("upset customer formality") + "&type=guide", agent).body()).contains("customer-is-upset");
  }

  @Test
  void aPublicGuideNamesNothingOfAnInternalArticleItLinks() {
    Http.Answer guide = http.get("api/guides/" + PUBLIC_GUIDE + "?lang=en");
    assertThat(guide.status()).as(guide.body()).isEqualTo(200);
    assertThat(guide.body()).contains("Read this first").doesNotContain(SLUG, "#numbers");
    assertThat(http.get("api/guides/" + PUBLIC_GUIDE + "?lang=en", agent).body()).contains(SLUG + "\"");

    // Walked by a reader, or by an agent: a walkthrough of a public guide can be read by anyone holding its address.
    for (String[] who : List.of(new String[0], agent)) {
      Http.Answer started = http.post("api/walkthroughs", "{\"guide\":\"" + PUBLIC_GUIDE + "\",\"lang\":\"en\"}", who);
      assertThat(started.status()).as(started.body()).isEqualTo(201);
      String id = started.json().getString("id");
      assertThat(http.get("api/walkthroughs/" + id).body()).doesNotContain(SLUG, "Escalation matrix", "Numbers");
      assertThat(http.post("api/walkthroughs/" + id + "/answers", "{\"step\":\"read\",\"choice\":\"done\"}").status()).isEqualTo(200);
      assertThat(http.get("api/walkthroughs/" + id + "/transcript").body()).doesNotContain(SLUG, "Escalation matrix", "Numbers");
      assertThat(http.get("api/walkthroughs/" + id + "/transcript", "Accept", "text/plain").body()).doesNotContain("Escalation matrix", "Numbers");
      assertThat(http.get("en/walkthroughs/" + id).body()).doesNotContain(SLUG, "Escalation matrix");
    }
  }

  @Test
  void aCompoundIsNeverSplitThroughAWordOnlyInternalArticlesHold() {
    // Both parts are public words: the compound is split and finds the public article.
    assertThat(http.get("api/search?lang=de&q=Besetztleitung").json().getInt("total")).isEqualTo(1);
    // "zephyrcode" is only in the internal article: splitting through it would find the public
    // article by "Leitung", and tell a reader that an internal article holds the word.
    JsonObject guessed = http.get("api/search?lang=de&q=" + WORD + "leitung").json();
    assertThat(guessed.getInt("total")).isZero();
    assertThat(guessed.toString()).doesNotContain(WORD + " ");
    assertThat(http.get("api/search?lang=de&q=" + WORD + "leitung", agent).json().getInt("total")).isGreaterThanOrEqualTo(1);
    // Nor does a typo of it count as a known word for a reader (it would not be respelled otherwise).
    JsonObject misspelled = http.get("api/search?lang=en&q=" + WORD.substring(0, WORD.length() - 1) + "x").json();
    assertThat(misspelled.getInt("total")).isZero();
    assertThat(misspelled.toString()).doesNotContain(WORD);
  }

  @Test
  void aReadersScoresDoNotMoveWhenAnInternalArticleGainsTheirWord() {
    String query = "api/search?lang=de&q=Leitung";
    double before = http.get(query).json().getJsonArray("hits").getJsonObject(0).getJsonNumber("score").doubleValue();
    int revision = http.get("api/articles/" + SLUG + "/translations/de", Deployments.asAdmin()).json().getInt("revision");
    Http.Answer saved = http.send("PUT", "api/articles/" + SLUG + "/translations/de", "{\"title\":\"Eskalationsmatrix für Schichtleiter\","
        + "\"translationOf\":\"en\",\"sourceRevision\":1,\"state\":\"published\",\"body\":\"Rufen Sie den Schichtleiter mit dem " + WORD
        + " an.\\n\\n## Nummern\\n\\nDie Leitung ist immer frei, die Leitung hat Vorrang.\"}",
        Deployments.asAdmin()[0], Deployments.asAdmin()[1], "If-Match", "\"" + revision + "\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!http.get(query, agent).body().contains(SLUG) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(http.get(query, agent).body()).as("the index has followed the save").contains(SLUG);
    // Counted over the whole index, the public hit's score would drop now (by some 10 %): the word
    // got commoner. Only the average length of all documents moves it, by far less: that tells a
    // reader that something changed, not which words (decision 0015).
    assertThat(http.get(query).json().getJsonArray("hits").getJsonObject(0).getJsonNumber("score").doubleValue())
        .isCloseTo(before, org.assertj.core.data.Percentage.withPercentage(0.01));
  }

  @Test
  void theMetricsCountOnlyWhatReadersMayFind() {
    // A staff request to a route nobody else in this class calls.
    assertThat(http.get("api/audit?limit=1", Deployments.asAdmin()).status()).isEqualTo(200);
    String metrics = http.get("/metrics", "Accept", "text/plain").body();
    java.util.regex.Matcher documents = java.util.regex.Pattern.compile("guidepost_index_documents\\{[^}]*\\} ([0-9.]+)").matcher(metrics);
    assertThat(documents.find()).as(metrics).isTrue();
    long publicArticles = List.of("en", "vi", "nb", "de", "ar").stream()
        .mapToLong(lang -> http.get("api/articles?lang=" + lang + "&limit=1000").json().getJsonArray("items").stream()
            .filter(item -> item.asJsonObject().getString("lang").equals(lang)).count())
        .sum();
    long publicGuides = List.of("en", "vi", "nb", "de", "ar").stream()
        .mapToLong(lang -> http.get("api/guides?lang=" + lang).json().getJsonArray("guides").stream()
            .filter(item -> item.asJsonObject().getString("lang").equals(lang)).count())
        .sum();
    assertThat((long) Double.parseDouble(documents.group(1))).isEqualTo(publicArticles + publicGuides);
    assertThat(metrics).doesNotContain("outcome=\"created\"", "guidepost_index_position");
    // Staff requests (this class's agent searches, the admin's saves) are counted, but not by what they asked for.
    assertThat(metrics).containsPattern("guidepost_requests_seconds_count\\{[^}]*route=\"staff\"[^}]*\\} [1-9]")
        .doesNotContain("route=\"api:audit\"");
  }
}
