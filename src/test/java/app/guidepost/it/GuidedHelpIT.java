package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guided help over HTTP on the shipped content: every guide walked to every outcome in English
 * and another language, going back, transcripts as ticket notes in another language than the
 * walk, support requests delivered to a real receiver that fails first, statistics, ticket-step
 * guidance, and the exact answer to each invalid input.
 */
@ExtendWith(ArquillianExtension.class)
class GuidedHelpIT {

  private static final String SECRET = "webhook-secret";
  private static final String[] STAFF = Deployments.asAdmin();
  /** Refuses the first two deliveries of each request, like a ticket system that is briefly down. */
  private static final WebhookReceiver RECEIVER = WebhookReceiver.start(2);

  @ArquillianResource URL base;

  private Http http;
  private Walks visitor;
  private Walks agent;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    return Deployments.guidepost("guided-help", Map.of(
        "guidepost.content.dir", Deployments.seedContent().toString(),
        "guidepost.data.dir", TempFolders.create("guidepost-guided-help").toString(),
        "guidepost.support.webhook.url", RECEIVER.url(),
        "guidepost.support.webhook.secret", SECRET,
        "guidepost.support.retry.initial", "PT0.3S",
        "guidepost.support.notes.lang", "de"));
  }

  @AfterAll
  static void stopReceiver() {
    RECEIVER.close();
  }

  @BeforeEach
  void ready() throws Exception {
    http = new Http(base.toURI());
    http.awaitReady(Duration.ofMinutes(2));
    visitor = new Walks(http);
    agent = new Walks(http, STAFF);
  }

  @Test
  void everyGuideIsWalkedToEveryOutcomeInEnglishAndAnotherLanguage() {
    Map<String, List<String>> languages = Map.of(
        "cant-get-online", List.of("en", "vi", "nb", "de", "ar"),
        "handling-a-help-desk-call", List.of("en", "vi"),
        "customer-is-upset", List.of("en", "ar"));
    Map<String, List<String>> expectedOutcomes = Map.of(
        "cant-get-online", List.of("resolved", "contact-support"),
        "handling-a-help-desk-call", List.of("resolved", "escalate"),
        "customer-is-upset", List.of("resolved", "escalate"));
    languages.forEach((slug, langs) -> {
      JsonObject guide = agent.get("api/guides/" + slug + "?lang=en").json();
      Map<String, List<Walks.Move>> paths = Walks.pathsToEveryOutcome(guide);
      assertThat(paths.values().stream().map(p -> p.size()).toList()).allMatch(size -> size > 0);
      java.util.Set<String> reached = new java.util.HashSet<>();
      for (String lang : langs) {
        paths.forEach((end, moves) -> {
          JsonObject walkthrough = agent.start(slug, lang);
          assertThat(walkthrough.getString("lang")).isEqualTo(lang);
          String id = walkthrough.getString("id");
          for (Walks.Move move : moves) {
            walkthrough = agent.move(id, move);
          }
          JsonObject step = walkthrough.getJsonObject("step");
          assertThat(step.getString("id")).isEqualTo(end);
          assertThat(walkthrough.getString("status")).isEqualTo("ended");
          assertThat(walkthrough.getJsonArray("path")).hasSize(moves.size());
          reached.add(step.getJsonObject("outcome").getString("kind"));
          // An ended walkthrough takes no more answers.
          Http.Answer more = agent.answer(id, new Walks.Move(end, Optional.empty()));
          assertProblem(more, 409, "Walkthrough ended");
        });
      }
      assertThat(reached).as(slug).containsExactlyInAnyOrderElementsOf(expectedOutcomes.get(slug));
    });
  }

  @Test
  void aStepShowsItsTextsChoicesAndLinkedSectionsInTheVisitorsLanguage() {
    JsonObject walkthrough = visitor.start("cant-get-online", "vi");
    JsonObject step = walkthrough.getJsonObject("step");
    assertThat(walkthrough.getString("status")).isEqualTo("in-progress");
    assertThat(walkthrough.getString("guideTitle")).isEqualTo("Tôi không vào được mạng");
    assertThat(step.getString("id")).isEqualTo("what-fails");
    assertThat(step.getString("ticketStepName")).isEqualTo("Làm rõ vấn đề");
    assertThat(step.getJsonArray("choices").stream().map(c -> c.asJsonObject().getString("id"))).containsExactly("nothing-loads", "one-site");
    JsonObject section = step.getJsonArray("sections").getJsonObject(0);
    // The guide links the English heading's anchor; the Vietnamese translation's same section is shown.
    assertThat(section.getString("lang")).isEqualTo("vi");
    assertThat(section.getString("anchor")).isEqualTo("lam-ro-van-de-truoc-khi-xu-ly-su-co");
    assertThat(section.getString("title")).isEqualTo("Làm rõ vấn đề trước khi xử lý sự cố");
    assertThat(section.getBoolean("fallback")).isFalse();
    assertThat(section.getString("excerpt")).startsWith("Khi đã sẵn sàng xử lý sự cố");
    assertThat(walkthrough.getBoolean("canGoBack")).isFalse();
  }

  @Test
  void backTakesBackTheLastAnswerAndNothingMore() {
    JsonObject walkthrough = visitor.start("cant-get-online", "en");
    String id = walkthrough.getString("id");
    assertProblem(visitor.back(id), 409, "Already at the start");

    visitor.move(id, new Walks.Move("what-fails", Optional.of("one-site")));
    walkthrough = visitor.move(id, new Walks.Move("check-one-site", Optional.of("nothing-loads")));
    assertThat(walkthrough.getJsonObject("step").getString("id")).isEqualTo("check-connection");
    assertThat(walkthrough.getJsonArray("path")).hasSize(2);

    Http.Answer back = visitor.back(id);
    assertThat(back.status()).isEqualTo(200);
    walkthrough = back.json();
    assertThat(walkthrough.getJsonObject("step").getString("id")).isEqualTo("check-one-site");
    assertThat(walkthrough.getJsonArray("path")).hasSize(1);
    // A different answer this time.
    walkthrough = visitor.move(id, new Walks.Move("check-one-site", Optional.of("others-load")));
    assertThat(walkthrough.getJsonObject("step").getString("id")).isEqualTo("one-site-only");
    String notes = visitor.get("api/walkthroughs/" + id + "/transcript?lang=en").json().getString("text");
    assertThat(notes).contains("2. Check that one website\n   Answer: Other websites load fine").doesNotContain("Actually, nothing loads");
  }

  @Test
  void twoAnswersToTheSameStepAtOnceMoveTheWalkthroughOnce() throws Exception {
    for (int round = 0; round < 5; round++) {
      String id = visitor.start("cant-get-online", "en").getString("id");
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var first = pool.submit(() -> visitor.answer(id, new Walks.Move("what-fails", Optional.of("nothing-loads"))));
        var second = pool.submit(() -> visitor.answer(id, new Walks.Move("what-fails", Optional.of("one-site"))));
        List<Http.Answer> answers = List.of(first.get(), second.get());
        assertThat(answers).extracting(Http.Answer::status).containsExactlyInAnyOrder(200, 409);
        Http.Answer refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(refused.json().getString("title")).isIn("Not at this step", "Changed meanwhile");
      } finally {
        pool.shutdown();
      }
      JsonObject walkthrough = visitor.get("api/walkthroughs/" + id).json();
      assertThat(walkthrough.getJsonArray("path")).hasSize(1);
    }
  }

  @Test
  void theTranscriptIsTicketNotesInTheLanguageAskedFor() {
    JsonObject walkthrough = visitor.start("cant-get-online", "vi");
    String id = walkthrough.getString("id");
    visitor.move(id, new Walks.Move("what-fails", Optional.of("nothing-loads")));
    visitor.move(id, new Walks.Move("check-connection", Optional.of("still-offline")));

    Http.Answer text = http.get("api/walkthroughs/" + id + "/transcript?lang=de", "Accept", "text/plain");
    assertThat(text.status()).isEqualTo(200);
    assertThat(text.contentType()).startsWith("text/plain");
    assertThat(text.body())
        .startsWith("Geführte Hilfe: Ich komme nicht ins Internet\n")
        .contains("Sprache des Besuchers: Vietnamesisch\n")
        .contains("1. Was genau funktioniert nicht?\n   Antwort: Gar nichts lädt\n")
        .contains("2. Kabel oder WLAN prüfen\n   Antwort: Es lädt immer noch nichts\n")
        .contains("Nicht abgeschlossen: zuletzt bei „Ein anderes Gerät ausprobieren“.")
        .contains("- Cấu trúc của một lần tương tác hỗ trợ › Làm rõ vấn đề trước khi xử lý sự cố (Vietnamesisch, Revision 1)");

    JsonObject json = visitor.get("api/walkthroughs/" + id + "/transcript?lang=en").json();
    assertThat(json.getString("lang")).isEqualTo("en");
    assertThat(json.getString("walkLang")).isEqualTo("vi");
    assertThat(json.getString("status")).isEqualTo("in-progress");
    JsonObject first = json.getJsonArray("steps").getJsonObject(0);
    assertThat(first.getString("title")).isEqualTo("What exactly isn't working?");
    assertThat(first.getString("answer")).isEqualTo("nothing-loads");
    assertThat(first.getString("answerLabel")).isEqualTo("Nothing loads at all");
    JsonObject shown = first.getJsonArray("articles").getJsonObject(0);
    assertThat(shown.getString("article")).isEqualTo("anatomy-of-an-interaction");
    assertThat(shown.getString("lang")).isEqualTo("vi");
    assertThat(shown.getInt("revision")).isEqualTo(1);
    assertThat(json.getJsonArray("steps")).hasSize(3);

    // Arabic notes: right words, the visitor's Vietnamese named in Arabic.
    String arabic = http.get("api/walkthroughs/" + id + "/transcript?lang=ar", "Accept", "text/plain").body();
    assertThat(arabic).startsWith("مساعدة موجّهة: لا أستطيع الاتصال بالإنترنت").contains("الإجابة: ");
  }

  @Test
  void contactSupportDeliversTheRequestOnceAfterTheReceiverFailedTwice() throws Exception {
    JsonObject walkthrough = visitor.start("cant-get-online", "vi");
    String id = walkthrough.getString("id");
    String contact = "{\"name\":\"Nguyễn Văn An\",\"email\":\"an@example.vn\",\"phone\":\"+84 912 345 678\",\"problem\":\"Mất mạng từ sáng nay\"}";
    // Not at a contact-support step yet.
    assertProblem(visitor.post(id, "support-request", contact), 409, "Not a contact-support step");
    for (Walks.Move move : List.of(
        new Walks.Move("what-fails", Optional.of("nothing-loads")), new Walks.Move("check-connection", Optional.of("still-offline")),
        new Walks.Move("other-device", Optional.of("others-work")), new Walks.Move("restart-device", Optional.of("still-offline")))) {
      walkthrough = visitor.move(id, move);
    }
    JsonObject outcome = walkthrough.getJsonObject("step").getJsonObject("outcome");
    assertThat(outcome.getString("kind")).isEqualTo("contact-support");
    assertThat(outcome.getString("contactSupport")).isEqualTo("/api/walkthroughs/" + id + "/support-request");

    Http.Answer created = visitor.post(id, "support-request", contact);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String reference = created.json().getString("reference");
    assertProblem(visitor.post(id, "support-request", contact), 409, "Already handed over");
    assertProblem(visitor.back(id), 409, "Already handed over");

    WebhookReceiver.Delivery accepted = RECEIVER.await(d -> reference.equals(d.idempotencyKey()) && d.answeredWith() == 201, Duration.ofSeconds(30));
    Thread.sleep(2_000);
    List<WebhookReceiver.Delivery> mine = RECEIVER.deliveries().stream().filter(d -> reference.equals(d.idempotencyKey())).toList();
    assertThat(mine).extracting(WebhookReceiver.Delivery::answeredWith).containsExactly(503, 503, 201);
    assertThat(mine).extracting(WebhookReceiver.Delivery::attempt).containsExactly("1", "2", "3");
    assertThat(mine).extracting(WebhookReceiver.Delivery::body).containsOnly(accepted.body());
    assertThat(accepted.signature()).isEqualTo("sha256=" + hmac(accepted.body()));

    JsonObject payload = Http.parse(accepted.body());
    assertThat(payload.getString("type")).isEqualTo("guidepost.support-request");
    assertThat(payload.getString("reference")).isEqualTo(reference);
    assertThat(payload.getString("language")).isEqualTo("vi");
    assertThat(payload.getJsonObject("contact").getString("name")).isEqualTo("Nguyễn Văn An");
    assertThat(payload.getJsonObject("contact").getString("phone")).isEqualTo("+84 912 345 678");
    assertThat(payload.getString("problem")).isEqualTo("Mất mạng từ sáng nay");
    JsonObject transcript = payload.getJsonObject("transcript");
    assertThat(transcript.getJsonArray("steps")).hasSize(5);
    assertThat(transcript.getJsonObject("outcome").getString("kind")).isEqualTo("contact-support");
    assertThat(transcript.getJsonArray("steps").getJsonObject(4).getJsonArray("articles").getJsonObject(0).getString("article"))
        .isEqualTo("five-things-tech-support-wont-tell-you");
    assertThat(payload.getString("notes")).startsWith("Hướng dẫn từng bước: Tôi không vào được mạng");
    assertThat(payload.getJsonObject("agentNotes").getString("lang")).isEqualTo("de");
    assertThat(payload.getJsonObject("agentNotes").getString("text")).contains("Ergebnis: Kontaktaufnahme mit dem Support erforderlich.");

    JsonObject delivery = http.get("api/support-requests/" + reference, STAFF).json();
    assertThat(delivery.getString("state")).isEqualTo("delivered");
    assertThat(delivery.getInt("attempts")).isEqualTo(3);
    assertThat(http.get("api/support-requests/" + reference).status()).isEqualTo(401);
    JsonObject after = visitor.get("api/walkthroughs/" + id).json();
    assertThat(after.getString("status")).isEqualTo("handed-over");
    assertThat(after.getJsonObject("supportRequest").getString("reference")).isEqualTo(reference);
  }

  @Test
  void theContactPageDeliversARequestOncePerFormNamingTheArticleTheReaderCameFrom() throws Exception {
    Http reader = Http.withCookies(base.toURI());
    Http.Answer page = reader.get("de/contact?article=ten-ways-help-desk-techs-improve-service");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Support kontaktieren</h1>").contains("10 Dinge, mit denen Helpdesk-Techniker den Service verbessern können");
    String csrf = page.formToken();
    java.util.regex.Matcher keyField = java.util.regex.Pattern.compile("name=\"key\" value=\"([0-9a-f]{32})\"").matcher(page.body());
    assertThat(keyField.find()).isTrue();
    String form = "csrf=" + csrf + "&key=" + keyField.group(1) + "&article=ten-ways-help-desk-techs-improve-service&name=" + Http.encode("Jürgen Weiß")
        + "&email=" + Http.encode("j.weiss@example.de") + "&problem=" + Http.encode("Der Drucker im 2. OG druckt seit heute früh nur leere Seiten.");

    // Each refusal in the page's language, the form kept.
    Http.Answer noProblem = postForm(reader, "de/contact", form.replaceAll("&problem=[^&]*", ""));
    assertThat(noProblem.status()).isEqualTo(400);
    assertThat(noProblem.body()).contains("Bitte beschreiben Sie das Problem").contains("value=\"j.weiss@example.de\"");
    Http.Answer badEmail = postForm(reader, "de/contact", form.replace(Http.encode("j.weiss@example.de"), "j.weiss"));
    assertThat(badEmail.status()).isEqualTo(400);
    assertThat(badEmail.body()).contains("Das ist keine gültige E-Mail-Adresse.");
    assertThat(postForm(reader, "de/contact", form.replaceAll("&key=[0-9a-f]+", "&key=nope")).status()).isEqualTo(400);

    Http.Answer sent = postForm(reader, "de/contact", form);
    assertThat(sent.status()).as(sent.body()).isEqualTo(303);
    String location = sent.headers().firstValue("Location").orElseThrow();
    String reference = location.replaceAll(".*sent=", "");
    Http.Answer again = postForm(reader, "de/contact", form);
    assertThat(again.headers().firstValue("Location")).as("the same form sent twice is one request").hasValue(location);
    assertThat(reader.get("de/contact?sent=" + reference).body()).contains("Ihre Anfrage wurde gesendet. Ihre Vorgangsnummer lautet " + reference);

    WebhookReceiver.Delivery accepted = RECEIVER.await(d -> reference.equals(d.idempotencyKey()) && d.answeredWith() == 201, Duration.ofSeconds(30));
    JsonObject payload = Http.parse(accepted.body());
    assertThat(payload.getString("source")).isEqualTo("contact-page");
    assertThat(payload.getString("language")).isEqualTo("de");
    assertThat(payload.getString("subject")).isEqualTo("Der Drucker im 2. OG druckt seit heute früh nur leere Seiten.");
    assertThat(payload.getJsonObject("contact").getString("email")).isEqualTo("j.weiss@example.de");
    assertThat(payload.getJsonObject("article").getString("slug")).isEqualTo("ten-ways-help-desk-techs-improve-service");
    assertThat(payload.containsKey("guide")).isFalse();
    assertThat(accepted.signature()).isEqualTo("sha256=" + hmac(accepted.body()));
    assertThat(http.get("api/support-requests/" + reference, STAFF).json().getString("state")).isEqualTo("delivered");
    assertThat(RECEIVER.deliveries().stream().filter(d -> reference.equals(d.idempotencyKey()) && d.answeredWith() == 201)).hasSize(1);

    // The dashboard lists it, delivered, as from the contact page.
    assertThat(http.get("de/admin/dashboard?lang=de&days=7", STAFF).body()).contains("Kontaktseite").contains(reference);
  }

  private static Http.Answer postForm(Http browser, String path, String form) {
    return browser.post(path, form, "Content-Type", "application/x-www-form-urlencoded");
  }

  @Test
  void statsCountWhoReachedLeftAndEndedEachStep() {
    String slug = "customer-is-upset";
    JsonObject before = agent.get("api/guides/" + slug + "/stats").json();
    JsonObject walkthrough = agent.start(slug, "en");
    String id = walkthrough.getString("id");
    String first = walkthrough.getJsonObject("step").getString("id");
    JsonObject guide = agent.get("api/guides/" + slug).json();
    Walks.Move firstMove = Walks.pathsToEveryOutcome(guide).values().iterator().next().get(0);
    agent.move(id, firstMove);
    agent.back(id);

    JsonObject after = agent.get("api/guides/" + slug + "/stats").json();
    assertThat(after.getInt("walkthroughs")).isEqualTo(before.getInt("walkthroughs") + 1);
    JsonObject firstStats = step(after, first);
    assertThat(firstStats.getInt("reached")).isEqualTo(step(before, first).getInt("reached") + 1);
    assertThat(firstStats.getInt("inProgress")).isEqualTo(step(before, first).getInt("inProgress") + 1);
    // The step reached before going back stays counted as reached.
    String second = nextOf(guide, firstMove);
    assertThat(step(after, second).getInt("reached")).isEqualTo(step(before, second).getInt("reached") + 1);

    // Walked to every ending once more: each ending counted where it happened, by outcome.
    Map<String, List<Walks.Move>> endings = Walks.pathsToEveryOutcome(guide);
    for (List<Walks.Move> path : endings.values()) {
      String walked = agent.start(slug, "en").getString("id");
      path.forEach(move -> agent.move(walked, move));
    }
    JsonObject ended = agent.get("api/guides/" + slug + "/stats").json();
    for (String ending : endings.keySet()) {
      JsonObject endedHere = step(ended, ending).getJsonObject("endedHere");
      JsonObject endedBefore = step(after, ending).getJsonObject("endedHere");
      String outcome = endedHere.keySet().iterator().next();
      assertThat(endedHere.getInt(outcome)).as(ending).isEqualTo(endedBefore.getInt(outcome, 0) + 1);
    }
    long endingsCounted = ended.getJsonObject("endings").values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
    long endingsBefore = after.getJsonObject("endings").values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
    assertThat(endingsCounted - endingsBefore).isEqualTo(endings.size());
    assertThat(ended.getJsonObject("endings").keySet()).contains("resolved", "escalate");

    assertProblem(http.get("api/guides/" + slug + "/stats"), 401, "Sign-in required");
  }

  @Test
  void ticketStepGuidanceGivesTheLinkedSectionsInTheAgentsLanguageOrSaysWhichOneItIs() {
    JsonObject clarify = http.get("api/ticket-steps/clarify?lang=vi").json();
    assertThat(clarify.getString("name")).isEqualTo("Làm rõ vấn đề");
    JsonObject section = clarify.getJsonArray("sections").getJsonObject(0);
    assertThat(section.getString("lang")).isEqualTo("vi");
    assertThat(section.getBoolean("fallback")).isFalse();
    assertThat(section.getString("excerpt")).isNotBlank();

    JsonObject norwegian = http.get("api/ticket-steps/clarify?lang=nb").json();
    JsonObject fallback = norwegian.getJsonArray("sections").getJsonObject(0);
    assertThat(fallback.getBoolean("fallback")).isTrue();
    assertThat(fallback.getString("lang")).isEqualTo("en");
    assertThat(fallback.getString("notice")).isEqualTo("Denne delen finnes ikke på norsk (bokmål) ennå. Du leser versjonen på engelsk.");

    // "hold" is taught only by the agents' call guide: staff see it, the public sees nothing internal.
    JsonObject forAgents = http.get("api/ticket-steps/hold?lang=nb", STAFF).json();
    assertThat(forAgents.getJsonArray("guides").getJsonObject(0).getString("slug")).isEqualTo("handling-a-help-desk-call");
    assertThat(forAgents.getJsonArray("sections").getJsonObject(0).getString("lang")).isEqualTo("nb");
    JsonObject forPublic = http.get("api/ticket-steps/hold?lang=nb").json();
    assertThat(forPublic.getJsonArray("guides")).isEmpty();

    assertProblem(http.get("api/ticket-steps/nope"), 404, "Ticket step not found");
  }

  @Test
  void internalGuidesExistOnlyForStaff() {
    assertThat(http.get("api/guides").json().getJsonArray("guides").stream().map(g -> g.asJsonObject().getString("slug")))
        .containsExactly("cant-get-online");
    assertThat(http.get("api/guides?audience=agent", STAFF).json().getJsonArray("guides").stream().map(g -> g.asJsonObject().getString("slug")))
        .containsExactly("customer-is-upset", "handling-a-help-desk-call");
    assertProblem(http.get("api/guides/customer-is-upset"), 404, "Guide not found");
    assertProblem(http.post("api/walkthroughs", "{\"guide\":\"customer-is-upset\"}"), 404, "Guide not found");
    String agentWalk = agent.start("customer-is-upset", "en").getString("id");
    assertProblem(http.get("api/walkthroughs/" + agentWalk), 404, "Walkthrough not found");
    assertThat(http.get("api/walkthroughs/" + agentWalk, STAFF).status()).isEqualTo(200);
  }

  @Test
  void everyInvalidInputGetsAPreciseProblem() {
    assertProblem(http.post("api/walkthroughs", "{\"guide\":\"no-such-guide\"}"), 404, "Guide not found");
    assertProblem(http.post("api/walkthroughs", "{\"guide\":\"cant-get-online\",\"lang\":\"xx\"}"), 400, "Unknown language");
    assertProblem(http.post("api/walkthroughs", "{\"lang\":\"en\"}"), 400, "Missing guide");
    assertProblem(http.post("api/walkthroughs", "{\"guide\":\"cant-get-online\",\"audience\":\"agent\"}"), 400, "Unknown field");
    assertProblem(http.post("api/walkthroughs", "{\"guide\":"), 400, "Invalid JSON");
    assertProblem(http.post("api/walkthroughs", "[1]"), 400, "Invalid JSON");
    assertProblem(http.post("api/walkthroughs", "{\"guide\":42}"), 400, "Invalid guide");
    assertProblem(http.get("api/walkthroughs/not-a-token"), 404, "Walkthrough not found");
    assertProblem(http.get("api/walkthroughs/" + "A".repeat(43)), 404, "Walkthrough not found");

    String id = visitor.start("cant-get-online", "en").getString("id");
    assertProblem(visitor.answer(id, new Walks.Move("what-fails", Optional.of("sideways"))), 400, "Unknown choice");
    assertProblem(visitor.answer(id, new Walks.Move("what-fails", Optional.empty())), 400, "Choice required");
    assertProblem(visitor.answer(id, new Walks.Move("check-connection", Optional.of("online-now"))), 409, "Not at this step");
    assertProblem(visitor.answer(id, new Walks.Move("no-such-step", Optional.of("online-now"))), 400, "Unknown step");
    assertProblem(http.post("api/walkthroughs/" + id + "/answers", "{\"choice\":\"one-site\"}"), 400, "Missing step");
    assertProblem(http.get("api/walkthroughs/" + id + "?lang=klingon"), 400, "Unknown language");
    assertProblem(http.get("api/walkthroughs/" + id + "/transcript?lang=xx"), 400, "Unknown language");

    visitor.move(id, new Walks.Move("what-fails", Optional.of("nothing-loads")));
    visitor.move(id, new Walks.Move("check-connection", Optional.of("still-offline")));
    visitor.move(id, new Walks.Move("other-device", Optional.of("nothing-works")));
    visitor.move(id, new Walks.Move("restart-router", Optional.of("still-offline")));
    assertProblem(visitor.post(id, "support-request", "{\"name\":\"A\"}"), 400, "Contact required");
    assertProblem(visitor.post(id, "support-request", "{\"email\":\"a@example.org\"}"), 400, "Name required");
    assertProblem(visitor.post(id, "support-request", "{\"name\":\"A\",\"email\":\"not-an-address\"}"), 400, "Invalid email");
    assertProblem(visitor.post(id, "support-request", "{\"name\":\"A\",\"phone\":\"call me\"}"), 400, "Invalid phone number");
    assertProblem(visitor.post(id, "support-request", "{\"name\":\"A\\u202Eevil\",\"email\":\"a@example.org\"}"), 400, "Invalid name");
    assertProblem(visitor.post(id, "support-request", "{\"name\":\"A\",\"email\":\"a@example.org\",\"state\":\"delivered\"}"), 400, "Unknown field");
    assertProblem(visitor.post(id, "support-request", "{\"name\":\"A\",\"email\":\"a@example.org\",\"problem\":\"" + "x".repeat(4001) + "\"}"),
        400, "Invalid problem");
    // Nothing refused was stored: the walkthrough can still be handed over.
    assertThat(visitor.post(id, "support-request", "{\"name\":\"A\",\"email\":\"a@example.org\"}").status()).isEqualTo(201);
  }

  private static JsonObject step(JsonObject stats, String id) {
    return stats.getJsonArray("steps").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow();
  }

  private static String nextOf(JsonObject guide, Walks.Move move) {
    JsonObject step = guide.getJsonArray("steps").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("id").equals(move.step()))
        .findFirst().orElseThrow();
    if (move.choice().isEmpty()) {
      return step.getString("next");
    }
    return step.getJsonArray("choices").stream().map(JsonValue::asJsonObject)
        .filter(c -> c.getString("id").equals(move.choice().orElseThrow())).findFirst().orElseThrow().getString("next");
  }

  static void assertProblem(Http.Answer answer, int status, String title) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getString("title")).isEqualTo(title);
    assertThat(answer.json().getString("detail")).isNotBlank().doesNotContain("Exception");
  }

  private static String hmac(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
