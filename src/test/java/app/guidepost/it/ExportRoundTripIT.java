package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The export is a content folder: imported into an empty server it gives the same articles,
 * translations (every field) and guides as the server it came from. Drafts stay behind.
 */
class ExportRoundTripIT {

  private static final String[] ADMIN = Deployments.asAdmin();

  private static ServerProcess start(Path content, Path data) {
    return ServerProcess.start("export-round-trip", Map.of(
        "GUIDEPOST_CONTENT_DIR", content.toString(),
        "GUIDEPOST_DATA_DIR", data.toString(),
        "GUIDEPOST_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD));
  }

  @Test
  void anExportImportedIntoAnEmptyServerGivesTheSameContent() throws Exception {
    Path exported = TempFolders.create("guidepost-exported");
    Map<String, JsonObject> translations = new TreeMap<>();
    Map<String, JsonObject> guides = new TreeMap<>();
    try (ServerProcess source = start(ContentFixtures.copyOfSeedContent(), TempFolders.create("guidepost-export-a"))) {
      Http http = source.http();
      String english = Json.createObjectBuilder()
          .add("title", "Printers: \"queue\" stuck? Try this #1").add("summary", "When print jobs wait: clear the queue, then restart.")
          .add("category", "printing").add("tags", Json.createArrayBuilder().add("printer").add("hàng-đợi")).add("audience", "agent")
          .add("state", "published").add("body", "Open the queue.\n\n## Clear it\n\n- Select the stuck job\n- Delete it\n\n```\nnet stop spooler\n```")
          .build().toString();
      assertThat(http.send("PUT", "api/articles/round-trip-check/translations/en", english, ADMIN).status()).isEqualTo(201);
      String vietnamese = Json.createObjectBuilder().add("title", "Máy in: hàng đợi bị kẹt").add("translationOf", "en").add("sourceRevision", 1)
          .add("audience", "agent").add("state", "published").add("body", "Mở hàng đợi.\n\n## Xóa lệnh in\n\nChọn lệnh in bị kẹt rồi xóa.").build().toString();
      assertThat(http.send("PUT", "api/articles/round-trip-check/translations/vi", vietnamese, ADMIN).status()).isEqualTo(201);
      String draft = Json.createObjectBuilder().add("title", "Drucker-Warteschlange").add("state", "draft").add("body", "Entwurf.").build().toString();
      assertThat(http.send("PUT", "api/articles/round-trip-check/translations/de", draft, ADMIN).status()).isEqualTo(201);

      unzip(download(http, source), exported);
      try (var files = Files.walk(exported.resolve("articles"))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String slug = file.getParent().getFileName().toString();
          String lang = file.getFileName().toString().replace(".md", "");
          translations.put(slug + "/" + lang, published(http, slug, lang));
        }
      }
      for (JsonValue guide : http.get("api/guides", ADMIN).json().getJsonArray("guides")) {
        String slug = guide.asJsonObject().getString("slug");
        for (JsonValue lang : http.get("api/guides/" + slug, ADMIN).json().getJsonArray("translations")) {
          String code = ((jakarta.json.JsonString) lang).getString();
          guides.put(slug + "/" + code, withoutRevision(http.get("api/guides/" + slug + "?lang=" + code, ADMIN).json()));
        }
      }
    }
    assertThat(translations).containsKeys("round-trip-check/en", "round-trip-check/vi", "anatomy-of-an-interaction/vi").doesNotContainKey("round-trip-check/de");
    assertThat(guides).hasSize(13);
    assertThat(exported.resolve("ticket-steps.yaml")).exists();
    assertThat(exported.resolve("categories.yaml")).exists();

    try (ServerProcess copy = start(exported, TempFolders.create("guidepost-export-b"))) {
      Http http = copy.http();
      JsonObject report = http.get("api/content/import").json();
      assertThat(report.getInt("failed")).as(report.toString()).isZero();
      for (Map.Entry<String, JsonObject> entry : translations.entrySet()) {
        String[] key = entry.getKey().split("/");
        assertThat(published(http, key[0], key[1])).as(entry.getKey()).isEqualTo(entry.getValue());
      }
      for (Map.Entry<String, JsonObject> entry : guides.entrySet()) {
        String[] key = entry.getKey().split("/");
        assertThat(withoutRevision(http.get("api/guides/" + key[0] + "?lang=" + key[1], ADMIN).json())).as(entry.getKey()).isEqualTo(entry.getValue());
      }
      assertThat(http.get("api/articles/round-trip-check?lang=en").status()).isEqualTo(404);
      assertThat(http.get("api/articles/round-trip-check?lang=en", ADMIN).json().getString("title")).isEqualTo("Printers: \"queue\" stuck? Try this #1");
    }
  }

  /** Every field of the published revision that a content file carries. */
  private static JsonObject published(Http http, String slug, String lang) {
    JsonObject working = http.get("api/articles/" + slug + "/translations/" + lang, ADMIN).json();
    JsonObject revision = http.get("api/articles/" + slug + "/translations/" + lang + "/revisions/" + working.getInt("publishedRevision"), ADMIN).json();
    var copy = Json.createObjectBuilder();
    for (String field : new String[] {"title", "summary", "category", "tags", "audience", "translationOf", "sourceRevision", "body"}) {
      copy.add(field, revision.getOrDefault(field, JsonValue.NULL));
    }
    return copy.build();
  }

  private static JsonObject withoutRevision(JsonObject guide) {
    var copy = Json.createObjectBuilder(guide);
    copy.remove("revision");
    return copy.build();
  }

  private static byte[] download(Http http, ServerProcess server) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.http().baseUri() + "api/export")).header(ADMIN[0], ADMIN[1]).GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
    return response.body();
  }

  private static void unzip(byte[] zip, Path target) throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = target.resolve(entry.getName()).normalize();
        assertThat(file.startsWith(target)).as(entry.getName()).isTrue();
        assertThat(seen.merge(entry.getName(), 1, Integer::sum)).isEqualTo(1);
        Files.createDirectories(file.getParent());
        Files.write(file, in.readAllBytes());
      }
    }
  }
}
