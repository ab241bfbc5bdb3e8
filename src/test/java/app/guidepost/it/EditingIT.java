package app.guidepost.it;

import static app.guidepost.it.GuidedHelpIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editing over HTTP: drafts, review and publishing; revisions with authors, diffs and restore;
 * saves that name their base revision, refused with 409 and the current revision when stale, also
 * when two arrive at once; editors limited to their languages; typo fixes that keep translations
 * current; every change in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class EditingIT {

  private static final String LAN_PASSWORD = "mật khẩu biên tập viên";
  private static final String[] LAN = Deployments.basic("lan", LAN_PASSWORD);
  private static final String[] ADMIN = Deployments.asAdmin();
  /** The smallest PNG there is: one transparent pixel. */
  static final byte[] PNG = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

  @ArquillianResource URL base;

  private Http http;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    java.nio.file.Path content = ContentFixtures.copyOfSeedContent();
    java.nio.file.Path files = java.nio.file.Files.createDirectories(content.resolve("articles/anatomy-of-an-interaction/files"));
    java.nio.file.Files.write(files.resolve("headset.png"), PNG);
    java.nio.file.Files.writeString(files.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    java.nio.file.Files.write(content.resolve("articles/anatomy-of-an-interaction/files/notes.png"), "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    // The help desk's own termbase: one concept of its own, to be edited, retired and reverted to this version.
    java.nio.file.Files.writeString(content.resolve("termbase.tbx"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
        <conceptEntry id="acme-zqfolder"><langSec xml:lang="en"><termSec><term>zqfolderterm</term></termSec><termSec><term>greeting</term></termSec></langSec>
          <langSec xml:lang="vi"><termSec><term>lời chào</term></termSec></langSec></conceptEntry>
        </body></text></tbx>
        """);
    return Deployments.guidepost("editing", Map.of(
        "guidepost.content.dir", content.toString(),
        "guidepost.data.dir", TempFolders.create("guidepost-editing").toString()));
  }

  @BeforeEach
  void ready() throws Exception {
    http = new Http(base.toURI());
    http.awaitReady(Duration.ofMinutes(2));
    if (http.get("api/session", LAN).status() == 401) {
      assertThat(http.post("api/accounts", "{\"username\":\"lan\",\"password\":\"" + LAN_PASSWORD + "\",\"role\":\"editor\",\"languages\":[\"vi\"]}", ADMIN)
          .status()).isEqualTo(201);
    }
  }

  private static String translation(String title, String body, String state, String message) {
    return "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"state\":\"" + state + "\",\"message\":\"" + message + "\"}";
  }

  private Http.Answer put(String slug, String lang, String json, String ifMatch, String... auth) {
    String[] headers = ifMatch == null ? auth : concat(auth, "If-Match", "\"" + ifMatch + "\"");
    return http.send("PUT", "api/articles/" + slug + "/translations/" + lang, json, headers);
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private int searchTotal(String lang, String q) {
    return http.get("api/search?lang=" + lang + "&q=" + Http.encode(q)).json().getInt("total");
  }

  private void awaitSearchTotal(String lang, String q, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (searchTotal(lang, q) != expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(searchTotal(lang, q)).as(q).isEqualTo(expected);
  }

  @Test
  void aDraftGoesThroughReviewToPublishedAndOnlyThenReachesReaders() throws Exception {
    Http.Answer created = put("xoa-hang-doi-may-in", "vi", translation("Xóa hàng đợi máy in", "Mở hàng đợi quetzalprint rồi xóa lệnh in bị kẹt.", "draft", "Bản nháp đầu"), null, LAN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(created.json().getString("state")).isEqualTo("draft");
    assertThat(http.get("api/articles/xoa-hang-doi-may-in?lang=vi").status()).isEqualTo(404);
    assertThat(searchTotal("vi", "quetzalprint")).isZero();

    Http.Answer second = put("xoa-hang-doi-may-in", "vi", translation("Xóa hàng đợi máy in", "Mở hàng đợi quetzalprint, chọn lệnh in bị kẹt rồi xóa.", "draft", "Rõ hơn"), "1", LAN);
    assertThat(second.json().getInt("revision")).isEqualTo(2);
    Http.Answer review = http.post("api/articles/xoa-hang-doi-may-in/translations/vi/state", "{\"state\":\"review\"}", concat(LAN, "If-Match", "\"2\""));
    assertThat(review.json().getString("state")).isEqualTo("review");
    assertThat(http.get("api/articles/xoa-hang-doi-may-in?lang=vi").status()).isEqualTo(404);

    Http.Answer published = http.post("api/articles/xoa-hang-doi-may-in/translations/vi/state", "{\"state\":\"published\"}", concat(LAN, "If-Match", "\"2\""));
    assertThat(published.json().getInt("publishedRevision")).isEqualTo(2);
    JsonObject article = http.get("api/articles/xoa-hang-doi-may-in?lang=vi").json();
    assertThat(article.getString("html")).contains("chọn lệnh in bị kẹt");
    awaitSearchTotal("vi", "quetzalprint", 1);

    List<JsonObject> history = http.get("api/articles/xoa-hang-doi-may-in/translations/vi/revisions", LAN).jsonArray().stream().map(JsonValue::asJsonObject).toList();
    assertThat(history).extracting(h -> h.getInt("number")).containsExactly(1, 2);
    assertThat(history).extracting(h -> h.getString("author")).containsOnly("lan");
    assertThat(history.get(1).getString("message")).isEqualTo("Rõ hơn");
    assertThat(history.get(1).getBoolean("published")).isTrue();

    JsonObject diff = http.get("api/articles/xoa-hang-doi-may-in/translations/vi/diff?from=1&to=2", LAN).json();
    assertThat(diff.getJsonArray("body").stream().map(JsonValue::asJsonObject).map(l -> l.getString("op") + l.getString("text")))
        .containsExactly("-Mở hàng đợi quetzalprint rồi xóa lệnh in bị kẹt.", "+Mở hàng đợi quetzalprint, chọn lệnh in bị kẹt rồi xóa.");

    Http.Answer restored = http.post("api/articles/xoa-hang-doi-may-in/translations/vi/revisions/1/restore", "", concat(LAN, "If-Match", "\"2\""));
    assertThat(restored.json().getInt("revision")).isEqualTo(3);
    assertThat(restored.json().getString("body")).isEqualTo("Mở hàng đợi quetzalprint rồi xóa lệnh in bị kẹt.");
    assertThat(restored.json().getString("message")).isEqualTo("Restored revision 1");
    assertThat(http.get("api/articles/xoa-hang-doi-may-in?lang=vi").json().getString("html")).contains("chọn lệnh in bị kẹt");

    List<String> audit = http.get("api/audit?limit=200", ADMIN).json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("target").equals("article:xoa-hang-doi-may-in/vi")).map(e -> e.getString("actor") + " " + e.getString("action")).toList();
    assertThat(audit).contains("lan translation.create", "lan translation.save", "lan translation.state", "lan translation.restore");
  }

  @Test
  void aSaveBasedOnAnOldRevisionIsRefusedWithTheCurrentOne() throws Exception {
    String slug = "giu-may-dung-cach";
    assertThat(put(slug, "vi", translation("Giữ máy đúng cách", "Hỏi trước khi giữ máy.", "published", "v1"), null, LAN).status()).isEqualTo(201);
    assertThat(put(slug, "vi", translation("Giữ máy đúng cách", "Hỏi trước.", "published", "v2"), "1", LAN).status()).isEqualTo(200);

    Http.Answer stale = put(slug, "vi", translation("Giữ máy đúng cách", "Sửa từ bản cũ.", "published", "stale"), "1", LAN);
    assertProblem(stale, 409, "Edit conflict");
    assertThat(stale.json().getInt("currentRevision")).isEqualTo(2);
    assertThat(stale.headers().firstValue("ETag")).hasValue("\"2\"");
    Http.Answer blind = put(slug, "vi", translation("Giữ máy đúng cách", "Không nói dựa trên bản nào.", "published", "blind"), null, LAN);
    assertProblem(blind, 428, "If-Match required");
    assertThat(blind.json().getInt("currentRevision")).isEqualTo(2);

    // Two saves based on the same revision at the same moment: one wins, the other gets 409.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Http.Answer> a = pool.submit(() -> put(slug, "vi", translation("Giữ máy đúng cách", "Bản của A.", "published", "A"), "2", LAN));
      Future<Http.Answer> b = pool.submit(() -> put(slug, "vi", translation("Giữ máy đúng cách", "Bản của B.", "published", "B"), "2", LAN));
      assertThat(List.of(a.get().status(), b.get().status())).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
    List<Integer> numbers = http.get("api/articles/" + slug + "/translations/vi/revisions", LAN).jsonArray().stream()
        .map(v -> v.asJsonObject().getInt("number")).toList();
    assertThat(numbers).containsExactly(1, 2, 3);
    assertThat(http.get("api/articles/" + slug + "?lang=vi").json().getString("html")).containsAnyOf("Bản của A.", "Bản của B.");
  }

  @Test
  void editorsWriteOnlyInTheirLanguagesAndReadersCannotEditAtAll() {
    assertProblem(put("printer-queue", "en", translation("Printer queue", "Clear it.", "draft", ""), null), 401, "Sign-in required");
    assertProblem(put("printer-queue", "en", translation("Printer queue", "Clear it.", "draft", ""), null, LAN), 403, "Forbidden");
    assertProblem(http.get("api/articles/anatomy-of-an-interaction/translations/en"), 401, "Sign-in required");
    assertThat(http.get("api/articles/anatomy-of-an-interaction/translations/en", LAN).status()).isEqualTo(200);
  }

  @Test
  void fieldsNobodyMaySetAndBrokenValuesAreRefused() {
    for (String field : List.of("author", "version", "status", "revision", "publishedRevision")) {
      assertProblem(put("mass-assignment", "vi", "{\"title\":\"T\",\"body\":\"B\",\"" + field + "\":\"x\"}", null, LAN), 400, "Unknown field");
    }
    assertProblem(put("Bad_Slug", "vi", translation("T", "B", "draft", ""), null, LAN), 400, "Invalid slug");
    assertProblem(put("ok-slug", "vi", "{\"title\":\"Tiêu đề \\u202Egnp.exe\",\"body\":\"B\"}", null, LAN), 400, "Invalid title");
    assertProblem(put("ok-slug", "vi", "{\"body\":\"B\"}", null, LAN), 400, "Missing title");
    assertProblem(put("ok-slug", "vi", translation("T", "B", "final", ""), null, LAN), 400, "Invalid state");
    assertProblem(put("ok-slug", "vi", "{\"title\":\"T\",\"body\":\"B\",\"tags\":[\"Not A Tag\"]}", null, LAN), 400, "Invalid tags");
    assertProblem(put("ok-slug", "vi", "{\"title\":\"T\",\"body\":\"B\",\"translationOf\":\"vi\"}", null, LAN), 400, "Invalid translationOf");
    assertProblem(put("ok-slug", "vi", "{\"title\":\"T\",\"body\":\"B\",\"sourceRevision\":-1}", null, LAN), 400, "Invalid sourceRevision");
    assertProblem(http.get("api/articles/anatomy-of-an-interaction/translations/en/diff?from=99", LAN), 400, "No such revision");
    assertProblem(http.get("api/articles/no-such-article/translations/en", LAN), 404, "Translation not found");
    assertThat(http.get("api/articles/ok-slug?lang=vi").status()).isEqualTo(404);
  }

  @Test
  void aTypoFixInTheSourceCanKeepItsTranslationsCurrent() {
    String slug = "anatomy-of-an-interaction";
    JsonObject english = http.get("api/articles/" + slug + "/translations/en", ADMIN).json();
    int revision = english.getInt("revision");
    String body = english.getString("body");
    String fixed = body.replaceFirst("Start with a good greeting", "Start with a good greeting").replace("rabbit hole", "rabbit-hole");
    Http.Answer typo = http.send("PUT", "api/articles/" + slug + "/translations/en",
        jakarta.json.Json.createObjectBuilder().add("title", english.getString("title")).add("body", fixed).add("state", "published")
            .add("message", "Typo").add("noTranslationUpdateNeeded", true).build().toString(),
        concat(ADMIN, "If-Match", "\"" + revision + "\""));
    assertThat(typo.status()).as(typo.body()).isEqualTo(200);
    assertThat(http.get("api/articles/" + slug + "?lang=vi").json().getBoolean("outdated")).isFalse();

    Http.Answer change = http.send("PUT", "api/articles/" + slug + "/translations/en",
        jakarta.json.Json.createObjectBuilder().add("title", english.getString("title")).add("body", fixed + "\n\nA new paragraph.").add("state", "published")
            .build().toString(),
        concat(ADMIN, "If-Match", "\"" + (revision + 1) + "\""));
    assertThat(change.status()).as(change.body()).isEqualTo(200);
    assertThat(http.get("api/articles/" + slug + "?lang=vi").json().getBoolean("outdated")).isTrue();
  }

  @Test
  void aTranslatorSeesWhatChangedInTheSourceSectionBySectionAndTheOverviewCountsIt() {
    String slug = "khi-khach-hang-goi-lai";
    assertThat(put(slug, "en", "{\"title\":\"When a customer calls back\",\"state\":\"published\",\"body\":\"Intro.\\n\\n## Find the ticket\\n\\nSearch by phone number.\\n\\n## Greet\\n\\nUse their name.\"}",
        null, ADMIN).status()).isEqualTo(201);
    assertThat(put(slug, "vi", "{\"title\":\"Khi khách hàng gọi lại\",\"state\":\"published\",\"translationOf\":\"en\",\"sourceRevision\":1,"
        + "\"body\":\"Mở đầu.\\n\\n## Tìm phiếu hỗ trợ\\n\\nTìm theo số điện thoại.\\n\\n## Chào hỏi\\n\\nGọi khách bằng tên.\"}", null, LAN).status()).isEqualTo(201);
    JsonObject before = http.get("api/localization/vi", LAN).json();
    assertThat(item(before, slug).getString("status")).isEqualTo("up-to-date");

    assertThat(put(slug, "en", "{\"title\":\"When a customer calls back\",\"state\":\"published\",\"body\":\"Intro.\\n\\n## Find the ticket\\n\\nSearch by phone number or email.\\n\\n## Greet\\n\\nUse their name.\\n\\n## Summarise\\n\\nSay what happens next.\"}",
        "1", ADMIN).status()).isEqualTo(200);
    JsonObject changes = http.get("api/articles/" + slug + "/translations/vi/source-changes", LAN).json();
    assertThat(changes.getBoolean("outdated")).isTrue();
    assertThat(changes.getInt("translatedFrom")).isEqualTo(1);
    assertThat(changes.getInt("sourceRevision")).isEqualTo(2);
    assertThat(changes.getJsonArray("sections").stream().map(JsonValue::asJsonObject).map(s -> s.getString("anchor") + ":" + s.getString("status")))
        .containsExactly(":unchanged", "find-the-ticket:changed", "greet:unchanged", "summarise:added");

    JsonObject after = http.get("api/localization/vi", LAN).json();
    assertThat(item(after, slug).getString("status")).isEqualTo("outdated");
    assertThat(after.getJsonObject("counts").getJsonObject("articles").getInt("outdated"))
        .isEqualTo(before.getJsonObject("counts").getJsonObject("articles").getInt("outdated") + 1);
    assertThat(item(after, "helpdesk-phone-skills").getString("status")).isEqualTo("missing");
    assertThat(item(after, "cant-get-online").getString("type")).isEqualTo("guide");
    JsonObject summary = http.get("api/localization", LAN).json();
    assertThat(summary.getJsonObject("de").getJsonObject("articles").getInt("source")).isEqualTo(1);
    assertProblem(http.get("api/localization"), 401, "Sign-in required");
  }

  @Test
  void aTranslatorSeesTheHelpDesksOwnTermsTheTranslationMissesOrUsesDeprecated() {
    assertThat(http.send("PUT", "api/terms/acme-zqlicense", "{\"terms\":{\"en\":[{\"text\":\"licence key\",\"status\":\"preferred\"}],"
        + "\"vi\":[{\"text\":\"khóa bản quyền\",\"status\":\"preferred\"}]}}", ADMIN).status()).isEqualTo(201);
    assertThat(http.send("PUT", "api/terms/acme-zqtoken", "{\"terms\":{\"en\":[{\"text\":\"access token\",\"status\":\"preferred\"}],"
        + "\"vi\":[{\"text\":\"mã truy cập\",\"status\":\"preferred\"},{\"text\":\"thẻ\",\"status\":\"deprecated\"}]}}", ADMIN).status())
        .isEqualTo(201);
    String slug = "licence-and-token";
    assertThat(put(slug, "en", "{\"title\":\"Licence and token\",\"state\":\"published\","
        + "\"body\":\"Intro.\\n\\n## Licence\\n\\nEnter the licence key.\\n\\n## Token\\n\\nRenew the access token. Restart the router.\"}", null, ADMIN)
        .status()).isEqualTo(201);
    assertThat(put(slug, "vi", "{\"title\":\"Bản quyền và mã\",\"state\":\"draft\",\"translationOf\":\"en\",\"sourceRevision\":1,"
        + "\"body\":\"Mở đầu.\\n\\n## Bản quyền\\n\\nNhập mã kích hoạt.\\n\\n## Mã\\n\\nGia hạn thẻ. Khởi động lại thiết bị.\"}", null, LAN).status())
        .isEqualTo(201);

    JsonObject check = http.get("api/articles/" + slug + "/translations/vi/terms", LAN).json();
    assertThat(check.getString("source")).isEqualTo("en");
    List<JsonObject> findings = check.getJsonArray("findings").stream().map(JsonValue::asJsonObject).toList();
    // The shipped termbase's "router" (bộ định tuyến) is not the help desk's own: not checked.
    assertThat(findings).extracting(f -> f.getString("section") + ": " + f.getString("term") + " " + f.getBoolean("deprecated") + " "
        + f.getJsonArray("approved").getString(0))
        .containsExactly("Licence: licence key false khóa bản quyền", "Token: thẻ true mã truy cập");

    JsonObject own = http.get("api/articles/" + slug + "/translations/en/terms", LAN).json();
    assertThat(own.containsKey("source")).as("JSON-B leaves out a null source").isFalse();
    assertThat(own.getJsonArray("findings")).isEmpty();
    assertProblem(http.get("api/articles/" + slug + "/translations/vi/terms"), 401, "Sign-in required");
  }

  @Test
  void theEditorsListIsFilteredByLanguageAndStatusAndReadAPageAtATime() {
    Http.Answer all = http.get("en/editor", ADMIN);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body()).contains("<table class=\"status articles\">").doesNotContain("rel=\"prev\"");

    // Norwegian Bokmål: what has no translation at all; the Norwegian source is not listed.
    Http.Answer missing = http.get("en/editor?lang=nb&status=missing", ADMIN);
    assertThat(missing.body()).containsPattern("<option value=\"nb\" selected[^>]*>").containsPattern("<option value=\"missing\" selected[^>]*>");
    assertThat(missing.body()).contains("/en/editor/five-things-tech-support-wont-tell-you/nb").doesNotContain("/en/editor/helpdesk-phone-skills/");
    Http.Answer sources = http.get("en/editor?lang=nb&status=source", ADMIN);
    assertThat(sources.body()).contains("<p class=\"meta\" role=\"status\">1 article</p>", "/en/editor/helpdesk-phone-skills/nb")
        .doesNotContain("/en/editor/anatomy-of-an-interaction/");

    // Past the last page: no rows, a way back.
    Http.Answer past = http.get("en/editor?lang=nb&status=source&page=2", ADMIN);
    assertThat(past.body()).doesNotContain("/en/editor/helpdesk-phone-skills/nb").containsPattern("<a rel=\"prev\" href=\"[^\"]*/en/editor\\?lang=nb&amp;status=source&amp;page=1\">");
    // Unknown filters are ignored, not errors.
    assertThat(http.get("en/editor?lang=xx&status=everything&page=abc", ADMIN).status()).isEqualTo(200);
    assertThat(http.get("en/editor?page=21474838", ADMIN).status()).isEqualTo(200);
  }

  @Test
  void anXliffJobGoesOutToATranslatorAndComesBackAsADraft() throws Exception {
    Http.Answer job = http.get("api/xliff/anatomy-of-an-interaction?source=en&target=nb", ADMIN);
    assertThat(job.status()).as(job.body()).isEqualTo(200);
    assertThat(job.contentType()).startsWith("application/xliff+xml");
    assertThat(job.body()).contains("urn:oasis:names:tc:xliff:document:2.0", "srcLang=\"en\"", "trgLang=\"nb\"", "<unit id=\"title\">",
        "<source xml:space=\"preserve\">Start with a good greeting</source>".replace("Start", "## Start"));

    String translated = fillTargets(job.body(), "[nb] ");
    Http.Answer imported = http.send("POST", "api/xliff", translated, concat(ADMIN, "Content-Type", "application/xliff+xml"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonObject only = imported.json().getJsonArray("translations").getJsonObject(0);
    assertThat(only.getString("state")).isEqualTo("draft");
    assertThat(only.getBoolean("created")).isTrue();
    JsonObject draft = http.get("api/articles/anatomy-of-an-interaction/translations/nb", ADMIN).json();
    assertThat(draft.getString("title")).isEqualTo("[nb] Anatomy of an Interaction");
    assertThat(draft.getString("translationOf")).isEqualTo("en");
    assertThat(draft.getString("body")).contains("[nb] ## Start with a good greeting");
    assertThat(draft.getString("message")).startsWith("Imported from XLIFF");
    assertThat(http.get("api/articles/anatomy-of-an-interaction?lang=nb").json().getString("lang")).isEqualTo("en");

    assertProblem(post(translated.replaceFirst("<source xml:space=\"preserve\">[^<]+</source>", "<source xml:space=\"preserve\">Edited</source>"), ADMIN),
        400, "XLIFF source changed");
    assertProblem(post(job.body(), ADMIN), 400, "Untranslated units");
    // The same job for another target language the editor may write: it is another job, and its sources still match, so it imports.
    assertThat(post(translated.replace("trgLang=\"nb\"", "trgLang=\"vi\""), LAN).status()).isEqualTo(200);
  }

  @Test
  void aSetOfArticlesGoesOutAsOneJobAndComesBackOnlyWhenEveryFileIsRight() throws Exception {
    assertThat(put("reset-a-password", "en", translation("Reset a password", "Open the account page and choose **Reset password**.\\n\\n"
        + "The caller gets a link by email.", "published", "First version"), null, ADMIN).status()).isEqualTo(201);
    Http.Answer job = http.get("api/xliff?source=en&target=de&article=anatomy-of-an-interaction&article=reset-a-password", ADMIN);
    assertThat(job.status()).as(job.body()).isEqualTo(200);
    assertThat(job.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"guidepost-2-articles.en-de.xlf\"");
    assertThat(job.body().split("<file ", -1)).hasSize(3);
    assertThat(job.body()).contains("<file id=\"f1\" original=\"articles/anatomy-of-an-interaction/en.md\" canResegment=\"no\">",
        "<file id=\"f2\" original=\"articles/reset-a-password/en.md\" canResegment=\"no\">");
    assertThat(http.get("api/xliff?source=en&target=de&needed=true", ADMIN).body())
        .contains("original=\"articles/anatomy-of-an-interaction/en.md\"", "original=\"articles/reset-a-password/en.md\"")
        .doesNotContain("articles/helpdesk-phone-skills/");

    String translated = fillTargets(job.body(), "[de] ");
    // One file with an edited source refuses the whole document: nothing of it is saved.
    Http.Answer tampered = post(translated.replace("The caller gets a link by email.</source>", "The caller gets a link.</source>"), ADMIN);
    assertProblem(tampered, 400, "XLIFF source changed");
    assertThat(tampered.json().getString("detail")).isEqualTo("Unit 'b2' of 'reset-a-password' does not hold the source text that was exported; "
        + "sources must not be edited.");
    assertThat(http.get("api/articles/anatomy-of-an-interaction/translations/de", ADMIN).status()).isEqualTo(404);
    String twice = translated.replaceFirst("(?s)(<file [^>]*id=\"f2\".*?</file>)", "$1$1");
    assertThat(twice).isNotEqualTo(translated);
    assertProblem(post(twice, ADMIN), 400, "Invalid XLIFF");
    // A unit's translate flag is the export's, not the file's.
    assertProblem(post(translated.replaceFirst("<unit id=\"title\">", "<unit id=\"title\" translate=\"no\">"), ADMIN), 400, "XLIFF source changed");
    // The translated text passes the checks of every save: here a bidi override in the second file's title.
    Http.Answer bidi = post(translated.replace("[de] Reset a password", "[de] Reset \u202Ea password"), ADMIN);
    assertProblem(bidi, 400, "Invalid title");
    assertThat(bidi.json().getString("detail")).endsWith("(in the file of 'reset-a-password')");
    assertThat(http.get("api/articles/anatomy-of-an-interaction/translations/de", ADMIN).status()).isEqualTo(404);

    Http.Answer imported = post(translated, ADMIN);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    List<JsonObject> saved = imported.json().getJsonArray("translations").stream().map(JsonValue::asJsonObject).toList();
    assertThat(saved).extracting(t -> t.getString("article")).containsExactly("anatomy-of-an-interaction", "reset-a-password");
    assertThat(saved).extracting(t -> t.getString("lang") + " " + t.getString("state")).containsOnly("de draft");
    assertThat(http.get("api/articles/reset-a-password/translations/de", ADMIN).json().getString("title")).isEqualTo("[de] Reset a password");

    assertProblem(http.get("api/xliff?source=en&target=de", ADMIN), 400, "Which articles");
    assertProblem(http.get("api/xliff?source=en&target=de&needed=true&article=reset-a-password", ADMIN), 400, "Which articles");
    assertProblem(http.get("api/xliff?source=en&target=de&article=no-such-article", ADMIN), 404, "Article not found");
    assertProblem(http.get("api/xliff?source=en&target=de&needed=true"), 401, "Sign-in required");
  }

  @Test
  void hostileOrForeignXliffFilesAreRefusedClearly() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"vi\"><file id=\"f\" original=\"articles/anatomy-of-an-interaction/en.md\">"
        + "<unit id=\"title\"><segment><source>&x;</source><target>&x;</target></segment></unit></file></xliff>";
    Http.Answer refused = post(xxe, LAN);
    assertProblem(refused, 400, "Invalid XLIFF");
    assertThat(refused.body()).contains("DOCTYPE").doesNotContain("root:");
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
    assertProblem(post(laughs, LAN), 400, "Invalid XLIFF");
    assertProblem(post("<xliff version=\"1.2\"/>", LAN), 400, "Invalid XLIFF");
    assertProblem(post("not xml at all", LAN), 400, "Invalid XLIFF");
    assertProblem(post("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"vi\">"
        + "<file id=\"f\" original=\"articles/anatomy-of-an-interaction/en.md\"><notes><note id=\"source-revision\">999</note></notes></file></xliff>", LAN),
        400, "XLIFF mismatch");
    assertProblem(post("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\">"
        + "<file id=\"f\" original=\"articles/anatomy-of-an-interaction/en.md\"><notes><note id=\"source-revision\">1</note></notes></file></xliff>", LAN),
        403, "Forbidden");
    assertProblem(http.get("api/xliff/anatomy-of-an-interaction?source=en&target=en", LAN), 400, "Same languages");
    assertProblem(http.get("api/xliff/anatomy-of-an-interaction?source=en&target=nb"), 401, "Sign-in required");
  }

  private Http.Answer post(String xml, String[] auth) {
    return http.send("POST", "api/xliff", xml, concat(auth, "Content-Type", "application/xliff+xml"));
  }

  /** What a translator's tool does: a target for every unit that is to be translated. */
  private static String fillTargets(String xliff, String prefix) throws Exception {
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xliff.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.w3c.dom.NodeList units = document.getElementsByTagNameNS("urn:oasis:names:tc:xliff:document:2.0", "unit");
    for (int i = 0; i < units.getLength(); i++) {
      org.w3c.dom.Element unit = (org.w3c.dom.Element) units.item(i);
      if ("no".equals(unit.getAttribute("translate"))) {
        continue;
      }
      String source = unit.getElementsByTagNameNS("*", "source").item(0).getTextContent();
      unit.getElementsByTagNameNS("*", "target").item(0).setTextContent(prefix + source);
    }
    java.io.StringWriter out = new java.io.StringWriter();
    javax.xml.transform.TransformerFactory.newInstance().newTransformer()
        .transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
    return out.toString();
  }

  private static JsonObject item(JsonObject overview, String slug) {
    return overview.getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(i -> i.getString("slug").equals(slug)).findFirst().orElseThrow();
  }

  @Test
  void thePreviewIsSanitizedLikeTheArticle() {
    Http.Answer preview = http.post("api/articles/anything/translations/vi/preview",
        "{\"body\":\"## Xin chào\\n\\n<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>\"}", LAN);
    assertThat(preview.status()).isEqualTo(200);
    // Raw HTML and the dangerous link are shown as text, never as markup.
    assertThat(preview.json().getString("html")).doesNotContain("<script", "<img", "href=\"javascript").contains("id=\"xin-chao\"")
        .contains("&lt;script&gt;");
  }

  /** The Vietnamese texts of a guide, made from the source's steps and choices as the editor API shows them. */
  private static jakarta.json.JsonObjectBuilder vietnameseTexts(JsonObject view, java.util.Set<String> leaveOut) {
    jakarta.json.JsonObjectBuilder steps = jakarta.json.Json.createObjectBuilder();
    for (JsonValue value : view.getJsonObject("source").getJsonArray("steps")) {
      JsonObject step = value.asJsonObject();
      if (leaveOut.contains(step.getString("id"))) {
        continue;
      }
      jakarta.json.JsonObjectBuilder choices = jakarta.json.Json.createObjectBuilder();
      for (JsonValue choice : step.getJsonArray("choices")) {
        choices.add(choice.asJsonObject().getString("id"), "Lựa chọn " + choice.asJsonObject().getString("id"));
      }
      steps.add(step.getString("id"), jakarta.json.Json.createObjectBuilder()
          .add("title", "Bước " + step.getString("id"))
          .add("body", "Hãy bình tĩnh lắng nghe khách hàng: quetzalbình tĩnh.\n\nGhi lại điều họ nói.")
          .add("choices", choices));
    }
    return jakarta.json.Json.createObjectBuilder().add("title", "Khi khách hàng bực bội").add("summary", "Giữ bình tĩnh và xử lý từng bước.")
        .add("steps", steps).add("message", "Bản dịch đầu tiên");
  }

  @Test
  void guideTextsAreTranslatedBesideTheSourcePublishedAtOnceAndNeverOverwrittenUnseen() throws Exception {
    assertThat(http.get("api/guides/customer-is-upset/texts/vi").status()).isEqualTo(401);
    Http.Answer empty = http.get("api/guides/customer-is-upset/texts/vi", LAN);
    assertThat(empty.status()).as(empty.body()).isEqualTo(200);
    assertThat(empty.headers().firstValue("ETag")).hasValue("\"0\"");
    JsonObject view = empty.json();
    assertThat(view.getInt("revision")).isZero();
    assertThat(view.getString("sourceLang")).isEqualTo("en");
    assertThat(view.getJsonObject("source").getString("title")).isEqualTo("When the customer is upset");
    assertThat(view.getJsonArray("steps")).hasSameSizeAs(view.getJsonObject("source").getJsonArray("steps"));
    String firstStep = view.getJsonArray("steps").getJsonObject(0).getString("id");

    Http.Answer created = http.send("PUT", "api/guides/customer-is-upset/texts/vi", vietnameseTexts(view, java.util.Set.of()).build().toString(), LAN);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(created.json().getInt("translatedFromRevision")).isEqualTo(created.json().getInt("sourceRevision"));
    assertThat(created.json().getBoolean("outdated")).isFalse();
    JsonObject published = http.get("api/guides/customer-is-upset?lang=vi", LAN).json();
    assertThat(published.getString("lang")).isEqualTo("vi");
    assertThat(published.getString("title")).isEqualTo("Khi khách hàng bực bội");
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    boolean found = false;
    while (!found && System.nanoTime() < deadline) {
      found = http.get("api/search?lang=vi&q=quetzalbình", LAN).json().getJsonArray("guides").stream()
          .anyMatch(g -> g.asJsonObject().getString("guide").equals("customer-is-upset"));
      Thread.sleep(found ? 0 : 100);
    }
    assertThat(found).as("the saved texts are searchable").isTrue();

    String again = vietnameseTexts(view, java.util.Set.of()).add("title", "Khi khách hàng đang bực").build().toString();
    Http.Answer stale = http.send("PUT", "api/guides/customer-is-upset/texts/vi", again, concat(LAN, "If-Match", "\"0\""));
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    Http.Answer unconditional = http.send("PUT", "api/guides/customer-is-upset/texts/vi", again, LAN);
    assertThat(unconditional.status()).isEqualTo(428);
    Http.Answer second = http.send("PUT", "api/guides/customer-is-upset/texts/vi", again, concat(LAN, "If-Match", "\"1\""));
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().getString("title")).isEqualTo("Khi khách hàng đang bực");

    String unknownStep = vietnameseTexts(view, java.util.Set.of()).add("steps", jakarta.json.Json.createObjectBuilder()
        .add("no-such-step", jakarta.json.Json.createObjectBuilder().add("title", "x").add("body", "y"))).build().toString();
    GuidedHelpIT.assertProblem(http.send("PUT", "api/guides/customer-is-upset/texts/vi", unknownStep, concat(LAN, "If-Match", "\"2\"")), 400, "Unknown step");
    String missingStep = vietnameseTexts(view, java.util.Set.of(firstStep)).build().toString();
    GuidedHelpIT.assertProblem(http.send("PUT", "api/guides/customer-is-upset/texts/vi", missingStep, concat(LAN, "If-Match", "\"2\"")), 400, "Incomplete guide texts");
    GuidedHelpIT.assertProblem(http.send("PUT", "api/guides/customer-is-upset/texts/vi", "{\"title\":\"x\",\"steps\":{},\"extra\":1}",
        concat(LAN, "If-Match", "\"2\"")), 400, "Unknown field");
    assertThat(http.send("PUT", "api/guides/customer-is-upset/texts/nb", again, LAN).status()).isEqualTo(403);
    assertThat(http.get("api/guides/no-such-guide/texts/vi", LAN).status()).isEqualTo(404);
    assertThat(http.get("api/guides/customer-is-upset/texts/fr", LAN).status()).isEqualTo(400);

    List<String> audit = http.get("api/audit?limit=200", ADMIN).json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("target").equals("guide:customer-is-upset/vi")).map(e -> e.getString("actor") + " " + e.getString("action")).toList();
    assertThat(audit).containsExactly("lan guide.texts.save", "lan guide.texts.save");
  }

  /**
   * One editor saves again and again while readers keep reading the same article. A reader
   * that loaded it just before a save committed must not leave that older copy behind, in the
   * cache or in the index: every save is based on the revision the editor just read (never a
   * 409 with a single editor), and the last one is what readers and search see.
   */
  @Test
  void savesWhileReadersReadTheArticleAreNeitherRefusedNorLost() throws Exception {
    String slug = "paper-jam-check";
    Http.Answer created = put(slug, "en", translation("Paper jam", "Open the tray. First check.", "published", "First"), null, ADMIN);
    assertThat(created.status()).as(created.body()).isIn(200, 201);
    AtomicBoolean reading = new AtomicBoolean(true);
    ExecutorService readers = Executors.newFixedThreadPool(4);
    for (int r = 0; r < 4; r++) {
      readers.submit(() -> {
        Http reader = new Http(base.toURI());
        while (reading.get()) {
          reader.get("en/articles/" + slug);
          reader.get("api/articles/" + slug + "?lang=en");
        }
        return null;
      });
    }
    String marker = "";
    try {
      for (int save = 1; save <= 25; save++) {
        Http.Answer copy = http.get("api/articles/" + slug + "/translations/en", ADMIN);
        // Unlike every earlier one, so that no typo tolerance finds an older save's word.
        marker = "jam" + new java.util.Random().ints(10, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Http.Answer saved = put(slug, "en", translation("Paper jam", "Open the tray. Checked: " + marker + ".", "published", "Check " + save),
            String.valueOf(copy.json().getInt("revision")), ADMIN);
        assertThat(saved.status()).as("save %d: %s", save, saved.body()).isEqualTo(200);
      }
    } finally {
      reading.set(false);
      readers.shutdown();
      assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    awaitSearchTotal("en", marker, 1);
    assertThat(http.get("api/articles/" + slug + "?lang=en").body()).contains(marker);
  }

  /**
   * A topic with more articles than one page holds is listed a hundred at a time, in the
   * reader's alphabetical order, with the total and links to the neighbouring pages; a page
   * past the end is not found. New articles appear there without a restart.
   */
  @Test
  void aLargeTopicIsListedPageByPage() throws Exception {
    for (int i = 1; i <= 101; i++) {
      String slug = String.format("paging-topic-%03d", i);
      String json = "{\"title\":\"Paging article " + String.format("%03d", i) + "\",\"body\":\"Text " + i
          + " about qorvaxpaging.\",\"category\":\"paging-topic\",\"state\":\"published\",\"message\":\"Added\"}";
      Http.Answer created = put(slug, "en", json, null, ADMIN);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
    awaitSearchTotal("en", "qorvaxpaging", 101);

    Http.Answer first = http.get("en/categories/paging-topic");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body()).contains("101 articles", "Paging article 001", "Paging article 100", "rel=\"next\"", "/en/categories/paging-topic?page=2")
        .doesNotContain("Paging article 101").doesNotContain("rel=\"prev\"");
    Http.Answer second = http.get("en/categories/paging-topic?page=2");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).contains("101 articles", "Paging article 101", "rel=\"prev\"").doesNotContain("Paging article 100<").doesNotContain("rel=\"next\"");
    assertThat(http.get("en/categories/paging-topic?page=3").status()).isEqualTo(404);
  }

  @Test
  void aOneLanguageEditorCannotHideTheArticleInTheOtherLanguages() {
    String slug = "paper-jam-audience";
    assertThat(put(slug, "en", translation("Paper jam", "Open the tray and pull the sheet out.", "published", ""), null, ADMIN).status()).isEqualTo(201);
    // A Vietnamese draft that says "internal" changes nothing readers see.
    Http.Answer draft = put(slug, "vi", "{\"title\":\"Kẹt giấy\",\"body\":\"Mở khay và kéo tờ giấy ra.\",\"audience\":\"agent\","
        + "\"translationOf\":\"en\",\"sourceRevision\":1,\"state\":\"draft\"}", null, LAN);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(http.get("api/articles/" + slug + "?lang=en").status()).isEqualTo(200);
    // Searchable once the index has followed the save (within a second or two).
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (!http.get("api/search?lang=en&q=" + Http.encode("paper jam tray")).body().contains(slug) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(http.get("api/search?lang=en&q=" + Http.encode("paper jam tray")).body()).contains(slug);
    // Publishing it would hide the English text from every reader: not for an editor of Vietnamese alone.
    assertProblem(http.post("api/articles/" + slug + "/translations/vi/state", "{\"state\":\"published\"}", concat(LAN, "If-Match", "\"1\"")),
        403, "Forbidden");
    assertProblem(put(slug, "vi", "{\"title\":\"Kẹt giấy\",\"body\":\"Mở khay.\",\"audience\":\"agent\",\"state\":\"published\"}", "1", LAN),
        403, "Forbidden");
    assertThat(http.get("api/articles/" + slug + "?lang=en").status()).isEqualTo(200);
    // Published as public, the same editor's translation goes out; an admin may make the article internal.
    assertThat(put(slug, "vi", "{\"title\":\"Kẹt giấy\",\"body\":\"Mở khay.\",\"state\":\"published\"}", "1", LAN).status()).isEqualTo(200);
    assertThat(http.get("api/articles/" + slug + "?lang=vi").json().getString("title")).isEqualTo("Kẹt giấy");
    assertThat(put(slug, "vi", "{\"title\":\"Kẹt giấy\",\"body\":\"Mở khay.\",\"audience\":\"agent\",\"state\":\"published\"}", "2", ADMIN)
        .status()).isEqualTo(200);
    assertThat(http.get("api/articles/" + slug + "?lang=en").status()).isEqualTo(404);
  }

  @Test
  void readersDoNotSeeTheRevisionsAnArticleHadWhileItWasInternal() {
    String slug = "formerly-internal";
    assertThat(put(slug, "en", "{\"title\":\"Duty manager mobile numbers\",\"body\":\"Call the duty manager.\",\"audience\":\"agent\","
        + "\"state\":\"published\"}", null, ADMIN).status()).isEqualTo(201);
    assertThat(put(slug, "en", "{\"title\":\"Who to call out of hours\",\"body\":\"Call the service desk.\",\"state\":\"published\"}", "1", ADMIN)
        .status()).isEqualTo(200);
    Http.Answer revisions = http.get("api/articles/" + slug + "/revisions?lang=en");
    assertThat(revisions.status()).as(revisions.body()).isEqualTo(200);
    assertThat(revisions.body()).contains("Who to call out of hours").doesNotContain("Duty manager mobile numbers");
    assertThat(http.get("api/articles/" + slug + "/revisions?lang=en", ADMIN).body()).contains("Duty manager mobile numbers");

    // Internal because another language said so: what the English text was called meanwhile stays with staff too.
    String other = "internal-through-german";
    assertThat(put(other, "en", translation("Printer queue", "Clear the queue.", "published", ""), null, ADMIN).status()).isEqualTo(201);
    assertThat(put(other, "de", "{\"title\":\"Druckwarteschlange\",\"body\":\"Leeren.\",\"audience\":\"agent\",\"translationOf\":\"en\","
        + "\"sourceRevision\":1,\"state\":\"published\"}", null, ADMIN).status()).isEqualTo(201);
    assertThat(put(other, "en", translation("Printer queue for the night shift only", "Clear the queue.", "published", ""), "1", ADMIN).status())
        .isEqualTo(200);
    assertThat(put(other, "de", "{\"title\":\"Druckwarteschlange\",\"body\":\"Leeren.\",\"translationOf\":\"en\",\"sourceRevision\":1,"
        + "\"state\":\"published\"}", "1", ADMIN).status()).isEqualTo(200);
    assertThat(put(other, "en", translation("Printer queue", "Clear the queue, then restart.", "published", ""), "2", ADMIN).status())
        .isEqualTo(200);
    Http.Answer readers = http.get("api/articles/" + other + "/revisions?lang=en");
    assertThat(readers.status()).as(readers.body()).isEqualTo(200);
    assertThat(readers.body()).doesNotContain("night shift");

    // A public text of the German that goes through review before it is published does not end the internal time early.
    String reviewed = "internal-until-reviewed";
    assertThat(put(reviewed, "en", translation("Scanner", "Scan it.", "published", ""), null, ADMIN).status()).isEqualTo(201);
    assertThat(put(reviewed, "de", "{\"title\":\"Scanner\",\"body\":\"Scannen.\",\"audience\":\"agent\",\"translationOf\":\"en\","
        + "\"sourceRevision\":1,\"state\":\"published\"}", null, ADMIN).status()).isEqualTo(201);
    assertThat(put(reviewed, "de", "{\"title\":\"Scanner\",\"body\":\"Scannen.\",\"translationOf\":\"en\",\"sourceRevision\":1,"
        + "\"state\":\"review\"}", "1", ADMIN).status()).isEqualTo(200);
    assertThat(put(reviewed, "en", translation("Scanner codes for the vault room", "Scan it.", "published", ""), "1", ADMIN).status()).isEqualTo(200);
    assertThat(http.post("api/articles/" + reviewed + "/translations/de/state", "{\"state\":\"published\"}", concat(ADMIN, "If-Match", "\"2\""))
        .status()).isEqualTo(200);
    assertThat(http.get("api/articles/" + reviewed + "?lang=en").status()).isEqualTo(200);
    assertThat(http.get("api/articles/" + reviewed + "/revisions?lang=en").body()).doesNotContain("vault room");
  }

  @Test
  void anArticleOfTwoHundredThousandCharactersCanBeSaved() {
    // 180,000 characters: past the 64 KB every other request body is held to, within the 200,000 an article may have.
    String body = "Restart the spooler, then print a test page. ".repeat(4_000) + "\n\n## Steps\n\nDone.";
    Http.Answer saved = put("long-article", "en", Json.createObjectBuilder().add("title", "A long article").add("state", "published")
        .add("body", body).build().toString(), null, ADMIN);
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
  }

  private Http.Answer putTerm(String id, String json, String ifMatch, String... auth) {
    String[] headers = ifMatch == null ? auth : concat(auth, "If-Match", "\"" + ifMatch + "\"");
    return http.send("PUT", "api/terms/" + id, json, headers);
  }

  /**
   * The termbase edited over the API: a new concept widens searches as soon as it is saved; a
   * change names the revision it is based on (428 without, 409 when stale); an editor limited to
   * Vietnamese changes only Vietnamese terms; a retired concept names nothing and is kept; every
   * change is a revision and in the audit log.
   */
  @Test
  void aConceptSavedOverTheApiIsInEffectAtOnceAndChangesNameTheirRevision() {
    assertThat(http.get("api/terms?q=vpn").status()).isEqualTo(401);
    JsonObject found = http.get("api/terms?q=vpn&limit=5", ADMIN).json();
    assertThat(found.getInt("total")).isPositive();
    assertThat(found.getJsonArray("concepts").getJsonObject(0).getString("origin")).isEqualTo("shipped");
    assertThat(found.getJsonArray("subjects").getValuesAs(jakarta.json.JsonString::getString)).contains("networking");

    assertThat(searchTotal("en", "zqspoolix")).isZero();
    String concept = "{\"subject\":\"acme\",\"terms\":{\"en\":[{\"text\":\"zqspoolix\",\"status\":\"preferred\"},\"spooler\"],"
        + "\"vi\":[\"trình quản lý in\"]},\"message\":\"our own word\"}";
    Http.Answer created = putTerm("acme-zqspoolix", concept, null, ADMIN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(created.json().getString("origin")).isEqualTo("edited");
    assertThat(searchTotal("en", "zqspoolix")).as("in effect when the save answers").isPositive();

    GuidedHelpIT.assertProblem(putTerm("acme-zqspoolix", concept, null, ADMIN), 428, "If-Match required");
    Http.Answer stale = putTerm("acme-zqspoolix", concept, "0", ADMIN);
    GuidedHelpIT.assertProblem(stale, 409, "Edit conflict");
    assertThat(stale.json().getString("detail")).contains("revision 1");
    Http.Answer same = putTerm("acme-zqspoolix", concept, "1", ADMIN);
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.json().getInt("revision")).as("nothing changed, nothing written").isEqualTo(1);

    // Lan edits Vietnamese only.
    String englishChanged = concept.replace("\"spooler\"", "\"print spooler\"");
    GuidedHelpIT.assertProblem(putTerm("acme-zqspoolix", englishChanged, "1", LAN), 403, "Forbidden");
    String vietnameseChanged = concept.replace("trình quản lý in", "bộ đệm in");
    Http.Answer byLan = putTerm("acme-zqspoolix", vietnameseChanged, "1", LAN);
    assertThat(byLan.status()).as(byLan.body()).isEqualTo(200);
    assertThat(byLan.json().getInt("revision")).isEqualTo(2);
    assertThat(byLan.json().getJsonObject("terms").getJsonArray("vi").getJsonObject(0).getString("text")).isEqualTo("bộ đệm in");

    // What cannot be saved is refused with the reason, and nothing is stored.
    Http.Answer twoPreferred = putTerm("acme-zqspoolix", "{\"terms\":{\"en\":[{\"text\":\"a\",\"status\":\"preferred\"},"
        + "{\"text\":\"b\",\"status\":\"preferred\"}]}}", "2", ADMIN);
    GuidedHelpIT.assertProblem(twoPreferred, 400, "Several preferred terms");
    assertThat(twoPreferred.json().getString("detail")).isEqualTo("A language has one preferred term at most; en has 2. Mark the others admitted.");
    GuidedHelpIT.assertProblem(putTerm("acme-zqspoolix", "{\"terms\":{\"en\":[{\"text\":\"a\",\"status\":\"obsolete\"}]}}", "2", ADMIN),
        400, "Invalid status");
    GuidedHelpIT.assertProblem(putTerm("acme-zqspoolix", "{\"terms\":{\"fr\":[\"imprimante\"]}}", "2", ADMIN), 400, "Unknown language");
    GuidedHelpIT.assertProblem(putTerm("bad%20id", concept, null, ADMIN), 400, "Invalid concept id");
    GuidedHelpIT.assertProblem(http.get("api/terms/acme-nothing", ADMIN), 404, "Concept not found");

    // Retired: searches no longer use it; it is listed among the retired, with its history.
    Http.Answer retired = http.send("DELETE", "api/terms/acme-zqspoolix", "", concat(ADMIN, "If-Match", "\"2\""));
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    assertThat(retired.json().getBoolean("retired")).isTrue();
    assertThat(searchTotal("en", "zqspoolix")).isZero();
    assertThat(http.get("api/terms?q=zqspoolix", ADMIN).json().getInt("total")).isZero();
    assertThat(http.get("api/terms?q=zqspoolix&retired=true", ADMIN).json().getInt("total")).isEqualTo(1);
    List<JsonObject> history = http.get("api/terms/acme-zqspoolix/revisions", ADMIN).jsonArray().getValuesAs(JsonObject.class);
    assertThat(history).extracting(r -> r.getInt("number")).containsExactly(1, 2, 3);
    assertThat(history).extracting(r -> r.getString("author")).containsExactly("admin", "lan", "admin");
    assertThat(history.get(0).getString("message")).isEqualTo("our own word");
    assertThat(history.get(2).getBoolean("retired")).isTrue();
    // Saving it again restores it.
    assertThat(putTerm("acme-zqspoolix", concept, "3", ADMIN).status()).isEqualTo(200);
    assertThat(searchTotal("en", "zqspoolix")).isPositive();

    List<String> audit = http.get("api/audit?limit=200", ADMIN).json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("target").equals("term:acme-zqspoolix")).map(e -> e.getString("action")).toList();
    assertThat(audit).containsExactly("term.save", "term.retire", "term.save", "term.save");
  }

  private Http.Answer revertTerm(String id, String ifMatch, String body, String... auth) {
    String[] headers = ifMatch == null ? auth : concat(auth, "If-Match", "\"" + ifMatch + "\"");
    return http.post("api/terms/" + id + "/revert", body, headers);
  }

  /**
   * An edited concept reverted to its file's version over the API: the shipped or content folder's
   * version is in effect for searches when the call answers, the revert is a revision (nothing
   * stored is lost) and in the audit log, a later edit starts from the file's version and goes on
   * numbering; a retired concept comes back; every refusal has its exact status.
   */
  @Test
  void anEditedConceptIsRevertedToItsFilesVersionAndTheHistoryGoesOn() {
    Http.Answer shipped = http.get("api/terms/svc-caller", ADMIN);
    assertThat(shipped.json().getString("origin")).isEqualTo("shipped");
    JsonObject shippedTerms = shipped.json().getJsonObject("terms");
    assertProblem(revertTerm("svc-caller", "0", "", ADMIN), 409, "Nothing to revert");
    assertProblem(revertTerm("acme-nothing", "0", "", ADMIN), 404, "Concept not found");

    // Edited: the new word finds what the concept's words find.
    JsonObject english = Json.createObjectBuilder().add("en", Json.createArrayBuilder(shippedTerms.getJsonArray("en")).add("zqrevertcaller")).build();
    JsonObject terms = Json.createObjectBuilder(shippedTerms).add("en", english.getJsonArray("en")).build();
    String edit = Json.createObjectBuilder().add("subject", shipped.json().getString("subject")).add("definition", shipped.json().getString("definition"))
        .add("terms", terms).build().toString();
    Http.Answer edited = putTerm("svc-caller", edit, "0", ADMIN);
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().getString("origin")).isEqualTo("edited");
    assertThat(searchTotal("en", "zqrevertcaller")).isPositive();

    // Refused, each with its status, and nothing changes.
    assertThat(revertTerm("svc-caller", "1", "").status()).isEqualTo(401);
    assertProblem(revertTerm("svc-caller", null, "", ADMIN), 428, "If-Match required");
    Http.Answer stale = revertTerm("svc-caller", "0", "", ADMIN);
    assertProblem(stale, 409, "Edit conflict");
    assertThat(stale.headers().firstValue("ETag")).contains("\"1\"");
    assertProblem(revertTerm("svc-caller", "1", "", LAN), 403, "Forbidden");
    assertProblem(revertTerm("svc-caller", "1", "{\"because\":\"x\"}", ADMIN), 400, "Unknown field");
    assertThat(http.get("api/terms/svc-caller", ADMIN).json().getString("origin")).isEqualTo("edited");

    // Reverted: the shipped version is in effect at once, and the concept is no longer among the edited ones.
    Http.Answer reverted = revertTerm("svc-caller", "1", "{\"message\":\"back to the shipped words\"}", ADMIN);
    assertThat(reverted.status()).as(reverted.body()).isEqualTo(200);
    assertThat(reverted.headers().firstValue("ETag")).contains("\"2\"");
    assertThat(reverted.json().getString("origin")).isEqualTo("shipped");
    assertThat(reverted.json().getInt("revision")).isEqualTo(2);
    assertThat(reverted.json().getJsonObject("terms")).isEqualTo(shippedTerms);
    assertThat(searchTotal("en", "zqrevertcaller")).as("in effect when the revert answers").isZero();
    Http.Answer read = http.get("api/terms/svc-caller", ADMIN);
    assertThat(read.json().getString("origin")).isEqualTo("shipped");
    assertThat(read.headers().firstValue("ETag")).contains("\"2\"");
    assertThat(http.get("api/terms?origin=edited&q=caller&limit=500", ADMIN).json().getJsonArray("concepts").stream()
        .map(c -> c.asJsonObject().getString("id"))).doesNotContain("svc-caller");
    assertProblem(revertTerm("svc-caller", "2", "", ADMIN), 409, "Nothing to revert");

    List<JsonObject> history = http.get("api/terms/svc-caller/revisions", ADMIN).jsonArray().getValuesAs(JsonObject.class);
    assertThat(history).extracting(r -> r.getInt("number")).containsExactly(1, 2);
    assertThat(history).extracting(r -> r.getBoolean("reverted")).containsExactly(false, true);
    assertThat(history.get(1).getString("message")).isEqualTo("back to the shipped words");
    assertThat(history.get(0).getJsonObject("concept").getJsonObject("terms").getJsonArray("en").toString()).as("nothing stored is lost")
        .contains("zqrevertcaller");

    // A save of what the file says changes nothing; a real edit starts from it and goes on numbering.
    assertProblem(putTerm("svc-caller", edit, "1", ADMIN), 409, "Edit conflict");
    String asShipped = edit.replace(terms.toString(), shippedTerms.toString());
    Http.Answer same = putTerm("svc-caller", asShipped, "2", ADMIN);
    assertThat(same.json().getInt("revision")).isEqualTo(2);
    assertThat(same.json().getString("origin")).isEqualTo("shipped");
    Http.Answer again = putTerm("svc-caller", edit, "2", ADMIN);
    assertThat(again.json().getInt("revision")).isEqualTo(3);
    assertThat(again.json().getString("origin")).isEqualTo("edited");
    assertThat(searchTotal("en", "zqrevertcaller")).isPositive();

    // The content folder's concept, edited and retired, comes back as the folder has it.
    Http.Answer folder = http.get("api/terms/acme-zqfolder", ADMIN);
    assertThat(folder.json().getString("origin")).isEqualTo("content-folder");
    assertThat(searchTotal("en", "zqfolderterm")).isPositive();
    assertThat(putTerm("acme-zqfolder", "{\"terms\":{\"en\":[\"zqfolderterm\",\"greeting\",\"zqfolderextra\"]}}", "0", ADMIN).status()).isEqualTo(200);
    assertThat(http.send("DELETE", "api/terms/acme-zqfolder", "", concat(ADMIN, "If-Match", "\"1\"")).json().getBoolean("retired")).isTrue();
    assertThat(searchTotal("en", "zqfolderterm")).isZero();
    Http.Answer back = revertTerm("acme-zqfolder", "2", "", ADMIN);
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    assertThat(back.json().getString("origin")).isEqualTo("content-folder");
    assertThat(back.json().getBoolean("retired")).isFalse();
    assertThat(back.json().getJsonObject("terms")).isEqualTo(folder.json().getJsonObject("terms"));
    assertThat(searchTotal("en", "zqfolderterm")).isPositive();
    assertThat(searchTotal("en", "zqfolderextra")).isZero();

    // A concept created here has no file version: retiring is the way to take it out.
    assertThat(putTerm("acme-zqrevertnew", "{\"terms\":{\"en\":[\"zqrevertnew\"]}}", null, ADMIN).status()).isEqualTo(201);
    Http.Answer noFile = revertTerm("acme-zqrevertnew", "1", "", ADMIN);
    assertProblem(noFile, 409, "No file version");
    assertThat(noFile.json().getString("detail")).contains("no file version").contains("Retire it");

    List<String> audit = http.get("api/audit?limit=200", ADMIN).json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("target").equals("term:svc-caller")).map(e -> e.getString("action")).toList();
    assertThat(audit).as("newest first").containsExactly("term.save", "term.revert", "term.save");
  }

  /**
   * TBX files in and out: the export is a TBX-Basic file of the concepts in effect; an import
   * adds and revises concepts, leaves out the entries it cannot use with their lines, and an
   * unreadable file imports nothing and says where it stopped.
   */
  @Test
  void theTermbaseIsExportedAndImportedAsTbx() {
    Http.Answer all = http.get("api/termbase", ADMIN);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.contentType()).startsWith("application/x-tbx+xml");
    assertThat(all.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"guidepost-termbase.tbx\"");
    assertThat(all.body()).startsWith("<?xml").contains("<conceptEntry id=\"svc-greet\">", "type=\"TBX-Basic\"");

    String file = """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="en"><text><body>
        <termEntry id="acme-zqportal"><langSet xml:lang="en"><tig><term>zqportal</term></tig><tig><term>spooler</term></tig></langSet>
          <langSet xml:lang="de"><tig><term>Zq-Portal</term></tig></langSet></termEntry>
        <termEntry><langSet xml:lang="en"><tig><term>no id</term></tig></langSet></termEntry>
        </body></text></martif>
        """;
    Http.Answer imported = http.send("POST", "api/termbase", file, concat(ADMIN, "Content-Type", "application/xml"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().getInt("created")).isEqualTo(1);
    assertThat(imported.json().getJsonArray("problems").getJsonObject(0).getInt("line")).isEqualTo(5);
    assertThat(imported.json().getJsonArray("problems").getJsonObject(0).getString("message")).isEqualTo("an entry without an id was left out");
    assertThat(searchTotal("en", "zqportal")).isPositive();
    Http.Answer again = http.send("POST", "api/termbase", file, concat(ADMIN, "Content-Type", "application/xml"));
    assertThat(again.json().getInt("created") + again.json().getInt("revised")).isZero();
    assertThat(again.json().getInt("unchanged")).isEqualTo(1);

    Http.Answer edited = http.get("api/termbase?origin=edited", ADMIN);
    assertThat(edited.body()).contains("<conceptEntry id=\"acme-zqportal\">", "<term>Zq-Portal</term>").doesNotContain("svc-greet");

    Http.Answer broken = http.send("POST", "api/termbase", "<tbx><text><body><conceptEntry id=\"x\">", concat(ADMIN, "Content-Type", "application/xml"));
    GuidedHelpIT.assertProblem(broken, 400, "Unreadable termbase");
    assertThat(broken.json().getString("detail")).startsWith("Line 1: not well-formed XML").endsWith("Nothing was imported.");
    GuidedHelpIT.assertProblem(http.send("POST", "api/termbase", file, concat(LAN, "Content-Type", "application/xml")), 403, "Forbidden");
  }

  @Test
  void anArticlesFilesAreImportedUploadedServedSafelyReplacedAgainstTheirVersionAndRemoved() {
    // From the content folder: the PNG is served; the SVG and the text named .png are reported by path.
    Http.Download imported = http.download("api/articles/anatomy-of-an-interaction/files/headset.png");
    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.body()).isEqualTo(PNG);
    assertThat(imported.contentType()).isEqualTo("image/png");
    assertThat(imported.header("Content-Disposition")).isEqualTo("inline; filename=\"headset.png\"");
    assertThat(imported.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(imported.headers().allValues("Content-Security-Policy")).anySatisfy(p -> assertThat(p).contains("sandbox"));
    String etag = imported.header("ETag");
    assertThat(http.download("api/articles/anatomy-of-an-interaction/files/headset.png", "If-None-Match", etag).status()).isEqualTo(304);
    String report = http.get("api/content/import", ADMIN).body();
    assertThat(report).contains("articles/anatomy-of-an-interaction/files/drawing.svg").contains("Files ending in .svg are not taken")
        .contains("articles/anatomy-of-an-interaction/files/notes.png").contains("are not a PNG image but UTF-8 text");

    // Uploaded by an editor of one of the article's languages; listed with how Markdown refers to it.
    String path = "api/articles/anatomy-of-an-interaction/files/";
    assertProblem(http.sendBytes("PUT", path + "call-flow.png", PNG, "Content-Type", "image/png"), 401, "Sign-in required");
    Http.Answer added = http.sendBytes("PUT", path + "call-flow.png", PNG, concat(LAN, "Content-Type", "image/png", "If-None-Match", "*"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().getString("markdown")).isEqualTo("![](files/call-flow.png)");
    String version = added.headers().firstValue("ETag").orElseThrow();
    JsonObject listed = http.get(path.substring(0, path.length() - 1), LAN).json();
    assertThat(listed.getJsonArray("files").stream().map(f -> f.asJsonObject().getString("name"))).containsExactly("call-flow.png", "headset.png");

    // Shown in the article where its Markdown refers to it, and in the export.
    assertThat(http.post("api/articles/anatomy-of-an-interaction/translations/vi/preview", "{\"body\":\"![Sơ đồ](files/call-flow.png)\"}", LAN).json().getString("html"))
        .contains("src=\"" + base.getPath() + "api/articles/anatomy-of-an-interaction/files/call-flow.png\"");

    // Bad inputs, each with its exact problem; nothing stored is lost.
    assertProblem(http.sendBytes("PUT", path + "call-flow.png", java.util.Arrays.copyOf(PNG, PNG.length + 1), concat(LAN, "Content-Type", "image/png")),
        428, "Precondition required");
    assertProblem(http.sendBytes("PUT", path + "call-flow.png", PNG, concat(LAN, "If-None-Match", "*")), 409, "File exists");
    assertProblem(http.sendBytes("PUT", path + "call-flow.png", PNG, concat(LAN, "If-Match", "\"" + "0".repeat(64) + "\"")), 409, "Edit conflict");
    assertProblem(http.sendBytes("PUT", path + "photo.png", JPEG, LAN), 415, "Unsupported file");
    assertProblem(http.sendBytes("PUT", path + "logo.svg", "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), LAN), 415, "Unsupported file");
    assertProblem(http.sendBytes("PUT", path + "Bad%20Name.png", PNG, LAN), 400, "Invalid file name");
    assertProblem(http.sendBytes("PUT", path + "big.png", java.util.Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1), LAN), 413, "File too large");
    assertProblem(http.sendBytes("PUT", "api/articles/no-such-article/files/a.png", PNG, LAN), 404, "Article not found");
    assertThat(http.download(path + "call-flow.png").body()).isEqualTo(PNG);

    // Replaced against the version seen, then removed.
    Http.Answer replaced = http.sendBytes("PUT", path + "call-flow.png", java.util.Arrays.copyOf(PNG, PNG.length + 3), concat(LAN, "If-Match", version));
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(http.download(path + "call-flow.png").body()).hasSize(PNG.length + 3);
    assertProblem(http.send("DELETE", path + "call-flow.png", "", LAN), 428, "Precondition required");
    assertProblem(http.send("DELETE", path + "call-flow.png", "", concat(LAN, "If-Match", version)), 409, "Edit conflict");
    assertThat(http.send("DELETE", path + "call-flow.png", "", concat(LAN, "If-Match", replaced.headers().firstValue("ETag").orElseThrow())).status()).isEqualTo(204);
    assertProblem(http.get(path + "call-flow.png"), 404, "File not found");
    List<String> audit = http.get("api/audit?limit=200", ADMIN).json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("target").equals("article:anatomy-of-an-interaction/files/call-flow.png")).map(e -> e.getString("actor") + " " + e.getString("action")).toList();
    assertThat(audit).containsExactlyInAnyOrder("lan file.add", "lan file.replace", "lan file.remove");
  }

  @Test
  void anArticleIsRetiredFromEveryLanguageAndReinstatedAsItWas() throws Exception {
    String slug = "five-things-tech-support-wont-tell-you";
    String path = "api/articles/" + slug + "/retirement";
    assertProblem(http.send("PUT", path, "", "Content-Type", "application/json"), 401, "Sign-in required");
    assertProblem(http.send("PUT", "api/articles/ten-ways-help-desk-techs-improve-service/retirement", "", LAN), 403, "Forbidden");
    assertProblem(http.send("PUT", "api/articles/no-such-article/retirement", "", LAN), 404, "Article not found");
    assertProblem(http.send("PUT", path, "{\"reason\":\"x\"}", LAN), 400, "Unknown field");

    Http.Answer retired = http.send("PUT", path, "{\"because\":\"Thay bằng bài mới về chuyển cấp\"}", LAN);
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    assertThat(retired.json().getBoolean("retired")).isTrue();
    assertThat(retired.json().getString("by")).isEqualTo("lan");
    assertThat(http.send("PUT", path, "", LAN).json().getString("because")).as("retiring again changes nothing").isEqualTo("Thay bằng bài mới về chuyển cấp");
    assertThat(http.get("api/articles/" + slug + "?lang=vi").status()).isEqualTo(404);
    assertThat(http.get("vi/articles/" + slug).status()).as("gone, not unknown").isEqualTo(410);
    Polling.until(Duration.ofSeconds(15), () -> searchSlugs("vi", "5 điều nhân viên hỗ trợ kỹ thuật sẽ không nói với bạn"), hits -> !hits.contains(slug));
    assertThat(http.get("en/editor?status=retired", LAN).body()).contains("/en/editor/" + slug + "/vi");

    Http.Answer back = http.send("DELETE", path, "", LAN);
    assertThat(back.json().getBoolean("retired")).isFalse();
    assertThat(http.get("api/articles/" + slug + "?lang=vi").status()).isEqualTo(200);
    Polling.until(Duration.ofSeconds(15), () -> searchSlugs("vi", "5 điều nhân viên hỗ trợ kỹ thuật sẽ không nói với bạn"), hits -> hits.contains(slug));
    List<String> audit = http.get("api/audit?limit=200", ADMIN).json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("target").equals("article:" + slug)).map(e -> e.getString("actor") + " " + e.getString("action")).toList();
    assertThat(audit).containsExactlyInAnyOrder("lan article.retire", "lan article.reinstate");
  }

  @Test
  void topicsAndTicketStepsAreEditedAsRevisionsOfTheirFilesWithinTheEditorsLanguages() {
    JsonObject topics = http.get("api/vocabulary/categories", LAN).json();
    int revision = topics.getInt("revision");
    String file = topics.getString("file");
    assertThat(file).contains("phone-skills:").contains("vi: ");
    String vietnamese = file.replaceFirst("(phone-skills:\\n(?:  .*\\n)*?  vi: ).*", "$1Kỹ năng nghe máy");
    assertProblem(http.send("PUT", "api/vocabulary/categories", body(vietnamese), LAN), 428, "Precondition required");
    Http.Answer saved = http.send("PUT", "api/vocabulary/categories", body(vietnamese), concat(LAN, "If-Match", "\"" + revision + "\""));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().getInt("revision")).isEqualTo(revision + 1);
    assertThat(http.get("vi/categories/phone-skills").body()).contains("Kỹ năng nghe máy");
    assertProblem(http.send("PUT", "api/vocabulary/categories", body(vietnamese), concat(LAN, "If-Match", "\"" + revision + "\"")), 409, "Edit conflict");
    String english = vietnamese.replaceFirst("(phone-skills:\\n(?:  .*\\n)*?  en: ).*", "$1Telephone craft");
    assertProblem(http.send("PUT", "api/vocabulary/categories", body(english), concat(LAN, "If-Match", "\"" + (revision + 1) + "\"")), 403, "Forbidden");
    Http.Answer broken = http.send("PUT", "api/vocabulary/categories", body("phone-skills:\n  icon: unicorn\n"), concat(ADMIN, "If-Match", "\"" + (revision + 1) + "\""));
    assertProblem(broken, 400, "Invalid topics");
    assertThat(broken.json().getString("detail")).startsWith("Line 2: unknown icon 'unicorn'");
    assertProblem(http.get("api/vocabulary/colours", LAN), 404, "Not found");

    // A ticket step a guide uses cannot go; renaming one in the editor's language is in effect at once.
    JsonObject steps = http.get("api/vocabulary/ticket-steps", ADMIN).json();
    String stepsFile = steps.getString("file");
    String withoutHold = stepsFile.replaceAll("(?s)- id: hold\\n(?:  [a-z]{2}: .*?\\n)+", "");
    assertThat(withoutHold).doesNotContain("id: hold");
    assertProblem(http.send("PUT", "api/vocabulary/ticket-steps", body(withoutHold), concat(ADMIN, "If-Match", "\"" + steps.getInt("revision") + "\"")),
        409, "Ticket step in use");
    String renamed = stepsFile.replaceFirst("(- id: greet\\n(?:  .*\\n)*?  vi: ).*", "$1Chào người gọi");
    Http.Answer stepSaved = http.send("PUT", "api/vocabulary/ticket-steps", body(renamed), concat(LAN, "If-Match", "\"" + steps.getInt("revision") + "\""));
    assertThat(stepSaved.status()).as(stepSaved.body()).isEqualTo(200);
    assertThat(http.get("api/ticket-steps?lang=vi").json().getJsonArray("steps").getJsonObject(0).getString("name")).isEqualTo("Chào người gọi");
    List<String> audit = http.get("api/audit?limit=200", ADMIN).json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
        .map(e -> e.getString("actor") + " " + e.getString("action")).toList();
    assertThat(audit).contains("lan categories.save", "lan ticket-steps.save");
  }

  private static String body(String file) {
    return jakarta.json.Json.createObjectBuilder().add("file", file).add("message", "Clearer names").build().toString();
  }

  private List<String> searchSlugs(String lang, String q) {
    return http.get("api/search?lang=" + lang + "&q=" + Http.encode(q)).json().getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getString("article")).toList();
  }

  private static void assertProblem(Http.Answer answer, int status, String title) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getString("title")).isEqualTo(title);
  }
}
