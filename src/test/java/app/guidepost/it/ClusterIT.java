package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the unchanged jar on one PostgreSQL, clustered by Payara's Hazelcast over
 * TCP/IP to exactly the two configured members: a change made on either is searchable on the
 * other, two editors saving the same translation on different instances get one save and one
 * 409 with no gap or fork in the revisions, and an instance that was down catches up from the
 * change log when it starts again.
 */
class ClusterIT {

  private static final String[] ADMIN = Deployments.asAdmin();
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  /** One member: its own data folder (index), the shared database and content, and the cluster's members. */
  private record Member(String name, Path data, int clusterPort) {}

  private static ServerProcess start(Member member, Path content, String members, String clusterName) {
    Map<String, String> environment = new HashMap<>(Map.of(
        "GUIDEPOST_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
        "GUIDEPOST_DB_USER", "postgres",
        "GUIDEPOST_DB_PASSWORD", "postgres",
        "GUIDEPOST_CONTENT_DIR", content.toString(),
        "GUIDEPOST_DATA_DIR", member.data().toString(),
        "GUIDEPOST_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD));
    return ServerProcess.start(member.name(), environment, List.of(
        "--prebootcommandfile", Path.of("src/main/payara/cluster-pre-boot-commands.txt").toAbsolutePath().toString(),
        "--clustermode", "tcpip:" + members,
        "--clustername", clusterName,
        "--interfaces", "127.0.0.1",
        "--startport", String.valueOf(member.clusterPort())));
  }

  private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static int total(ServerProcess server, String lang, String query) {
    return server.http().get("api/search?lang=" + lang + "&q=" + Http.encode(query), ADMIN).json().getInt("total");
  }

  private static String article(String title, String body) {
    return Json.createObjectBuilder().add("title", title).add("body", body).add("state", "published").build().toString();
  }

  @Test
  void twoInstancesServeOneKnowledgeBase() throws Exception {
    Path content = ContentFixtures.copyOfSeedContent();
    int portA = ServerProcess.freePort();
    int portB = ServerProcess.freePort();
    String members = "127.0.0.1:" + portA + ",127.0.0.1:" + portB;
    String clusterName = "guidepost-it-" + UUID.randomUUID();
    Member a = new Member("cluster-a", TempFolders.create("guidepost-cluster-a"), portA);
    Member b = new Member("cluster-b", TempFolders.create("guidepost-cluster-b"), portB);

    try (ServerProcess first = start(a, content, members, clusterName)) {
      ServerProcess second = start(b, content, members, clusterName);
      try {
        await("both members in one data grid", Duration.ofSeconds(60),
            () -> logOf(first).contains("DG Size: 2") || logOf(second).contains("DG Size: 2"));
        assertThat(logOf(first) + logOf(second)).contains("discovery-mode=tcpip").doesNotContain("discovery-mode=multicast");

        // An article published on the first instance is found on the second.
        long saved = System.nanoTime();
        Http.Answer created = first.http().send("PUT", "api/articles/cluster-printer-queue/translations/en",
            article("Clearing a stuck print queue", "Open the zorblaxqueue and delete the stuck job."), ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        await("the new article searchable on the other instance", Duration.ofSeconds(10), () -> total(second, "en", "zorblaxqueue") == 1);
        System.out.printf("ClusterIT: searchable on the other instance %d ms after the save answered%n", (System.nanoTime() - saved) / 1_000_000);
        assertThat(second.http().get("en/articles/cluster-printer-queue").body()).contains("zorblaxqueue");

        // Guide texts saved on the second instance are published on the first.
        JsonObject texts = second.http().get("api/guides/cant-get-online/texts/nb", ADMIN).json();
        String retitled = withTitle(texts, "Jeg får ikke koblet til nettet");
        Http.Answer guideSaved = second.http().send("PUT", "api/guides/cant-get-online/texts/nb", retitled,
            concat(ADMIN, "If-Match", "\"" + texts.getInt("revision") + "\""));
        assertThat(guideSaved.status()).as(guideSaved.body()).isEqualTo(200);
        await("the guide's new title on the other instance", Duration.ofSeconds(10),
            () -> first.http().get("api/guides/cant-get-online?lang=nb").json().getString("title").equals("Jeg får ikke koblet til nettet"));

        // A concept added to the termbase on the second instance widens searches on the first.
        assertThat(total(first, "en", "zqflumph")).isZero();
        Http.Answer term = second.http().send("PUT", "api/terms/acme-zqflumph",
            "{\"terms\":{\"en\":[{\"text\":\"zqflumph\",\"status\":\"preferred\"},\"zorblaxqueue\"]}}", ADMIN);
        assertThat(term.status()).as(term.body()).isEqualTo(201);
        await("the new concept in effect on the other instance", Duration.ofSeconds(10), () -> total(first, "en", "zqflumph") == 1);

        // A topic renamed on the first instance is named so on the second.
        String topics = first.http().get("api/vocabulary/categories", ADMIN).json().getString("file");
        Http.Answer renamed = first.http().send("PUT", "api/vocabulary/categories",
            Json.createObjectBuilder().add("file", topics.replace("en: Phone skills", "en: Phone craft")).build().toString(), concat(ADMIN, "If-Match", "\"0\""));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        await("the renamed topic on the other instance", Duration.ofSeconds(10),
            () -> second.http().get("en/categories/phone-skills").body().contains("Phone craft"));

        // A picture uploaded on the first instance is served by the second, from PostgreSQL.
        Http.Answer uploaded = first.http().sendBytes("PUT", "api/articles/cluster-printer-queue/files/queue.png", EditingIT.PNG,
            concat(ADMIN, "Content-Type", "image/png", "If-None-Match", "*"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        Http.Download served = second.http().download("api/articles/cluster-printer-queue/files/queue.png");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(EditingIT.PNG);

        // Two editors save the same translation at once, one on each instance: one wins, one gets 409.
        for (int r = 0; r < 3; r++) {
          int round = r;
          // Each editor starts from what their instance shows once it has followed the last save
          // (until then it shows the revision before, and a save from it is a safe 409).
          await("both instances show the same revision", Duration.ofSeconds(10), () -> revisionOn(first) == revisionOn(second));
          String base = "\"" + revisionOn(first) + "\"";
          CompletableFuture<Http.Answer> onFirst = CompletableFuture.supplyAsync(() -> first.http().send("PUT",
              "api/articles/cluster-printer-queue/translations/en", article("Clearing a stuck print queue", "First editor's text, round " + round + "."), concat(ADMIN, "If-Match", base)));
          CompletableFuture<Http.Answer> onSecond = CompletableFuture.supplyAsync(() -> second.http().send("PUT",
              "api/articles/cluster-printer-queue/translations/en", article("Clearing a stuck print queue", "Second editor's text, round " + round + "."), concat(ADMIN, "If-Match", base)));
          List<Integer> statuses = new ArrayList<>(List.of(onFirst.get().status(), onSecond.get().status()));
          statuses.sort(null);
          assertThat(statuses).as("round " + round).containsExactly(200, 409);
        }
        // Each instance shows the same history, without gap or fork, once it has followed the log.
        for (ServerProcess server : List.of(first, second)) {
          await("one history of four revisions", Duration.ofSeconds(10), () -> server.http()
              .get("api/articles/cluster-printer-queue/translations/en/revisions", ADMIN).jsonArray().stream()
              .map(v -> v.asJsonObject().getInt("number")).sorted().toList().equals(List.of(1, 2, 3, 4)));
        }
      } finally {
        second.close();
      }

      // While the second instance is down, the first changes an article; the second catches up at start.
      JsonObject current = first.http().get("api/articles/cluster-printer-queue/translations/en", ADMIN).json();
      assertThat(first.http().send("PUT", "api/articles/cluster-printer-queue/translations/en",
          article("Clearing a stuck print queue", "Restart the quorvexspooler service."), concat(ADMIN, "If-Match", "\"" + current.getInt("revision") + "\""))
          .status()).isEqualTo(200);
      try (ServerProcess again = start(b, content, members, clusterName)) {
        assertThat(total(again, "en", "quorvexspooler")).as("caught up before ready").isEqualTo(1);
        assertThat(total(again, "en", "zorblaxqueue")).isZero();
        assertThat(logOf(again)).contains("catching up from there");
      }
    }
  }

  private static int revisionOn(ServerProcess server) {
    return server.http().get("api/articles/cluster-printer-queue/translations/en", ADMIN).json().getInt("revision");
  }

  private static String logOf(ServerProcess server) {
    try {
      return Files.readString(server.log());
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static String withTitle(JsonObject texts, String title) {
    var steps = Json.createObjectBuilder();
    for (JsonValue value : texts.getJsonArray("steps")) {
      JsonObject step = value.asJsonObject();
      var choices = Json.createObjectBuilder();
      step.getJsonArray("choices").forEach(c -> choices.add(c.asJsonObject().getString("id"), c.asJsonObject().getString("label")));
      steps.add(step.getString("id"), Json.createObjectBuilder().add("title", step.getString("title")).add("body", step.getString("body")).add("choices", choices));
    }
    return Json.createObjectBuilder().add("title", title).add("summary", texts.getString("summary")).add("steps", steps).build().toString();
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
