package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The deployed server with the shipped content, over HTTP: search, articles and every bad input. */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {

  @ArquillianResource URL base;

  private Http http;

  /** The seed articles, and the printer articles below. */
  private static final int ARTICLES = 9;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    Path content = ContentFixtures.copyOfSeedContent();
    // Three printer articles translated into German, block by block, for the lexicon to learn
    // from, and one that exists in English only.
    translated(content, "printer-toner", "Replace the printer toner", "Drucker: Toner ersetzen",
        List.of("Open the front cover of the printer.", "Take out the old toner and insert the new one.", "Print a test page from the network settings."),
        List.of("Öffnen Sie die vordere Klappe des Druckers.", "Nehmen Sie den alten Toner heraus und setzen Sie den neuen ein.",
            "Drucken Sie eine Testseite aus den Netzwerkeinstellungen."));
    translated(content, "printer-offline", "The printer shows offline", "Der Drucker ist offline",
        List.of("Check that the printer is switched on.", "Check the network cable of the printer.", "Restart the printer and the network switch."),
        List.of("Prüfen Sie, ob der Drucker eingeschaltet ist.", "Prüfen Sie das Netzwerkkabel des Druckers.",
            "Starten Sie den Drucker und den Netzwerk-Switch neu."));
    translated(content, "network-drive", "The network drive is missing", "Das Netzlaufwerk fehlt",
        List.of("Check the network connection first.", "Connect the drive again in the file explorer.", "Ask the help desk if the drive stays missing."),
        List.of("Prüfen Sie zuerst die Netzwerkverbindung.", "Verbinden Sie das Laufwerk im Datei-Explorer neu.",
            "Fragen Sie den Helpdesk, wenn das Laufwerk weiter fehlt."));
    ContentFixtures.write(content, "articles/wireless-printer-setup/en.md", "---\ntitle: Set up a wireless printer\n---\n"
        + "Connect the printer to the office network with the setup wizard.\n\nPrint a test page to check the connection.\n");
    return Deployments.guidepost("search-api", content, TempFolders.create("guidepost-search-api"));
  }

  private static void translated(Path content, String slug, String title, String germanTitle, List<String> blocks, List<String> germanBlocks) {
    ContentFixtures.write(content, "articles/" + slug + "/en.md", "---\ntitle: " + title + "\n---\n" + String.join("\n\n", blocks) + "\n");
    ContentFixtures.write(content, "articles/" + slug + "/de.md", "---\ntitle: \"" + germanTitle + "\"\ntranslation_of: en\n---\n"
        + String.join("\n\n", germanBlocks) + "\n");
  }

  @BeforeEach
  void ready() throws Exception {
    http = new Http(base.toURI());
    http.awaitReady(Duration.ofMinutes(2));
  }

  private JsonObject search(String q, String lang) {
    Http.Answer answer = http.get("api/search?q=" + Http.encode(q) + "&lang=" + lang);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    return answer.json();
  }

  private static String firstArticle(JsonObject results) {
    assertThat(results.getJsonArray("hits")).as(results.toString()).isNotEmpty();
    return results.getJsonArray("hits").getJsonObject(0).getString("article");
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // English, as an agent would type it mid-call
        "how do I greet a caller at the start of a support call | en | anatomy-of-an-interaction",
        // Vietnamese without diacritics, and with them
        "ket thuc tuong tac tich cuc | vi | anatomy-of-an-interaction",
        "kết thúc tương tác | vi | anatomy-of-an-interaction",
        "chuyen phieu ho tro len cap cao hon | vi | five-things-tech-support-wont-tell-you",
        "nhân viên cấp 1 làm theo kịch bản | vi | five-things-tech-support-wont-tell-you",
        // Norwegian in other inflections than the text (samtalen/samtaler, innringeren)
        "sette innringeren på vent | nb | helpdesk-phone-skills",
        "hvordan avslutte samtalene | nb | helpdesk-phone-skills",
        "telefonferdighet | nb | helpdesk-phone-skills",
        // German: singular where the text has the plural, inflected forms, umlaut typed as ue
        "Ticket-Notiz lesen | de | ten-ways-help-desk-techs-improve-service",
        "Techniker Eskalation | de | ten-ways-help-desk-techs-improve-service",
        "Verantwortung uebernehmen | de | ten-ways-help-desk-techs-improve-service",
        // Arabic: a definite article added, taa marbuta typed as haa, Latin product names
        "العميل الصعب | ar | case-study-difficult-customer",
        "التجزئه | ar | case-study-difficult-customer",
        "Veeam ReFS | ar | case-study-difficult-customer"
      })
  void findsEachSeedArticleAsUsersTypeTheQuery(String q, String lang, String article) {
    JsonObject results = search(q, lang);
    assertThat(firstArticle(results)).isEqualTo(article);
    JsonObject hit = results.getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("lang")).isEqualTo(lang);
    assertThat(hit.getString("url")).isEqualTo("/" + lang + "/articles/" + article);
    assertThat(hit.getString("title")).isNotBlank();
    assertThat(hit.getJsonNumber("score").doubleValue()).isPositive();
    assertThat(results.getInt("total")).isGreaterThanOrEqualTo(1);
    assertThat(results.getString("query")).isEqualTo(Normalizer.normalize(q, Normalizer.Form.NFC));
  }

  @Test
  void snippetsMarkTheMatchedWordsAndEscapeTheRest() {
    JsonObject hit = search("ho tro ky thuat", "vi").getJsonArray("hits").getJsonObject(0);
    String snippet = hit.getString("snippet");
    assertThat(snippet).contains("<mark>hỗ</mark>", "<mark>trợ</mark>").doesNotContain("<script", "<a ");
  }

  @Test
  void decomposedVietnameseFindsTheSameArticle() {
    String nfd = Normalizer.normalize("kết thúc tương tác", Normalizer.Form.NFD);
    assertThat(firstArticle(search(nfd, "vi"))).isEqualTo("anatomy-of-an-interaction");
  }

  @Test
  void noIsAnAliasOfNorwegianBokmal() {
    JsonObject results = search("sette innringeren på vent", "no");
    assertThat(results.getString("lang")).isEqualTo("nb");
    assertThat(firstArticle(results)).isEqualTo("helpdesk-phone-skills");
  }

  @Test
  void anArticleMissingInTheReadersLanguageIsFoundInAnotherAndSaysSo() {
    // Only a Norwegian article mentions "innringer"; a German reader still finds it, marked nb.
    JsonObject results = search("innringer", "de");
    JsonObject hit = results.getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("article")).isEqualTo("helpdesk-phone-skills");
    assertThat(hit.getString("lang")).isEqualTo("nb");
    assertThat(hit.getString("url")).isEqualTo("/nb/articles/helpdesk-phone-skills");
  }

  @Test
  void theGlossaryLeadsAQueryToAnArticleThatExistsOnlyInAnotherLanguage() {
    // Only the Norwegian article explains putting a caller on hold ("sette innringeren på vent").
    JsonObject results = search("how to put a caller on hold", "en");
    assertThat(results.getJsonArray("hits").stream().map(v -> v.asJsonObject().getString("article") + "/" + v.asJsonObject().getString("lang")))
        .contains("helpdesk-phone-skills/nb");
  }

  @Test
  void theSameArticleIsNeverListedTwice() {
    JsonObject results = search("support interaction greeting tương tác", "vi");
    List<String> slugs = results.getJsonArray("hits").stream().map(v -> v.asJsonObject().getString("article")).toList();
    assertThat(slugs).doesNotHaveDuplicates();
  }

  @Test
  void languageComesFromAcceptLanguageWhenNotGiven() {
    Http.Answer answer = http.get("api/search?q=" + Http.encode("innringeren"), "Accept-Language", "fr-FR, nb;q=0.8, en;q=0.5");
    assertThat(answer.json().getString("lang")).isEqualTo("nb");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*:*", "title:x", "audience:agent", "\"unbalanced", "(brackets", "[a TO z", "a*", "/.*/", "hold~2", "\"a\"~1000", "%"})
  void querySyntaxIsTreatedAsWordsNeverAsLuceneSyntax(String q) {
    Http.Answer answer = http.get("api/search?q=" + Http.encode(q) + "&lang=en");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getString("query")).isEqualTo(q);
  }

  @Test
  void matchAllSyntaxMatchesNothing() {
    assertThat(search("*:*", "en").getInt("total")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "api/search?lang=en | Missing query",
        "api/search?q=&lang=en | Missing query",
        "api/search?q=hold&lang=fr | Unknown language",
        "api/search?q=hold&lang=../../etc | Unknown language",
        "api/search?q=hold&lang=en&limit=-1 | Invalid limit",
        "api/search?q=hold&lang=en&limit=0 | Invalid limit",
        "api/search?q=hold&lang=en&limit=1000000 | Invalid limit",
        "api/search?q=hold&lang=en&limit=ten | Invalid limit",
        "api/search?q=hold&lang=en&offset=-5 | Invalid offset",
        "api/search?q=hold&lang=en&offset=1e6 | Invalid offset",
        "api/search?q=hold&lang=en&offset=99999999999 | Invalid offset",
        "api/articles/Bad_Slug | Invalid slug",
        "api/articles/a--b?lang=en | Invalid slug",
        "api/articles/anatomy-of-an-interaction?lang=xx | Unknown language"
      })
  void badInputGetsA400ProblemNamingTheRule(String path, String title) {
    assertProblem(http.get(path), 400, title);
  }

  @Test
  void anOverlongQueryGetsA400Problem() {
    assertProblem(http.get("api/search?lang=en&q=" + "a".repeat(501)), 400, "Query too long");
  }

  @Test
  void headersPast64KbAreRefusedBeforeAnythingReadsThem() {
    // The listener reads at most 64 KB of request line and headers (a query is at most 500
    // characters): a 1 MB address, or a Cookie header of a hundred thousand cookies that would
    // take the container seconds to parse, is refused at once, without a trace in the answer.
    Http.Answer address = http.get("api/search?lang=en&q=" + "a".repeat(1024 * 1024));
    assertThat(address.status()).isEqualTo(400);
    assertThat(address.body()).doesNotContain("Exception", "at org.");
    String cookies = "c=1; ".repeat(100_000);
    RawHttp.Answer flood = RawHttp.send(base, "GET " + base.getPath() + "api/languages HTTP/1.1\nHost: localhost\nCookie: " + cookies
        + "\nConnection: close\n", new byte[0]);
    // Refused: a 400, or the connection closed before the container read any further.
    assertThat(flood.status()).isIn(400, -1);
    assertThat(http.get("api/languages").status()).isEqualTo(200);
    // A query of 8,000 characters still gets its own answer.
    assertProblem(http.get("api/search?lang=en&q=" + "a".repeat(8000)), 400, "Query too long");
  }

  @Test
  void unknownArticlesAndAddressesGet404Problems() {
    assertProblem(http.get("api/articles/no-such-article?lang=en"), 404, "Article not found");
    assertProblem(http.get("api/no-such-resource"), 404, "Not Found");
    assertProblem(http.get("api/articles/..%2f..%2fetc%2fpasswd"), 404, "Not Found");
  }

  @Test
  void aGermanReaderFindsAnArticleThatExistsOnlyInEnglishThroughTheTranslations() {
    JsonObject results = Polling.until(Duration.ofSeconds(60), () -> search("Netzwerkdrucker einrichten", "de"),
        answer -> answer.getJsonArray("hits").stream().anyMatch(hit -> hit.asJsonObject().getString("article").equals("wireless-printer-setup")));
    JsonObject hit = results.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
        .filter(h -> h.getString("article").equals("wireless-printer-setup")).findFirst().orElseThrow();
    assertThat(hit.getString("lang")).isEqualTo("en");
    assertThat(hit.getString("url")).isEqualTo("/en/articles/wireless-printer-setup");
  }

  @Test
  void editorsSeeWhatTheLexiconLearnedFromTheTranslations() {
    // Learning runs in the background, whenever the index has changed.
    JsonObject learned = Polling.until(Duration.ofSeconds(60),
        () -> http.get("api/lexicon?from=de&to=en&limit=1000", Deployments.asAdmin()).json(), view -> view.getBoolean("inStep"));
    assertThat(learned.getBoolean("learned")).isTrue();
    assertThat(learned.getJsonArray("directions").stream().map(JsonValue::asJsonObject)
        .filter(d -> d.getString("from").equals("de") && d.getString("to").equals("en")).findFirst())
        .hasValueSatisfying(direction -> assertThat(direction.getInt("articles")).isEqualTo(3));
    List<JsonObject> pairs = learned.getJsonArray("pairs").stream().map(JsonValue::asJsonObject).toList();
    assertThat(pairs).extracting(pair -> pair.getString("word") + "=" + pair.getString("rendering")).contains("druck=printer");
    assertThat(pairs).extracting(pair -> pair.getJsonNumber("confidence").doubleValue())
        .allSatisfy(confidence -> assertThat(confidence).isBetween(0.0, 1.0))
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(http.get("api/lexicon", Deployments.asAdmin()).json().getJsonArray("pairs")).isEmpty();
  }

  @Test
  void theLexiconIsForEditorsAndAsksForAWholeDirection() {
    assertProblem(http.get("api/lexicon"), 401, "Sign-in required");
    assertProblem(http.get("api/lexicon?from=de", Deployments.asAdmin()), 400, "Incomplete direction");
    assertProblem(http.get("api/lexicon?from=de&to=xx", Deployments.asAdmin()), 400, "Unknown language");
    assertProblem(http.get("api/lexicon?from=de&to=en&limit=0", Deployments.asAdmin()), 400, "Invalid limit");
  }

  private static void assertProblem(Http.Answer answer, int status, String title) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isEqualTo(title);
    assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception", "\tat ");
    assertThat(problem.getString("type")).startsWith("https://");
  }

  @Test
  void anArticleIsRenderedSanitizedWithSectionsAndTranslations() {
    Http.Answer answer = http.get("api/articles/anatomy-of-an-interaction?lang=vi");
    assertThat(answer.status()).isEqualTo(200);
    JsonObject article = answer.json();
    assertThat(article.getString("lang")).isEqualTo("vi");
    assertThat(article.getBoolean("fallback")).isFalse();
    assertThat(article.getString("title")).isEqualTo("Cấu trúc của một lần tương tác hỗ trợ");
    assertThat(article.getString("html")).contains("<h2 id=\"bat-dau-bang-mot-loi-chao-tot\">").doesNotContain("<script");
    assertThat(article.getJsonArray("sections").getJsonObject(0).getString("anchor")).isEqualTo("bat-dau-bang-mot-loi-chao-tot");
    assertThat(article.getJsonArray("translations").stream().map(t -> t.asJsonObject().getString("lang"))).containsExactly("en", "vi");
    assertThat(article.getBoolean("outdated")).isFalse();
  }

  @Test
  void aMissingTranslationFallsBackAndSaysSoInTheReadersLanguage() {
    JsonObject article = http.get("api/articles/ten-ways-help-desk-techs-improve-service?lang=vi").json();
    assertThat(article.getString("lang")).isEqualTo("de");
    assertThat(article.getString("requestedLang")).isEqualTo("vi");
    assertThat(article.getBoolean("fallback")).isTrue();
    assertThat(article.getString("notice")).contains("tiếng Việt", "tiếng Đức");
  }

  @Test
  void arabicArticlesSayTheyAreRightToLeftAndKeepTheirSource() {
    JsonObject article = http.get("api/articles/case-study-difficult-customer?lang=ar").json();
    assertThat(article.getString("dir")).isEqualTo("rtl");
    assertThat(article.getString("sourceUrl")).isEqualTo("https://habr.com/ru/post/463307/");
    assertThat(article.getString("sourceTitle")).isEqualTo("Разбор кейса про общение с «тяжелым» клиентом");
    assertThat(article.getString("sourceAuthor")).isEqualTo("Veeam Software technical support team, Habr");
    // The article page credits the original too, in every language it is read in.
    assertThat(http.get("ar/articles/case-study-difficult-customer").body())
        .contains("<cite dir=\"auto\">Разбор кейса про общение с «тяжелым» клиентом</cite>, <bdi>Veeam Software technical support team, Habr</bdi>",
            "href=\"https://habr.com/ru/post/463307/\"");
  }

  @Test
  void theListIsSortedByTitleInTheReadersLanguageOneEntryPerArticle() {
    JsonObject list = http.get("api/articles?lang=de").json();
    List<String> slugs = list.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("slug")).toList();
    assertThat(slugs).hasSize(ARTICLES).doesNotHaveDuplicates();
    List<String> titles = list.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("title")).toList();
    com.ibm.icu.text.Collator german = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.GERMAN);
    assertThat(titles).isSortedAccordingTo(german::compare);
    assertThat(list.getInt("total")).isEqualTo(ARTICLES);

    // A page at a time: the second and third, then past the end.
    JsonObject page = http.get("api/articles?lang=de&offset=1&limit=2").json();
    assertThat(page.getInt("total")).isEqualTo(ARTICLES);
    assertThat(page.getInt("offset")).isEqualTo(1);
    assertThat(page.getInt("limit")).isEqualTo(2);
    assertThat(page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("slug")).toList()).isEqualTo(slugs.subList(1, 3));
    assertThat(http.get("api/articles?lang=de&offset=" + ARTICLES).json().getJsonArray("items")).isEmpty();
    JsonObject anatomy = list.getJsonArray("items").stream().map(v -> v.asJsonObject())
        .filter(item -> item.getString("slug").equals("anatomy-of-an-interaction")).findFirst().orElseThrow();
    assertThat(anatomy.getJsonArray("languages").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList()).containsExactlyInAnyOrder("en", "vi");
    assertProblem(http.get("api/articles?lang=de&limit=0"), 400, "Invalid limit");
    assertProblem(http.get("api/articles?lang=de&limit=1001"), 400, "Invalid limit");
    assertProblem(http.get("api/articles?lang=de&offset=-1"), 400, "Invalid offset");
  }

  @Test
  void suggestionsAppearAsTheReaderTypesWithoutDiacritics() {
    Http.Answer answer = http.get("api/suggest?lang=vi&q=" + Http.encode("tuong ta"));
    assertThat(answer.status()).isEqualTo(200);
    JsonObject first = answer.json().getJsonArray("suggestions").getJsonObject(0);
    assertThat(first.getString("article")).isEqualTo("anatomy-of-an-interaction");
    assertThat(first.getString("text")).isEqualTo("Cấu trúc của một lần tương tác hỗ trợ");
    assertThat(first.getString("url")).isEqualTo("/vi/articles/anatomy-of-an-interaction");
  }

  @Test
  void badSuggestInputGetsProblems() {
    assertProblem(http.get("api/suggest?lang=en"), 400, "Missing query");
    assertProblem(http.get("api/suggest?lang=en&q=" + "a".repeat(101)), 400, "Query too long");
    assertProblem(http.get("api/suggest?lang=xx&q=a"), 400, "Unknown language");
    assertProblem(http.get("api/suggest?lang=en&q=a&limit=21"), 400, "Invalid limit");
  }

  @Test
  void aMisspelledQueryGetsADidYouMean() {
    JsonObject results = search("Verantwortng", "de");
    assertThat(results.getString("didYouMean")).isEqualTo("Verantwortung");
  }

  @Test
  void searchAnswersWithFacetCountsAndTakesFilters() {
    JsonObject results = search("kunde", "de");
    assertThat(results.getJsonObject("facets").getJsonObject("category").getInt("customer-service")).isPositive();
    JsonObject filtered = http.get("api/search?lang=de&q=kunde&category=phone-skills").json();
    assertThat(filtered.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("article"))).doesNotContain("ten-ways-help-desk-techs-improve-service");
    assertProblem(http.get("api/search?lang=de&q=kunde&category=Not%20A%20Slug"), 400, "Invalid category");
    assertProblem(http.get("api/search?lang=de&q=kunde&type=video"), 400, "Invalid type");
  }

  @Test
  void theSearchPageTakesTheApisFilterNamesAndSaysWhichValueIsWrong() {
    Http.Answer guides = http.get("en/search?q=" + Http.encode("restart the router") + "&type=guide");
    assertThat(guides.status()).isEqualTo(200);
    assertThat(guides.body()).contains("/en/guides/cant-get-online\"")
        .containsPattern("<input type=\"radio\" name=\"type\" value=\"guide\" checked>")
        .doesNotContain("/en/articles/");
    Http.Answer narrowed = http.get("de/search?q=kunde&category=phone-skills");
    assertThat(narrowed.status()).isEqualTo(200);
    assertThat(narrowed.body()).contains("<input type=\"radio\" name=\"category\" value=\"phone-skills\" checked>")
        .doesNotContain("/de/articles/ten-ways-help-desk-techs-improve-service");
    // A choice that leaves nothing stays on the form, to be chosen away again.
    Http.Answer nothingLeft = http.get("de/search?q=kunde&category=phone-skills&language=ar");
    assertThat(nothingLeft.body()).contains("<input type=\"radio\" name=\"language\" value=\"ar\" checked>")
        .contains("<input type=\"radio\" name=\"language\" value=\"\">");
    Http.Answer wrongType = http.get("en/search?q=router&type=video");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.contentType()).startsWith("text/html");
    assertThat(wrongType.body()).contains("<p class=\"notice\" role=\"alert\">Parameter 'type' must be article or guide, not 'video'.</p>");
    assertThat(http.get("en/search?q=router&language=fr").body()).contains("role=\"alert\"");
  }

  @Test
  void aQueryFindsTheGuideThatAnswersItBesideTheArticles() {
    JsonObject results = search("restart the router", "en");
    JsonObject guide = results.getJsonArray("guides").getJsonObject(0);
    assertThat(guide.getString("type")).isEqualTo("guide");
    assertThat(guide.getString("guide")).isEqualTo("cant-get-online");
    assertThat(guide.getString("url")).isEqualTo("/en/guides/cant-get-online");
    assertThat(guide.getString("snippet")).contains("<mark>");
    assertThat(results.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("type"))).containsOnly("article");
    assertThat(results.getJsonObject("facets").getJsonObject("type").getInt("guide")).isEqualTo(1);

    // Vietnamese typed without diacritics finds the Vietnamese guide; Arabic finds the Arabic one.
    JsonObject vietnamese = search("khoi dong lai router", "vi").getJsonArray("guides").getJsonObject(0);
    assertThat(vietnamese.getString("lang")).isEqualTo("vi");
    assertThat(vietnamese.getString("title")).isEqualTo("Tôi không vào được mạng");
    assertThat(search("إعادة تشغيل الراوتر", "ar").getJsonArray("guides").getJsonObject(0).getString("lang")).isEqualTo("ar");

    // Asked for guides only, the hits are guides; internal guides stay hidden from readers.
    JsonObject onlyGuides = http.get("api/search?lang=en&q=" + Http.encode("customer upset escalate") + "&type=guide").json();
    assertThat(onlyGuides.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("guide"))).doesNotContain("customer-is-upset");
    assertThat(http.get("api/search?lang=en&q=" + Http.encode("ticket notes formality")).body()).doesNotContain("customer-is-upset");

    JsonObject suggestions = http.get("api/suggest?lang=en&q=" + Http.encode("can't get")).json();
    assertThat(suggestions.getJsonArray("suggestions").stream().map(v -> v.asJsonObject())
        .filter(v -> v.getString("type").equals("guide")).map(v -> v.getString("guide"))).containsExactly("cant-get-online");
  }

  @Test
  void ticketStepsAreNamedInTheReadersLanguageInOrder() {
    JsonObject steps = http.get("api/ticket-steps?lang=de").json();
    assertThat(steps.getJsonArray("steps").stream().map(v -> v.asJsonObject().getString("id")).toList())
        .startsWith("greet", "identify-caller", "clarify").contains("escalate", "follow-up");
    assertThat(steps.getJsonArray("steps").getJsonObject(0).getString("name")).isEqualTo("Anrufer begrüßen");
  }

  @Test
  void aPublicGuideIsServedWholeInTheReadersLanguage() {
    JsonObject list = http.get("api/guides?lang=vi").json();
    assertThat(list.getJsonArray("guides").stream().map(v -> v.asJsonObject().getString("slug"))).containsExactly("cant-get-online");
    JsonObject guide = http.get("api/guides/cant-get-online?lang=vi").json();
    assertThat(guide.getString("lang")).isEqualTo("vi");
    assertThat(guide.getBoolean("fallback")).isFalse();
    assertThat(guide.getString("title")).isEqualTo("Tôi không vào được mạng");
    JsonObject first = guide.getJsonArray("steps").stream().map(v -> v.asJsonObject())
        .filter(step -> step.getString("id").equals(guide.getString("start"))).findFirst().orElseThrow();
    assertThat(first.getJsonArray("choices")).isNotEmpty();
    assertThat(first.getJsonArray("links").getJsonObject(0).getString("article")).isEqualTo("anatomy-of-an-interaction");
    assertThat(guide.getJsonArray("steps").stream().map(v -> v.asJsonObject()).filter(step -> step.containsKey("outcome")))
        .extracting(step -> step.getJsonObject("outcome").getString("kind")).contains("resolved", "contact-support");
  }

  @Test
  void internalGuidesAreNotFoundByReaders() {
    assertProblem(http.get("api/guides/handling-a-help-desk-call?lang=en"), 404, "Guide not found");
    assertProblem(http.get("api/guides/no-such-guide"), 404, "Guide not found");
    assertProblem(http.get("api/guides/Bad_Slug"), 400, "Invalid slug");
    assertThat(http.get("api/guides?lang=en").body()).doesNotContain("handling-a-help-desk-call", "customer-is-upset");
  }

  @Test
  void anArabicGuideIsMarkedRightToLeft() {
    JsonObject guide = http.get("api/guides/cant-get-online?lang=ar").json();
    assertThat(guide.getString("lang")).isEqualTo("ar");
    assertThat(guide.getString("dir")).isEqualTo("rtl");
    assertThat(guide.getJsonArray("translations").stream().map(v -> ((jakarta.json.JsonString) v).getString())).contains("en", "vi", "ar");
  }

  @Test
  void languagesAreNamedInThemselves() {
    Http.Answer answer = http.get("api/languages");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.jsonArray().stream().map(v -> v.asJsonObject().getString("code") + "=" + v.asJsonObject().getString("name")))
        .containsExactly("en=English", "vi=Tiếng Việt", "nb=Norsk (bokmål)", "de=Deutsch", "ar=العربية");
    assertThat(answer.jsonArray().getJsonObject(4).getString("dir")).isEqualTo("rtl");
  }

  @Test
  void readinessAndLivenessAnswer() {
    assertThat(http.get("/health/ready").status()).isEqualTo(200);
    assertThat(http.get("/health/live").status()).isEqualTo(200);
  }

  @Test
  void prometheusMetricsCountRequestsByRouteAndReportTheIndexAndTheImport() {
    http.get("api/search?lang=en&q=hold");
    http.get("en/articles/anatomy-of-an-interaction");
    http.get("api/articles/no-such-article-" + java.util.UUID.randomUUID() + "?lang=en");
    Http.Answer metrics = http.get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    String text = metrics.body();
    assertThat(text).containsPattern("guidepost_requests_seconds_count\\{[^}]*route=\"api:search\"[^}]*\\} [1-9]");
    assertThat(text).containsPattern("guidepost_requests_seconds_count\\{[^}]*route=\"page:articles\"[^}]*\\} [1-9]");
    assertThat(text).containsPattern("guidepost_requests_seconds_count\\{[^}]*route=\"api:articles\"[^}]*status=\"4xx\"[^}]*\\} [1-9]");
    assertThat(text).as("no path with ids becomes a series").doesNotContain("no-such-article");
    assertThat(text).containsPattern("guidepost_index_documents\\{[^}]*\\} (1[0-9]|[2-9][0-9])");
    assertThat(text).containsPattern("guidepost_index_behind\\{[^}]*\\} 0");
    assertThat(text).containsPattern("guidepost_import_files\\{[^}]*outcome=\"failed\"[^}]*\\} 0");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Http.Answer openapi = http.get("/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("title: Guidepost API").contains("/api/search:").contains("/api/guides/{slug}/texts/{lang}:");
  }

  @Test
  void theImportReportListsTheShippedFilesWithoutProblems() {
    JsonObject report = http.get("api/content/import").json();
    // The six seed files and the printer articles' seven.
    assertThat(report.getInt("filesFound")).isEqualTo(13);
    assertThat(report.getInt("failed")).isZero();
    assertThat(report.getJsonArray("problems")).isEmpty();
  }

  @Test
  void aBodyPastItsLimitIsRefusedBeforeItIsRead() throws Exception {
    // A gigabyte announced and never sent: refused at once, not waited for.
    String path = base.getPath() + "api/analytics/clicks";
    RawHttp.Answer announced = RawHttp.send(base, "POST " + path + " HTTP/1.1\nHost: localhost\nContent-Type: application/json\n"
        + "Content-Length: 1048576000\nConnection: close\n", new byte[0]);
    assertThat(announced.status()).isEqualTo(413);
    assertThat(announced.text()).contains("application/problem+json", "Body too large");
    // Sent in chunks: cut off as soon as it passes the limit.
    byte[] big = new byte[200_000];
    java.util.Arrays.fill(big, (byte) 'a');
    java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
        .send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/walkthroughs")).header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    // A page form too.
    RawHttp.Answer form = RawHttp.send(base, "POST " + base.getPath() + "en/sign-in HTTP/1.1\nHost: localhost\n"
        + "Content-Type: application/x-www-form-urlencoded\nContent-Length: 50000000\nConnection: close\n", new byte[0]);
    assertThat(form.status()).isEqualTo(413);
    assertThat(form.text()).contains("text/html");
    // Dot segments do not lend a page form the limit of another address.
    RawHttp.Answer dotted = RawHttp.send(base, "POST " + base.getPath() + "api/xliff/../../en/sign-in HTTP/1.1\nHost: localhost\n"
        + "Content-Type: application/x-www-form-urlencoded\nContent-Length: 3000000\nConnection: close\n", new byte[0]);
    assertThat(dotted.status()).isEqualTo(413);
  }

  @Test
  void oddHeadersAndDeepJsonGetClearAnswers() {
    Http.Answer odd = http.get("api/search?q=printer", "Accept-Language", "../../etc;q=1");
    assertThat(odd.status()).isEqualTo(200);
    assertThat(odd.json().getString("lang")).isEqualTo("en");
    assertThat(http.get("en/", "Accept-Language", "../../etc;q=1").status()).isEqualTo(200);
    GuidedHelpIT.assertProblem(http.post("api/walkthroughs", "[".repeat(5000) + "]".repeat(5000)), 400, "Invalid JSON");
    GuidedHelpIT.assertProblem(http.post("api/walkthroughs", "{\"guide\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400, "Invalid JSON");
    Http.Answer options = http.send("OPTIONS", "api/search", "");
    assertThat(options.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("wadl", "jersey");
    RawHttp.Answer sitemap = RawHttp.send(base, "GET " + base.getPath() + "sitemap.xml HTTP/1.1\nHost: evil.example\nConnection: close\n", new byte[0]);
    assertThat(sitemap.status()).isEqualTo(200);
    assertThat(sitemap.text()).contains("<loc>").doesNotContain("evil.example");
  }

  @Test
  void veryLongUnknownWordsAreSearchedAsWordsWithoutTypoExpansion() {
    String longWord = "q".repeat(120) + "printer" + "z".repeat(122);
    JsonObject answer = http.get("api/search?lang=en&q=" + longWord + "+" + longWord.replace('q', 'x')).json();
    assertThat(answer.getInt("total")).isZero();
    assertThat(answer.containsKey("didYouMean")).isFalse();
  }
}
