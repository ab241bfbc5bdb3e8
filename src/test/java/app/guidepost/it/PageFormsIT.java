package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page forms over HTTP, as a browser and as a forger would send them: every state-changing
 * form (feedback, starting and answering a guide, the support request, sign-in, the console's
 * guides) is accepted only with the token its page carried, and refused with a readable page in
 * the visitor's language otherwise. Also: the session id changes at sign-in on the page, and
 * error pages show no internals.
 */
@ExtendWith(ArquillianExtension.class)
class PageFormsIT {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String ARTICLE = "case-study-difficult-customer";
  private static final String REFUSED_EN = "The form could not be sent: it has expired or did not come from this site. Go back, reload the page and try again.";
  private static final String REFUSED_AR = "تعذّر إرسال النموذج لأن صلاحيته انتهت أو لأنه لم يُرسَل من هذا الموقع. ارجع إلى الصفحة السابقة وأعد تحميلها ثم حاول مرة أخرى.";

  @ArquillianResource URL base;
  private URI uri;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    return Deployments.guidepost("page-forms", Map.of(
        "guidepost.content.dir", Deployments.seedContent().toString(),
        "guidepost.data.dir", TempFolders.create("guidepost-page-forms").toString()));
  }

  @BeforeEach
  void ready() throws Exception {
    uri = base.toURI();
    new Http(uri).awaitReady(Duration.ofMinutes(2));
  }

  private static Http.Answer post(Http browser, String path, String form, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = FORM;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return browser.post(path, form, all);
  }

  private static void assertRefusedForm(Http.Answer answer, String lang, String dir, String message) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body()).contains("<html lang=\"" + lang + "\" dir=\"" + dir + "\">").contains("<p>" + message + "</p>");
  }

  @Test
  void feedbackIsTakenOnlyWithTheTokenOfItsPage() {
    Http reader = Http.withCookies(uri);
    Http.Answer article = reader.get("en/articles/" + ARTICLE);
    assertThat(article.status()).isEqualTo(200);
    String setCookie = article.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GUIDEPOST_FORM=")).findFirst().orElseThrow();
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    String token = article.formToken();
    assertThat(reader.cookie("GUIDEPOST_FORM")).contains(token);
    // The next page keeps the same token: several open tabs all work.
    Http.Answer again = reader.get("en/articles/" + ARTICLE);
    assertThat(again.formToken()).isEqualTo(token);
    assertThat(again.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("GUIDEPOST_FORM="));

    Http.Answer taken = post(reader, "en/articles/" + ARTICLE + "/feedback", "helpful=yes&csrf=" + token);
    assertThat(taken.status()).isEqualTo(303);
    assertThat(taken.headers().firstValue("Location").orElseThrow()).endsWith("/en/articles/" + ARTICLE + "?thanks#helpful");

    // A forged form: no token, a made-up token, a token of another browser, another site's origin.
    assertRefusedForm(post(reader, "en/articles/" + ARTICLE + "/feedback", "helpful=no"), "en", "ltr", REFUSED_EN);
    assertRefusedForm(post(reader, "en/articles/" + ARTICLE + "/feedback", "helpful=no&csrf=" + "A".repeat(43)), "en", "ltr", REFUSED_EN);
    Http other = Http.withCookies(uri);
    String othersToken = other.get("en/articles/" + ARTICLE).formToken();
    assertRefusedForm(post(reader, "en/articles/" + ARTICLE + "/feedback", "helpful=no&csrf=" + othersToken), "en", "ltr", REFUSED_EN);
    assertRefusedForm(post(reader, "en/articles/" + ARTICLE + "/feedback", "helpful=no&csrf=" + token, "Origin", "https://evil.example"),
        "en", "ltr", REFUSED_EN);
    // Without any cookie (a cross-site post from a browser that withholds it) nothing matches either.
    assertRefusedForm(post(new Http(uri), "en/articles/" + ARTICLE + "/feedback", "helpful=no&csrf=" + token), "en", "ltr", REFUSED_EN);
    // The browser says another site's page posted it (Fetch Metadata): refused even with the right token.
    assertRefusedForm(post(reader, "en/articles/" + ARTICLE + "/feedback", "helpful=no&csrf=" + token, "Sec-Fetch-Site", "cross-site"),
        "en", "ltr", REFUSED_EN);
    assertRefusedForm(post(reader, "en/articles/" + ARTICLE + "/feedback", "helpful=no&csrf=" + token, "Sec-Fetch-Site", "same-site"),
        "en", "ltr", REFUSED_EN);
    // The browser says a page of this site posted it: a token of a tab opened alongside (whose cookie was
    // replaced by the other tab's) or of a browser that keeps no cookies is still the visitor's own.
    assertThat(post(reader, "en/articles/" + ARTICLE + "/feedback", "helpful=yes&csrf=" + othersToken, "Sec-Fetch-Site", "same-origin").status())
        .isEqualTo(303);
    assertThat(post(new Http(uri), "en/articles/" + ARTICLE + "/feedback", "helpful=yes&csrf=" + token, "Sec-Fetch-Site", "same-origin").status())
        .isEqualTo(303);
    assertRefusedForm(post(new Http(uri), "en/articles/" + ARTICLE + "/feedback", "helpful=no", "Sec-Fetch-Site", "same-origin"), "en", "ltr", REFUSED_EN);

    // A bad value with the right token is a 400 page in the visitor's language.
    Http.Answer bad = post(reader, "ar/articles/" + ARTICLE + "/feedback", "helpful=maybe&csrf=" + token);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("<h1>هناك خطأ في الطلب</h1>");
  }

  @Test
  void aGuideIsStartedAndAnsweredOnlyWithTheTokenOfItsPage() {
    Http reader = Http.withCookies(uri);
    Http.Answer guide = reader.get("ar/guides/cant-get-online");
    assertThat(guide.status()).isEqualTo(200);
    String token = guide.formToken();
    assertRefusedForm(post(reader, "ar/guides/cant-get-online", ""), "ar", "rtl", REFUSED_AR);
    assertRefusedForm(post(reader, "ar/guides/cant-get-online", "csrf=" + token, "Origin", "http://evil.example"), "ar", "rtl", REFUSED_AR);

    Http.Answer started = post(reader, "ar/guides/cant-get-online", "csrf=" + token);
    assertThat(started.status()).isEqualTo(303);
    String walkthrough = started.headers().firstValue("Location").orElseThrow();
    assertThat(walkthrough).contains("/ar/walkthroughs/");
    String path = walkthrough.substring(walkthrough.indexOf("ar/walkthroughs/"));
    Http.Answer first = reader.get(path);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.formToken()).isEqualTo(token);
    Matcher step = Pattern.compile("name=\"step\" value=\"([^\"]+)\"").matcher(first.body());
    Matcher choice = Pattern.compile("name=\"choice\" value=\"([^\"]+)\"").matcher(first.body());
    assertThat(step.find() && choice.find()).isTrue();
    String answer = "action=answer&step=" + step.group(1) + "&choice=" + choice.group(1);

    // Someone who learned the walkthrough's address still cannot answer for the visitor.
    assertRefusedForm(post(Http.withCookies(uri), path, answer), "ar", "rtl", REFUSED_AR);
    assertThat(reader.get(path).body()).contains("name=\"step\" value=\"" + step.group(1) + "\"");

    // Walkthrough pages send no referrer, so browsers post their forms with "Origin: null": the token decides.
    assertRefusedForm(post(reader, path, answer, "Origin", "null"), "ar", "rtl", REFUSED_AR);
    assertThat(post(reader, path, answer + "&csrf=" + token, "Origin", "null").status()).isEqualTo(303);
    assertThat(reader.get(path).body()).doesNotContain("name=\"step\" value=\"" + step.group(1) + "\"");
  }

  @Test
  void signingInOnThePageNeedsItsTokenAndGivesANewSessionId() {
    Http agent = Http.withCookies(uri);
    Http.Answer signInPage = agent.get("en/sign-in");
    String visitorToken = signInPage.formToken();
    String credentials = "username=" + Deployments.ADMIN + "&password=" + Http.encode(Deployments.ADMIN_PASSWORD) + "&returnTo=" + Http.encode("/en/console");
    assertRefusedForm(post(agent, "en/sign-in", credentials), "en", "ltr", REFUSED_EN);
    assertThat(agent.cookie("GUIDEPOST_SESSION")).isEmpty();

    Http.Answer signedIn = post(agent, "en/sign-in", credentials + "&csrf=" + visitorToken);
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/en/console");
    String sessionCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GUIDEPOST_SESSION=")).findFirst().orElseThrow();
    assertThat(sessionCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    String firstSession = agent.cookie("GUIDEPOST_SESSION").orElseThrow();

    // Signed in, forms carry the session's token, not the visitor's.
    Http.Answer console = agent.get("en/console");
    assertThat(console.status()).isEqualTo(200);
    String sessionToken = console.formToken();
    assertThat(sessionToken).isNotEqualTo(visitorToken);
    assertThat(console.body()).contains("<form method=\"post\" action=\"" + uri.getPath() + "en/guides/customer-is-upset\"><input type=\"hidden\" name=\"csrf\" value=\"" + sessionToken + "\">");
    assertRefusedForm(post(agent, "en/guides/customer-is-upset", ""), "en", "ltr", REFUSED_EN);
    // Signed in, a form cookie's token (one a sibling site could have planted) no longer counts.
    assertThat(agent.cookie("GUIDEPOST_FORM")).contains(visitorToken);
    assertRefusedForm(post(agent, "en/guides/customer-is-upset", "csrf=" + visitorToken), "en", "ltr", REFUSED_EN);
    // Not even when the browser says a page of this site sent it: staff forms need the session's token, always.
    assertRefusedForm(post(agent, "en/guides/customer-is-upset", "csrf=" + visitorToken, "Sec-Fetch-Site", "same-origin"), "en", "ltr", REFUSED_EN);
    assertRefusedForm(post(agent, "en/sign-out", "csrf=" + visitorToken, "Sec-Fetch-Site", "same-origin"), "en", "ltr", REFUSED_EN);
    assertThat(post(agent, "en/guides/customer-is-upset", "csrf=" + sessionToken).status()).isEqualTo(303);

    // Signing in again on the page never keeps the session id it had.
    Http.Answer again = post(agent, "en/sign-in", credentials + "&csrf=" + agent.get("en/sign-in").formToken());
    assertThat(again.status()).isEqualTo(303);
    assertThat(agent.cookie("GUIDEPOST_SESSION").orElseThrow()).isNotEqualTo(firstSession);

    // Signing out needs the session's token too.
    assertRefusedForm(post(agent, "en/sign-out", ""), "en", "ltr", REFUSED_EN);
    assertThat(agent.get("en/console").status()).isEqualTo(200);
  }

  @Test
  void errorPagesSpeakTheVisitorsLanguageAndShowNoInternals() {
    Http reader = new Http(uri);
    Map<String, String> notFound = Map.of(
        "en/articles/no-such-article", "<h1>Page not found</h1>",
        "ar/articles/no-such-article", "<h1>الصفحة غير موجودة</h1>",
        "de/nowhere/at/all", "<h1>Seite nicht gefunden</h1>");
    notFound.forEach((path, title) -> {
      Http.Answer answer = reader.get(path);
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.body()).contains(title);
      assertNoInternals(answer);
    });
    Http.Answer wrongMethod = reader.get("ar/sign-out");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("<h1>هناك خطأ في الطلب</h1>");
    assertNoInternals(wrongMethod);
    Http.Answer editorForAnonymous = reader.get("ar/editor");
    assertThat(editorForAnonymous.status()).isIn(302, 303);
  }

  private static void assertNoInternals(Http.Answer answer) {
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("app.guidepost").doesNotContain("java.")
        .doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("stack");
  }
}
