package app.guidepost.it;

import static app.guidepost.it.GuidedHelpIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Walkthroughs and support requests across restarts of the shipped jar on the embedded
 * database: a walk goes on where it stopped, a guide continues in another one, a request made
 * while the ticket system is down is kept and delivered exactly once after the next start, a
 * changed guide text marks its translations out of date, and an idle walkthrough expires.
 */
class WalkthroughRestartIT {

  private static final String[] STAFF = Deployments.asAdmin();

  private static ServerProcess start(Path content, Path data, int receiverPort, String lifetime) {
    Map<String, String> environment = new HashMap<>();
    environment.put("GUIDEPOST_CONTENT_DIR", content.toString());
    environment.put("GUIDEPOST_DATA_DIR", data.toString());
    environment.put("GUIDEPOST_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
    environment.put("GUIDEPOST_SUPPORT_WEBHOOK_URL", "http://127.0.0.1:" + receiverPort + "/hook");
    environment.put("GUIDEPOST_SUPPORT_RETRY_INITIAL", "PT0.5S");
    environment.put("GUIDEPOST_SUPPORT_RETRY_MAX", "PT1S");
    environment.put("GUIDEPOST_WALKTHROUGH_LIFETIME", lifetime);
    return ServerProcess.start("walkthrough-restart", environment);
  }

  @Test
  void walkthroughsAndSupportRequestsSurviveRestarts() throws Exception {
    Path content = ContentFixtures.copyOfSeedContent();
    addGuideThatContinuesInCantGetOnline(content);
    Path data = TempFolders.create("guidepost-walkthrough-restart");
    int receiverPort = freePort();
    String id;

    try (ServerProcess first = start(content, data, receiverPort, "PT1H")) {
      Walks walks = new Walks(first.http());
      JsonObject walkthrough = walks.start("start-here", "nb");
      id = walkthrough.getString("id");
      assertThat(walkthrough.getJsonObject("step").getJsonObject("outcome").getString("kind")).isEqualTo("continue");
      assertThat(walkthrough.getJsonObject("step").getBoolean("next")).isTrue();
      walkthrough = walks.move(id, new Walks.Move("welcome", Optional.empty()));
      assertThat(walkthrough.getString("status")).isEqualTo("in-progress");
      assertThat(walkthrough.getJsonObject("step").getString("guide")).isEqualTo("cant-get-online");
      walks.move(id, new Walks.Move("what-fails", Optional.of("nothing-loads")));
    }

    // The source text of a guide changes while the server is down.
    Path english = content.resolve("guides/cant-get-online/en.yaml");
    Files.writeString(english, Files.readString(english).replace("Check the cable or Wi-Fi", "Check the network cable or the Wi-Fi"));

    String reference;
    try (ServerProcess second = start(content, data, receiverPort, "PT1H")) {
      Walks walks = new Walks(second.http());
      JsonObject walkthrough = walks.get("api/walkthroughs/" + id).json();
      assertThat(walkthrough.getJsonObject("step").getString("id")).isEqualTo("check-connection");
      assertThat(walkthrough.getJsonObject("step").getString("title")).isEqualTo("Sjekk kabelen eller wifien");
      assertThat(walkthrough.getJsonArray("path")).hasSize(2);

      JsonObject guide = second.http().get("api/guides/cant-get-online?lang=nb").json();
      assertThat(guide.getBoolean("outdated")).isTrue();
      assertThat(guide.getString("outdatedNotice")).isNotBlank();
      JsonObject source = second.http().get("api/guides/cant-get-online?lang=en").json();
      assertThat(source.getInt("revision")).isEqualTo(2);
      assertThat(source.containsKey("outdated")).isFalse();

      for (Walks.Move move : List.of(
          new Walks.Move("check-connection", Optional.of("still-offline")), new Walks.Move("other-device", Optional.of("nothing-works")),
          new Walks.Move("restart-router", Optional.of("still-offline")))) {
        walkthrough = walks.move(id, move);
      }
      Http.Answer created = walks.post(id, "support-request", "{\"name\":\"Kari Nordmann\",\"phone\":\"+47 912 34 567\"}");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      reference = created.json().getString("reference");
      // Nobody listens at the webhook: the request waits, with the reason.
      JsonObject delivery = awaitAttempts(second, reference);
      assertThat(delivery.getString("state")).isEqualTo("pending");
      assertThat(delivery.getString("lastError")).contains("ConnectException");
    }

    try (WebhookReceiver receiver = WebhookReceiver.startOn(receiverPort, 0);
        ServerProcess third = start(content, data, receiverPort, "PT2S")) {
      WebhookReceiver.Delivery delivered = receiver.await(d -> reference.equals(d.idempotencyKey()), Duration.ofSeconds(60));
      Thread.sleep(2_000);
      assertThat(receiver.deliveries()).filteredOn(d -> reference.equals(d.idempotencyKey())).hasSize(1);
      JsonObject payload = Http.parse(delivered.body());
      assertThat(payload.getString("language")).isEqualTo("nb");
      assertThat(payload.getString("notes")).contains("Fortsatte i veiledningen «Jeg kommer ikke på nett».");
      assertThat(third.http().get("api/support-requests/" + reference, STAFF).json().getString("state")).isEqualTo("delivered");

      // This server lets walkthroughs idle for two seconds only.
      Walks walks = new Walks(third.http());
      String idle = walks.start("cant-get-online", "en").getString("id");
      Thread.sleep(3_000);
      assertProblem(walks.answer(idle, new Walks.Move("what-fails", Optional.of("one-site"))), 410, "Walkthrough expired");
      assertProblem(walks.back(idle), 410, "Walkthrough expired");
      assertThat(walks.get("api/walkthroughs/" + idle).json().getString("status")).isEqualTo("expired");
      JsonObject stats = third.http().get("api/guides/cant-get-online/stats", STAFF).json();
      JsonObject first = stats.getJsonArray("steps").getJsonObject(0);
      assertThat(first.getString("id")).isEqualTo("what-fails");
      assertThat(first.getInt("leftHere")).isEqualTo(1);
    }
  }

  private static JsonObject awaitAttempts(ServerProcess server, String reference) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonObject delivery = server.http().get("api/support-requests/" + reference, STAFF).json();
    while (delivery.getInt("attempts") < 2 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      delivery = server.http().get("api/support-requests/" + reference, STAFF).json();
    }
    assertThat(delivery.getInt("attempts")).isGreaterThanOrEqualTo(2);
    return delivery;
  }

  /** A one-step public guide that hands the visitor on to "I can't get online". */
  private static void addGuideThatContinuesInCantGetOnline(Path content) throws IOException {
    Path folder = Files.createDirectories(content.resolve("guides/start-here"));
    Files.writeString(folder.resolve("guide.yaml"), """
        audience: public
        source: en
        start: welcome
        steps:
          - id: welcome
            ticket_step: greet
            outcome: continue
            guide: cant-get-online
        """, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("en.yaml"), """
        title: Start here
        steps:
          welcome:
            title: Welcome
            body: Let's find out what is wrong.
        """, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("nb.yaml"), """
        title: Start her
        translation_of: en
        source_revision: 1
        steps:
          welcome:
            title: Velkommen
            body: La oss finne ut hva som er galt.
        """, StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
