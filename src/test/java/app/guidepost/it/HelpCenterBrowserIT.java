package app.guidepost.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The help center in a real headless Chromium, in English and Arabic: search and open an article,
 * walk a guide to its end (solved, or a request to support), see that pages name their language
 * and direction and that no script from article content runs. Screenshots in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class HelpCenterBrowserIT {

  @ArquillianResource URL base;

  /** One Chromium for the class, made as new before each test (see {@link Browser#startAfresh}). */
  private static Browser browser;
  private WebDriver page;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    return Deployments.guidepost("help-center", Map.of(
        "guidepost.content.dir", Deployments.seedContent().toString(),
        "guidepost.data.dir", TempFolders.create("guidepost-help-center").toString()));
  }

  @BeforeEach
  void open() throws Exception {
    new Http(base.toURI()).awaitReady(Duration.ofMinutes(2));
    String origin = base.getProtocol() + "://" + base.getAuthority();
    if (browser != null) {
      try {
        browser.startAfresh(origin);
      } catch (org.openqa.selenium.WebDriverException leftBroken) {
        // A test that failed may leave the browser unable to go on: the next one gets a new one.
        browser.close();
        browser = null;
      }
    }
    if (browser == null) {
      browser = new Browser();
    }
    page = browser.driver();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  private String at(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private void assertLanguage(String lang, String dir) {
    WebElement html = page.findElement(By.tagName("html"));
    assertThat(html.getAttribute("lang")).isEqualTo(lang);
    assertThat(html.getAttribute("dir")).isEqualTo(dir);
  }

  /** Clicks a button by its text and waits for the next page. */
  private void click(String text) {
    // Chromium now and then reports a node found a moment ago as no longer in the document
    // (the page still settling); the click did not happen, so look the button up again.
    for (int attempt = 1; ; attempt++) {
      WebElement button = page.findElements(By.tagName("button")).stream().filter(b -> b.getText().strip().equals(text)).findFirst()
          .orElseThrow(() -> new AssertionError("no button '" + text + "' on " + page.getCurrentUrl()));
      try {
        button.click();
      } catch (org.openqa.selenium.WebDriverException e) {
        if (attempt < 3 && (e instanceof org.openqa.selenium.StaleElementReferenceException
            || String.valueOf(e.getMessage()).contains("does not belong to the document"))) {
          continue;
        }
        throw e;
      }
      awaitNextPage(button);
      return;
    }
  }

  private void clickAndWait(WebElement element) {
    element.click();
    awaitNextPage(element);
  }

  private void submit(WebElement box) {
    box.submit();
    awaitNextPage(box);
  }

  /** The old page is gone and the new one fully parsed: no element is looked up in a page still being replaced. */
  private void awaitNextPage(WebElement onOldPage) {
    WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(15));
    // Chromium reports a node of a page being replaced either as stale or as "not belonging to
    // the document"; both mean the old page is gone.
    wait.until(driver -> {
      try {
        onOldPage.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException gone) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    });
    wait.until(driver -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
  }

  @Test
  void aReaderSearchesAndOpensAnArticleInEnglish() {
    page.get(at("/"));
    assertThat(page.getCurrentUrl()).endsWith("/en/");
    assertLanguage("en", "ltr");
    browser.screenshot("en-home");
    WebElement box = page.findElement(By.id("q"));
    box.sendKeys("put a caller on hold");
    submit(box);
    assertThat(page.getTitle()).contains("put a caller on hold");
    browser.screenshot("en-search");
    List<WebElement> results = page.findElements(By.cssSelector("ol.results li a"));
    assertThat(results).isNotEmpty();
    assertThat(page.findElements(By.cssSelector("ol.results mark"))).isNotEmpty();
    clickAndWait(results.get(0));
    assertThat(page.getCurrentUrl()).contains("/en/articles/");
    assertThat(page.findElement(By.cssSelector("nav.toc")).isDisplayed()).isTrue();
    browser.screenshot("en-article");

    click("Yes");
    assertThat(page.findElement(By.cssSelector(".feedback [role=status]")).getText()).isEqualTo("Thank you for your feedback.");
  }

  @Test
  void aReaderGetsSuggestionsAsTheyTypeAndOpensOneWithTheKeyboard() {
    page.get(at("/en/"));
    WebElement box = page.findElement(By.id("q"));
    assertThat(box.getAttribute("role")).isEqualTo("combobox");
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
    box.sendKeys("anatomy");
    new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> "true".equals(box.getAttribute("aria-expanded")));
    List<WebElement> options = page.findElements(By.cssSelector("#" + box.getAttribute("aria-controls") + " li[role=option]"));
    assertThat(options).extracting(WebElement::getText).contains("Anatomy of an Interaction");
    browser.screenshot("en-suggestions");
    box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
    assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
    assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
    String chosen = options.get(0).getText();
    box.sendKeys(org.openqa.selenium.Keys.ENTER);
    awaitNextPage(box);
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(chosen);

    // In Arabic, from the box at the top of any page; Escape closes the list and keeps what was typed.
    page.get(at("/ar/categories/phone-skills"));
    WebElement top = page.findElement(By.id("q-top"));
    top.sendKeys("دراس");
    new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> "true".equals(top.getAttribute("aria-expanded")));
    browser.screenshot("ar-suggestions");
    top.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    assertThat(top.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(top.getAttribute("value")).isEqualTo("دراس");
    // Arrow down opens the list again; the page with its list open passes axe.
    top.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
    new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> "true".equals(top.getAttribute("aria-expanded")));
    assertThat(axe(null)).as("a page with its suggestions open").isEmpty();
  }

  @Test
  void aReaderSearchesAndOpensAnArticleInArabicRightToLeft() {
    page.get(at("/ar/"));
    assertLanguage("ar", "rtl");
    browser.screenshot("ar-home");
    WebElement box = page.findElement(By.id("q"));
    box.sendKeys("العميل الصعب");
    submit(box);
    browser.screenshot("ar-search");
    clickAndWait(page.findElements(By.cssSelector("ol.results li a[lang=ar]")).get(0));
    assertLanguage("ar", "rtl");
    WebElement article = page.findElement(By.tagName("article"));
    assertThat(article.getAttribute("dir")).isEqualTo("rtl");
    assertThat(page.findElement(By.tagName("h1")).getText()).contains("عميل");
    // The text starts on the right: the heading's right edge is near the page's right edge.
    WebElement heading = page.findElement(By.tagName("h1"));
    long right = heading.getRect().getX() + heading.getRect().getWidth();
    assertThat(right).isGreaterThan(page.manage().window().getSize().getWidth() / 2);
    browser.screenshot("ar-article");

    // A Latin query in an Arabic sentence keeps its question mark at its end: it is isolated
    // in the heading, the page title and the no-results message, and the search box sets its
    // direction from what is typed.
    page.get(at("/ar/search?q=" + java.net.URLEncoder.encode("RAID 5 ok?", java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(page.findElement(By.tagName("h1")).getDomProperty("textContent")).isEqualTo("نتائج البحث عن «\u2068RAID 5 ok?\u2069»");
    assertThat(page.getTitle()).startsWith("نتائج البحث عن «\u2068RAID 5 ok?\u2069»");
    assertThat(page.findElement(By.id("q")).getAttribute("dir")).isEqualTo("auto");
    assertThat(page.findElement(By.id("q")).getAttribute("value")).isEqualTo("RAID 5 ok?");
    browser.screenshot("ar-search-latin-query");
  }

  @Test
  void aReaderBrowsesByTopicWithNamesInTheirLanguageInCollationOrder() {
    page.get(at("/de/"));
    List<String> topics = page.findElements(By.cssSelector("#categories ~ ul li a")).stream().map(WebElement::getText).toList();
    assertThat(topics).contains("Souverän am Telefon", "Schwierige Kunden", "Kundenservice");
    assertThat(topics).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.GERMAN));
    clickAndWait(page.findElement(By.linkText("Souverän am Telefon")));
    assertLanguage("de", "ltr");
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Souverän am Telefon");
    assertThat(page.findElement(By.cssSelector(".results .badge")).getText()).isEqualTo("Auf Norwegisch (Bokmål)");
    browser.screenshot("de-category");

    page.get(at("/ar/"));
    clickAndWait(page.findElement(By.linkText("مهارات الرد على الهاتف")));
    assertLanguage("ar", "rtl");
    assertThat(page.findElement(By.cssSelector("p.meta")).getText()).isEqualTo("مقال واحد");
    clickAndWait(page.findElement(By.cssSelector(".results a")));
    WebElement topic = page.findElement(By.cssSelector("article p.meta a"));
    assertThat(topic.getText()).isEqualTo("مهارات الرد على الهاتف");
    browser.screenshot("ar-category-article");

    page.get(at("/en/categories/no-such-topic"));
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
  }

  @Test
  void aGuideIsWalkedToSupportInEnglishAndToTheEndInArabic() {
    page.get(at("/en/guides/cant-get-online"));
    browser.screenshot("en-guide");
    click("Start the guide");
    assertThat(page.getCurrentUrl()).contains("/en/walkthroughs/");
    browser.screenshot("en-walk-step-1");
    click("Nothing loads at all");
    click("Still nothing loads");
    click("The other device gets online");
    click("Still not online");
    assertThat(page.findElement(By.cssSelector(".outcome")).getText()).contains("support");
    browser.screenshot("en-walk-contact");
    page.findElement(By.id("name")).sendKeys("Ada Lovelace");
    page.findElement(By.id("phone")).sendKeys("call me");
    click("Send to support");
    // Refused by the server, with what was typed kept.
    assertThat(page.findElement(By.cssSelector(".notice[role=alert]")).getText()).contains("is not a phone number");
    assertThat(page.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ada Lovelace");
    page.findElement(By.id("phone")).clear();
    page.findElement(By.id("email")).sendKeys("ada@example.org");
    click("Send to support");
    assertThat(page.findElement(By.cssSelector("p.outcome[role=status]:last-of-type")).getText()).contains("reference");
    browser.screenshot("en-walk-sent");

    page.get(at("/ar/guides/cant-get-online"));
    assertLanguage("ar", "rtl");
    clickAndWait(page.findElement(By.cssSelector("main form button")));
    clickAndWait(page.findElements(By.cssSelector("form.choices button")).get(0));
    clickAndWait(page.findElements(By.cssSelector("form.choices button")).get(0));
    assertThat(page.findElement(By.cssSelector(".outcome-resolved")).isDisplayed()).isTrue();
    browser.screenshot("ar-walk-solved");
    clickAndWait(page.findElements(By.cssSelector(".walk-nav form button")).get(0));
    assertThat(page.findElements(By.cssSelector("form.choices button"))).hasSize(2);
  }

  @Test
  void theLanguageComesFromTheAddressThenTheRememberedChoiceAndPagesAreListedForSearchEngines() throws Exception {
    page.get(at("/vi/"));
    assertLanguage("vi", "ltr");
    page.get(at("/"));
    assertThat(page.getCurrentUrl()).endsWith("/vi/");
    page.get(at("/no/"));
    assertThat(page.getCurrentUrl()).endsWith("/nb/");
    assertLanguage("nb", "ltr");
    page.get(at("/de/search?q=" + java.net.URLEncoder.encode("Kunde", java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(page.findElement(By.tagName("h1")).getText().replaceAll("[\u2068\u2069]", "")).contains("„Kunde“");
    assertThat(page.findElements(By.cssSelector("form.filters input[type=radio]"))).isNotEmpty();
    browser.screenshot("de-search-filters");
    // Narrowed to a topic with the filter form (the API's parameter names), with its count.
    page.get(at("/en/search?q=customer"));
    List<WebElement> topics = page.findElements(By.xpath("//form[@class='filters']/fieldset[legend='Topic']/label"));
    assertThat(topics).hasSizeGreaterThan(2);
    WebElement topic = topics.get(1);
    String label = topic.getText();
    String count = label.replaceAll("(?s).*\\((\\d+)\\)$", "$1");
    topic.click();
    clickAndWait(page.findElement(By.cssSelector("form.filters button[type=submit]")));
    assertThat(page.getCurrentUrl()).contains("&category=");
    assertThat(page.findElement(By.cssSelector("p.count")).getText()).startsWith(count + " result");
    assertThat(page.findElement(By.xpath("//fieldset[legend='Topic']/label[input[@checked]]")).getText()).isEqualTo(label);
    browser.screenshot("en-search-topic");
    page.get(at("/en/no-such-page"));
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");

    Http http = new Http(base.toURI());
    Http.Answer sitemap = http.get("sitemap.xml");
    assertThat(sitemap.contentType()).startsWith("application/xml");
    assertThat(sitemap.body()).contains("/vi/articles/anatomy-of-an-interaction</loc>", "hreflang=\"en\"", "/ar/guides/cant-get-online</loc>")
        .doesNotContain("handling-a-help-desk-call");
    // Alternates in full, with x-default; robots.txt keeps crawlers out of what is not public.
    String article = http.get("vi/articles/anatomy-of-an-interaction").body();
    // In full: the server's own address (never the Host header a client sends), then the path.
    String site = "http://[^/\"]+" + java.util.regex.Pattern.quote(base.getPath().replaceAll("/$", ""));
    assertThat(article).containsPattern("<link rel=\"alternate\" hreflang=\"en\" href=\"" + site + "/en/articles/anatomy-of-an-interaction\">")
        .containsPattern("<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + site + "/en/articles/anatomy-of-an-interaction\">");
    Http.Answer robots = http.get("robots.txt");
    assertThat(robots.contentType()).startsWith("text/plain");
    assertThat(robots.body()).contains("Disallow: " + base.getPath() + "api/", "Disallow: " + base.getPath() + "*/editor")
        .containsPattern("Sitemap: " + site + "/sitemap.xml");
    Http.Answer home = http.get("en/");
    assertThat(home.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private static final String AGENT_PASSWORD = "agent console password";

  private void ensureAgent() throws Exception {
    Http http = new Http(base.toURI());
    if (http.get("api/session", Deployments.basic("mai", AGENT_PASSWORD)).status() == 401) {
      assertThat(http.post("api/accounts", "{\"username\":\"mai\",\"displayName\":\"Mai\",\"password\":\"" + AGENT_PASSWORD + "\",\"role\":\"agent\"}",
          Deployments.asAdmin()).status()).isEqualTo(201);
    }
  }

  private void focused(String id) {
    assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo(id);
  }

  @Test
  void anAgentSignsInAndUsesTheConsoleWithTheKeyboardOnly() throws Exception {
    ensureAgent();
    page.get(at("/en/console"));
    assertThat(page.getCurrentUrl()).contains("/en/sign-in?returnTo=");
    browser.screenshot("en-sign-in");
    focused("username");
    org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(page);
    keys.sendKeys("mai").sendKeys(org.openqa.selenium.Keys.TAB).sendKeys("wrong password").sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    new WebDriverWait(page, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(".notice[role=alert]")).isEmpty());
    assertThat(page.findElement(By.cssSelector(".notice[role=alert]")).getText()).isEqualTo("The name or the password is wrong.");
    page.findElement(By.id("password")).sendKeys(AGENT_PASSWORD, org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/en/console"));
    assertThat(page.findElement(By.cssSelector(".signout span")).getText()).isEqualTo("Signed in as Mai");

    // "/" focuses the search; results follow the typing; arrows and Enter open one.
    new org.openqa.selenium.interactions.Actions(page).sendKeys("/").perform();
    focused("console-q");
    new org.openqa.selenium.interactions.Actions(page).sendKeys("hold").perform();
    new WebDriverWait(page, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#console-results li a")).isEmpty());
    browser.screenshot("en-console-search");
    new org.openqa.selenium.interactions.Actions(page).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN).perform();
    String target = page.switchTo().activeElement().getAttribute("href");
    assertThat(target).containsAnyOf("/en/articles/", "/en/guides/");
    new org.openqa.selenium.interactions.Actions(page).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(target));

    // The ticket-step panel: guidance for "hold" comes from the agents' call guide.
    page.get(at("/en/console?step=hold"));
    assertThat(page.findElement(By.id("guidance-title")).getText()).contains("hold");
    assertThat(page.findElement(By.cssSelector(".guidance")).getText()).contains("Handling a help-desk call").contains("Internal");
    browser.screenshot("en-console-step");

    // The call's notes, one key away: the step passed, a line typed, the article opened from a result.
    WebElement callNotes = page.findElement(By.id("call-notes"));
    assertThat(callNotes.getAttribute("value")).contains("Step: ");
    new org.openqa.selenium.interactions.Actions(page).sendKeys("n").perform();
    focused("call-notes");
    new org.openqa.selenium.interactions.Actions(page).sendKeys("Caller waits while I check the print queue.").perform();
    page.findElement(By.id("console-q")).sendKeys("hold");
    new WebDriverWait(page, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#console-results li p")).isEmpty());
    browser.screenshot("en-console-call");
    WebElement first = page.findElement(By.cssSelector("#console-results li a"));
    String opened = first.getText();
    clickAndWait(first);
    page.get(at("/en/console?step=hold"));
    assertThat(page.findElement(By.id("call-notes")).getAttribute("value"))
        .contains("Caller waits while I check the print queue.").contains("Read: " + opened)
        .as("the step is noted once").satisfies(v -> assertThat(v.split("Step: ", -1)).hasSize(2));
    clickAndWait(page.findElement(By.cssSelector("[data-new-call]")));
    assertThat(page.findElement(By.id("call-notes")).getAttribute("value")).isEmpty();

    // Walkthrough mode: an agent guide, with ticket notes copied by one key.
    page.get(at("/en/console"));
    clickAndWait(page.findElements(By.cssSelector(".guidance form button")).get(0));
    assertThat(page.getCurrentUrl()).contains("/en/walkthroughs/");
    WebElement notes = page.findElement(By.id("ticket-notes"));
    assertThat(notes.getAttribute("value")).startsWith("Guided help: ");
    new org.openqa.selenium.interactions.Actions(page).sendKeys("c").perform();
    new WebDriverWait(page, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector("[data-copy-status]")).getText().equals("Copied to the clipboard."));
    browser.screenshot("en-console-walkthrough");

    page.get(at("/ar/console"));
    assertLanguage("ar", "rtl");
    browser.screenshot("ar-console");
    clickAndWait(page.findElement(By.cssSelector(".signout button")));
    assertThat(page.getCurrentUrl()).endsWith("/ar/");
    page.get(at("/en/console"));
    assertThat(page.getCurrentUrl()).contains("/en/sign-in");
  }

  @Test
  void signingInNeverSendsTheAgentToAnotherSite() throws Exception {
    ensureAgent();
    page.get(at("/en/sign-in?returnTo=" + java.net.URLEncoder.encode("//evil.example/x", java.nio.charset.StandardCharsets.UTF_8)));
    page.findElement(By.id("username")).sendKeys("mai");
    page.findElement(By.id("password")).sendKeys(AGENT_PASSWORD);
    clickAndWait(page.findElement(By.cssSelector(".signin button")));
    assertThat(page.getCurrentUrl()).startsWith(at("/en/console"));
  }

  private static final String EDITOR_PASSWORD = "editor pages password";

  private void signIn(String username, String password, String returnTo) {
    page.get(at("/en/sign-in?returnTo=" + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8)));
    page.findElement(By.id("username")).sendKeys(username);
    page.findElement(By.id("password")).sendKeys(password);
    clickAndWait(page.findElement(By.cssSelector(".signin button")));
  }

  @Test
  void anEditorTranslatesSideBySideAndMeetsTheConflictPageWhenSomeoneSavedFirst() throws Exception {
    Http http = new Http(base.toURI());
    ensureEditor();
    signIn("linh", EDITOR_PASSWORD, "/en/editor");
    assertThat(page.getCurrentUrl()).endsWith("/en/editor");
    assertThat(page.findElement(By.cssSelector("table.status.articles")).getText()).contains("Anatomy of an Interaction");
    // The overview counts per language what is missing, as the localization API does.
    JsonObject arabic = http.get("api/localization", Deployments.asAdmin()).json().getJsonObject("ar");
    long missing = arabic.getJsonObject("articles").getJsonNumber("missing").longValue() + arabic.getJsonObject("guides").getJsonNumber("missing").longValue();
    assertThat(missing).isPositive();
    assertThat(page.findElement(By.xpath("//table[contains(@class,'totals')]//tr[th='missing']/td[5]")).getText()).isEqualTo(String.valueOf(missing));
    browser.screenshot("en-editor-list");

    page.get(at("/en/editor/anatomy-of-an-interaction/vi"));
    WebElement body = page.findElement(By.id("body"));
    assertThat(page.findElement(By.id("title")).getAttribute("value")).isEqualTo("Cấu trúc của một lần tương tác hỗ trợ");
    assertThat(page.findElement(By.cssSelector(".source")).getText()).contains("Anatomy of an Interaction");
    // The term check beside the source says what the API says, with a term of the help desk's own the Vietnamese text does not use.
    Http.Answer term = http.send("PUT", "api/terms/acme-zqinteraction", "{\"terms\":{\"en\":[{\"text\":\"interaction\",\"status\":\"preferred\"}],"
        + "\"vi\":[{\"text\":\"zqtuongtac\",\"status\":\"preferred\"}]}}", Deployments.asAdmin());
    assertThat(term.status()).as(term.body()).isEqualTo(201);
    page.navigate().refresh();
    body = page.findElement(By.id("body"));
    jakarta.json.JsonArray findings = http.get("api/articles/anatomy-of-an-interaction/translations/vi/terms", Deployments.asAdmin()).json()
        .getJsonArray("findings");
    assertThat(findings).isNotEmpty();
    assertThat(page.findElement(By.id("terms")).getText()).isEqualTo("Terms to check");
    List<WebElement> listed = page.findElements(By.cssSelector("ul.missing-terms li"));
    assertThat(listed).hasSize(findings.size());
    assertThat(listed).extracting(WebElement::getText).anyMatch(text -> text.contains("interaction → zqtuongtac"));
    body.sendKeys(org.openqa.selenium.Keys.END, "\n\nMột đoạn mới từ trình duyệt.");
    new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("preview-html")).getText().contains("Một đoạn mới từ trình duyệt."));
    browser.screenshot("en-editor-edit");

    // Someone else saves the Vietnamese text meanwhile.
    JsonObjectCheck current = JsonObjectCheck.of(http.get("api/articles/anatomy-of-an-interaction/translations/vi", Deployments.asAdmin()).json());
    String theirs = Json.createObjectBuilder().add("title", current.title()).add("body", current.body() + "\n\nĐoạn của người khác.")
        .add("state", "published").add("translationOf", "en").add("sourceRevision", current.sourceRevision()).build().toString();
    assertThat(http.send("PUT", "api/articles/anatomy-of-an-interaction/translations/vi", theirs,
        Deployments.asAdmin()[0], Deployments.asAdmin()[1], "If-Match", "\"" + current.revision() + "\"").status()).isEqualTo(200);

    click("Save");
    browser.screenshot("en-editor-conflict");
    assertThat(page.findElements(By.id("conflict"))).as(page.getTitle() + " " + page.getCurrentUrl()).isNotEmpty();
    assertThat(page.findElement(By.id("conflict")).getText()).isEqualTo("Someone saved first");
    assertThat(page.findElement(By.cssSelector(".conflict pre")).getText()).contains("Đoạn của người khác.").contains("Một đoạn mới từ trình duyệt.");
    // Only what differs is marked: the shared text stays unmarked.
    assertThat(page.findElements(By.cssSelector(".conflict .diff-same"))).isNotEmpty();
    assertThat(page.findElements(By.cssSelector(".conflict .diff-del")).size()).isLessThan(4);
    assertThat(page.findElement(By.id("body")).getAttribute("value")).contains("Một đoạn mới từ trình duyệt.");
    browser.screenshot("en-editor-conflict");
    click("Save");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("Saved as revision");

    page.get(at("/ar/editor"));
    assertLanguage("ar", "rtl");
    browser.screenshot("ar-editor-list");
    page.get(at("/ar/editor/case-study-difficult-customer/ar"));
    assertLanguage("ar", "rtl");
    assertThat(page.findElement(By.id("title")).getAttribute("value")).contains("عميل");
    browser.screenshot("ar-editor-edit");
  }

  @Test
  void anEditorFindsAConceptAddsATermRetiresItAndImportsATbxFileOnTheTermbasePage() throws Exception {
    Http http = new Http(base.toURI());
    ensureEditor();
    signIn("linh", EDITOR_PASSWORD, "/en/editor");
    clickAndWait(page.findElement(By.linkText("Termbase: the words for each concept in every language")));
    assertThat(page.getCurrentUrl()).endsWith("/en/editor/terms");
    WebElement words = page.findElement(By.id("terms-q"));
    words.sendKeys("nguoi goi");
    submit(words);
    WebElement table = page.findElement(By.cssSelector("table.terms"));
    assertThat(table.getText()).as("found without the diacritics typed").contains("người gọi").contains("caller");
    browser.screenshot("en-terms-list");

    clickAndWait(table.findElement(By.linkText("svc-caller")));
    assertThat(page.getCurrentUrl()).endsWith("/en/editor/terms?concept=svc-caller");
    WebElement norwegian = page.findElement(By.name("terms.nb"));
    assertThat(norwegian.getAttribute("value")).isNotBlank();
    norwegian.sendKeys(org.openqa.selenium.Keys.END, "\nzqringer");
    browser.screenshot("en-term-edit");
    click("Save");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).isEqualTo("Saved as revision 1; in effect at once.");
    assertThat(page.findElement(By.name("terms.nb")).getAttribute("value")).endsWith("zqringer");
    assertThat(http.get("api/search?lang=nb&q=zqringer").json().getInt("total")).as("the new term finds what the concept's words find").isPositive();

    click("Retire");
    assertThat(page.findElement(By.cssSelector("p.notice")).getText()).startsWith("This concept is retired");
    assertThat(page.findElements(By.cssSelector("ol.history li"))).hasSize(2);
    assertThat(http.get("api/search?lang=nb&q=zqringer").json().getInt("total")).isZero();
    click("Restore and save");
    assertThat(page.findElements(By.cssSelector("p.notice"))).isEmpty();

    // Back to the shipped version, after a confirmation that shows it and keeps what was typed meanwhile.
    page.findElement(By.name("terms.en")).sendKeys(org.openqa.selenium.Keys.END, "\nzqunsaved");
    click("Revert to the file's version");
    WebElement confirmation = page.findElement(By.cssSelector("section.confirm-revert"));
    assertThat(confirmation.findElement(By.tagName("h2")).getText()).isEqualTo("Revert to the file's version?");
    assertThat(confirmation.getText()).contains("From: Shipped with Guidepost").doesNotContain("zqringer");
    click("Keep editing");
    assertThat(page.findElements(By.cssSelector("section.confirm-revert"))).isEmpty();
    assertThat(page.findElement(By.name("terms.en")).getAttribute("value")).as("unsaved input kept").endsWith("zqunsaved");
    click("Revert to the file's version");
    browser.screenshot("en-term-revert");
    // Someone retires the concept meanwhile: nothing is reverted, what was typed stays, and the retired concept can be reverted.
    String[] retire = java.util.stream.Stream.concat(java.util.Arrays.stream(Deployments.asAdmin()), java.util.stream.Stream.of("If-Match", "\"3\""))
        .toArray(String[]::new);
    assertThat(http.send("DELETE", "api/terms/svc-caller", "", retire).status()).isEqualTo(200);
    click("Revert");
    assertThat(page.findElement(By.cssSelector("section.conflict")).getText())
        .contains("Revision 4 was saved after you opened this concept, so nothing was reverted.");
    assertThat(page.findElement(By.name("terms.en")).getAttribute("value")).endsWith("zqunsaved");
    click("Revert to the file's version");
    click("Revert");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).isEqualTo("Reverted to the file's version as revision 5; in effect at once.");
    assertThat(page.findElements(By.cssSelector("p.notice"))).as("in use again").isEmpty();
    assertThat(page.findElement(By.name("terms.nb")).getAttribute("value")).doesNotContain("zqringer");
    assertThat(page.findElement(By.name("terms.en")).getAttribute("value")).doesNotContain("zqunsaved");
    assertThat(page.findElements(By.cssSelector("ol.history li")).get(0).getText()).contains("reverted to the file's version");
    assertThat(page.findElements(By.tagName("button")).stream().map(WebElement::getText)).doesNotContain("Revert to the file's version");
    assertThat(http.get("api/search?lang=nb&q=zqringer").json().getInt("total")).isZero();

    // A TBX file from a terminology tool.
    java.nio.file.Path file = java.nio.file.Files.createTempFile("termbase", ".tbx");
    java.nio.file.Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
        <conceptEntry id="acme-zqbrowser"><langSec xml:lang="en"><termSec><term>zqbrowserportal</term></termSec></langSec></conceptEntry>
        <conceptEntry id="acme bad"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>
        </body></text></tbx>
        """);
    page.get(at("/en/editor/terms"));
    page.findElement(By.id("terms-file")).sendKeys(file.toString());
    click("Import");
    WebElement outcome = page.findElement(By.cssSelector(".outcome[role=status]"));
    assertThat(outcome.getText()).startsWith("Imported: 1 new, 0 changed, 0 unchanged.").contains("Line 4: the id 'acme bad' cannot be used");
    browser.screenshot("en-terms-imported");

    page.get(at("/ar/editor/terms?missing=ar&q=zqbrowserportal"));
    assertLanguage("ar", "rtl");
    assertThat(page.findElement(By.cssSelector("table.terms")).getText()).contains("acme-zqbrowser");
    browser.screenshot("ar-terms-list");
    page.get(at("/ar/editor/terms?concept=acme-zqbrowser"));
    assertLanguage("ar", "rtl");
    assertThat(page.findElement(By.name("terms.en")).getAttribute("value")).isEqualTo("zqbrowserportal");
    browser.screenshot("ar-term-edit");
  }

  @Test
  void anEditorReadsWhatSearchLearnedFromTheTranslationsAndFindsAWordInTheTermbase() throws Exception {
    Http http = new Http(base.toURI());
    ensureEditor();
    // The fixture's articles share too little between two languages to learn from: three short
    // articles in English and German, published, teach which German words render which English ones.
    String[][] articles = {
        {"lexicon-toner", "Replace the printer toner", "Open the printer cover. Replace the toner cartridge. Print a test page.",
            "Toner des Druckers ersetzen", "Öffnen Sie die Abdeckung des Druckers. Ersetzen Sie die Tonerkartusche. Drucken Sie eine Testseite."},
        {"lexicon-jam", "Clear a paper jam in the printer", "Open the tray of the printer. Remove the jammed paper. Close the tray.",
            "Papierstau im Drucker beheben", "Öffnen Sie das Fach des Druckers. Entfernen Sie das gestaute Papier. Schließen Sie das Fach."},
        {"lexicon-offline", "The printer shows offline", "Restart the printer. Check the network cable of the printer.",
            "Der Drucker zeigt offline an", "Starten Sie den Drucker neu. Prüfen Sie das Netzwerkkabel des Druckers."}};
    for (String[] article : articles) {
      for (int i = 0; i < 2; i++) {
        String json = "{\"title\":\"" + article[1 + 2 * i] + "\",\"body\":\"" + article[2 + 2 * i] + "\",\"state\":\"published\"}";
        Http.Answer saved = http.send("PUT", "api/articles/" + article[0] + "/translations/" + (i == 0 ? "en" : "de"), json, Deployments.asAdmin());
        assertThat(saved.status()).as(saved.body()).isIn(200, 201);
      }
    }
    // The lexicon is learned again in the background once the index has changed.
    Polling.until(java.time.Duration.ofSeconds(120), () -> http.get("api/lexicon", Deployments.asAdmin()).json(),
        view -> view.getBoolean("inStep") && view.getJsonArray("directions").stream().map(jakarta.json.JsonValue::asJsonObject)
            .anyMatch(direction -> direction.getString("from").equals("de") && direction.getString("to").equals("en")));
    signIn("linh", EDITOR_PASSWORD, "/en/editor/terms");
    clickAndWait(page.findElement(By.linkText("Learned from translations")));
    assertThat(page.getCurrentUrl()).endsWith("/en/editor/lexicon");
    new org.openqa.selenium.support.ui.Select(page.findElement(By.id("lexicon-from"))).selectByValue("de");
    new org.openqa.selenium.support.ui.Select(page.findElement(By.id("lexicon-to"))).selectByValue("en");
    click("Show");
    assertThat(page.getCurrentUrl()).contains("from=de").contains("to=en");
    assertThat(page.findElement(By.cssSelector("p.meta[role=status]")).getText()).isEqualTo("Learned from 3 articles that exist in both languages.");
    List<WebElement> rows = page.findElements(By.cssSelector("table.lexicon tbody tr"));
    WebElement printer = rows.stream().filter(row -> row.findElement(By.cssSelector("th")).getText().equals("druck")).findFirst()
        .orElseThrow(() -> new AssertionError(page.findElement(By.cssSelector("table.lexicon")).getText()));
    assertThat(printer.findElement(By.cssSelector("th")).getAttribute("lang")).isEqualTo("de");
    assertThat(printer.findElement(By.cssSelector("td")).getText()).isEqualTo("printer");
    assertThat(printer.findElement(By.cssSelector("td")).getAttribute("lang")).isEqualTo("en");
    assertThat(printer.findElements(By.cssSelector("td")).get(1).getText()).matches("\\d+%");
    browser.screenshot("en-lexicon-de-en");
    clickAndWait(printer.findElement(By.linkText("Find in the termbase")));
    assertThat(page.getCurrentUrl()).endsWith("/en/editor/terms?q=druck");
    assertThat(page.findElement(By.id("terms-q")).getAttribute("value")).isEqualTo("druck");

    page.get(at("/ar/editor/lexicon?from=de&to=en"));
    assertLanguage("ar", "rtl");
    assertThat(page.findElements(By.cssSelector("table.lexicon tbody tr"))).isNotEmpty();
    browser.screenshot("ar-lexicon-de-en");
    page.get(at("/en/editor/lexicon?from=vi&to=nb"));
    assertThat(page.findElement(By.cssSelector(".notice[role=status]")).getText())
        .isEqualTo("Nothing learned for these two languages yet: at least three articles must exist in both.");

    page.get(at("/en/editor/lexicon?from=de&to=de"));
    assertThat(page.findElement(By.cssSelector(".notice[role=status]")).getText()).isEqualTo("Choose two different languages.");
    assertThat(page.findElements(By.cssSelector("table.lexicon"))).isEmpty();
  }

  @Test
  void anEditorCreatesAnArticleWithItsTopicTagsAndAudienceInTheBrowser() throws Exception {
    Http http = new Http(base.toURI());
    ensureEditor();
    signIn("linh", EDITOR_PASSWORD, "/en/editor");
    clickAndWait(page.findElement(By.linkText("New article")));
    assertThat(page.getCurrentUrl()).endsWith("/en/editor/new");
    page.findElement(By.id("slug")).sendKeys("anatomy-of-an-interaction");
    page.findElement(By.id("title")).sendKeys("Toner low warning");
    page.findElement(By.id("body")).sendKeys("Replace the cartridge when the printer says toner is low.\n\n## Steps\n\nOpen the front cover.");
    // The toolbar marks up the selection; arrow keys move along it.
    ((JavascriptExecutor) page).executeScript("var b = document.getElementById('body'); b.focus(); b.setSelectionRange(b.value.length - 12, b.value.length - 7);");
    WebElement bold = page.findElement(By.cssSelector(".md-toolbar button[data-md=bold]"));
    bold.click();
    assertThat(page.findElement(By.id("body")).getAttribute("value")).endsWith("Open the **front** cover.");
    bold.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
    assertThat(page.switchTo().activeElement().getAttribute("data-md")).isEqualTo("italic");
    click("Create the article");
    assertThat(page.findElement(By.cssSelector("p.notice[role=alert]")).getText())
        .startsWith("An article with the address \u2068anatomy-of-an-interaction\u2069 exists already.");
    assertThat(page.findElement(By.id("title")).getAttribute("value")).as("the form keeps what was typed").isEqualTo("Toner low warning");
    WebElement slug = page.findElement(By.id("slug"));
    slug.clear();
    slug.sendKeys("toner-low-warning");
    new org.openqa.selenium.support.ui.Select(page.findElement(By.id("category"))).selectByValue("phone-skills");
    page.findElement(By.id("tags")).sendKeys("printer, toner");
    new org.openqa.selenium.support.ui.Select(page.findElement(By.id("state"))).selectByValue("published");
    browser.screenshot("en-editor-new");
    click("Create the article");
    assertThat(page.getCurrentUrl()).contains("/en/editor/toner-low-warning/en?saved=1");
    JsonObject created = http.get("api/articles/toner-low-warning?lang=en").json();
    assertThat(created.getString("title")).isEqualTo("Toner low warning");
    assertThat(created.getString("category")).isEqualTo("phone-skills");
    assertThat(created.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("printer", "toner");

    // A picture uploaded on the same page goes into the text at the cursor, the text typed so far kept.
    WebElement body = page.findElement(By.id("body"));
    body.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END), "\n\nUnsaved line.");
    java.nio.file.Path folder = TempFolders.create("guidepost-upload");
    java.nio.file.Path svg = java.nio.file.Files.writeString(folder.resolve("Drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    page.findElement(By.id("file")).sendKeys(svg.toString());
    page.findElement(By.cssSelector(".file-upload button[type=submit]")).click();
    new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("files-alert")).getText().isEmpty());
    assertThat(page.findElement(By.id("files-alert")).getText()).startsWith("Files of this type are not accepted.");
    java.nio.file.Path png = java.nio.file.Files.write(folder.resolve("Toner Light (front).PNG"), EditingIT.PNG);
    page.findElement(By.id("file")).sendKeys(png.toString());
    page.findElement(By.cssSelector(".file-upload button[type=submit]")).click();
    new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("files-status")).getText().startsWith("Uploaded"));
    assertThat(page.findElement(By.id("files-status")).getText()).isEqualTo("Uploaded toner-light-front.png. Added to the text at the cursor.");
    assertThat(page.findElement(By.id("files-alert")).getText()).isEmpty();
    assertThat(body.getAttribute("value")).endsWith("Unsaved line.\n\n![](files/toner-light-front.png)\n");
    new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "var i = document.querySelector('#preview-html img'); return i !== null && i.complete && i.naturalWidth === 1;"));
    browser.screenshot("en-editor-files");
    click("Save");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("Saved as revision 2");
    assertThat(page.findElements(By.cssSelector(".file-list li a"))).extracting(WebElement::getText).containsExactly("toner-light-front.png");
    Http.Download picture = http.download("api/articles/toner-low-warning/files/toner-light-front.png");
    assertThat(picture.status()).isEqualTo(200);
    assertThat(picture.body()).isEqualTo(EditingIT.PNG);
    page.get(at("/en/articles/toner-low-warning"));
    assertThat((Boolean) ((JavascriptExecutor) page).executeScript(
        "var i = document.querySelector('main img'); return i !== null && i.complete && i.naturalWidth === 1;")).as("the picture in the article").isTrue();

    // Translated into Arabic with the same picture: the source beside the form shows it, readers of Arabic see it.
    page.get(at("/ar/editor/toner-low-warning/ar"));
    assertThat((Boolean) ((JavascriptExecutor) page).executeScript(
        "var i = document.querySelector('.source img'); return i !== null && i.complete && i.naturalWidth === 1;")).as("the picture in the source").isTrue();
    page.findElement(By.id("title")).sendKeys("تحذير انخفاض الحبر");
    page.findElement(By.id("body")).sendKeys("استبدل الخرطوشة عندما تنبّه الطابعة إلى انخفاض الحبر.\n\n![ضوء الحبر](files/toner-light-front.png)");
    new org.openqa.selenium.support.ui.Select(page.findElement(By.id("state"))).selectByValue("published");
    clickAndWait(page.findElement(By.cssSelector("button[name=action][value=save]")));
    assertThat(page.findElements(By.cssSelector(".outcome[role=status]"))).isNotEmpty();
    browser.screenshot("ar-editor-translation-with-picture");
    page.get(at("/ar/articles/toner-low-warning"));
    assertLanguage("ar", "rtl");
    assertThat((Boolean) ((JavascriptExecutor) page).executeScript(
        "var i = document.querySelector('main img'); return i !== null && i.complete && i.naturalWidth === 1 && i.alt === 'ضوء الحبر';"))
        .as("the picture in the Arabic article").isTrue();
    page.get(at("/en/editor/toner-low-warning/en"));

    // The topic, tags and audience are edited with the text, on the translation's page.
    page.findElement(By.cssSelector("details.metadata summary")).click();
    WebElement tags = page.findElement(By.id("tags"));
    assertThat(tags.getAttribute("value")).isEqualTo("printer, toner");
    tags.clear();
    tags.sendKeys("printer, toner, cartridge");
    page.findElement(By.cssSelector("input[name=audience][value=agent]")).click();
    click("Save");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("Saved as revision 3");
    JsonObject edited = http.get("api/articles/toner-low-warning/translations/en", Deployments.asAdmin()).json();
    assertThat(edited.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("printer", "toner", "cartridge");
    assertThat(edited.getString("audience")).isEqualTo("agent");
    assertThat(http.get("api/articles/toner-low-warning?lang=en").status()).as("internal now: not for readers").isEqualTo(404);
    assertThat(http.download("api/articles/toner-low-warning/files/toner-light-front.png").status()).as("nor its files").isEqualTo(404);
    // Removed from the list, no script needed.
    clickAndWait(page.findElement(By.cssSelector(".file-remove button")));
    assertThat(page.findElement(By.id("files-status")).getText()).isEqualTo("Removed toner-light-front.png.");
    assertThat(page.findElements(By.cssSelector(".file-list li"))).isEmpty();

    // Retired from every language with a reason, then put back as it was.
    page.findElement(By.cssSelector("details.retire summary")).click();
    page.findElement(By.id("because")).sendKeys("Replaced by the new printer guide");
    clickAndWait(page.findElement(By.cssSelector("button[value=retire]")));
    assertThat(page.findElement(By.cssSelector(".retired-notice")).getText()).startsWith("This article is retired: readers no longer see it.")
        .contains("by linh").contains("Reason: \u2068Replaced by the new printer guide\u2069");
    browser.screenshot("en-editor-retired");
    assertThat(axe(null)).as("the page of a retired article").isEmpty();
    clickAndWait(page.findElement(By.cssSelector("button[value=reinstate]")));
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).isEqualTo("The article is back in the help center.");
    assertThat(page.findElements(By.cssSelector(".retired-notice"))).isEmpty();
    page.get(at("/ar/editor/new"));
    assertLanguage("ar", "rtl");
    browser.screenshot("ar-editor-new");

    // A topic renamed and given an icon on the topics page, in effect on the help center at once.
    page.get(at("/en/editor/topics"));
    WebElement englishName = page.findElement(By.cssSelector("input[name$='.en'][aria-label$='support-insights']"));
    englishName.clear();
    englishName.sendKeys("Support from the inside");
    String row = englishName.getAttribute("name").replaceAll("name\\.(\\d+)\\.en", "$1");
    new org.openqa.selenium.support.ui.Select(page.findElement(By.name("icon." + row))).selectByValue("lightbulb");
    page.findElement(By.id("message")).sendKeys("Shorter name");
    click("Save");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("Saved as revision");
    browser.screenshot("en-editor-topics");
    page.get(at("/en/categories/support-insights"));
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Support from the inside");
    assertThat(page.findElements(By.cssSelector("h1 svg.topic-icon"))).hasSize(1);
  }

  @Test
  void anAdminManagesAccountsInTheBrowserAndANewColleagueSetsTheirPasswordWithAResetToken() throws Exception {
    signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD, "/en/editor");
    clickAndWait(page.findElement(By.linkText("Accounts")));
    assertThat(page.getCurrentUrl()).endsWith("/en/admin/accounts");
    page.findElement(By.id("new-username")).sendKeys("minh");
    page.findElement(By.id("new-display")).sendKeys("Trần Minh");
    page.findElement(By.id("new-password")).sendKeys("short");
    new org.openqa.selenium.support.ui.Select(page.findElement(By.id("new-role"))).selectByValue("editor");
    page.findElement(By.cssSelector(".new-account input[name=languages][value=vi]")).click();
    click("Create account");
    assertThat(page.findElement(By.cssSelector("p.notice[role=alert]")).getText()).startsWith("A password has 12 to");
    assertThat(page.findElement(By.id("new-username")).getAttribute("value")).as("the form keeps what was typed").isEqualTo("minh");
    page.findElement(By.id("new-password")).sendKeys("quiet river morning tea");
    click("Create account");
    assertThat(page.findElement(By.cssSelector("p.outcome[role=status]")).getText()).isEqualTo("Account \u2068minh\u2069 created.");
    browser.screenshot("en-admin-accounts");

    // Minh may edit Vietnamese only; the admin adds Norwegian and issues a password reset.
    WebElement row = page.findElement(By.xpath("//table[contains(@class,'accounts')]//tr[th[contains(., 'minh')]]"));
    assertThat(row.findElement(By.cssSelector("input[name=languages][value=vi]")).isSelected()).isTrue();
    row.findElement(By.cssSelector("input[name=languages][value=nb]")).click();
    clickAndWait(row.findElement(By.cssSelector("button[value=update]")));
    Http http = new Http(base.toURI());
    JsonObject minh = http.get("api/accounts", Deployments.asAdmin()).jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("username").equals("minh")).findFirst().orElseThrow();
    assertThat(minh.getString("role")).isEqualTo("editor");
    assertThat(minh.getJsonArray("languages").getValuesAs(jakarta.json.JsonString::getString)).containsExactlyInAnyOrder("nb", "vi");
    row = page.findElement(By.xpath("//table[contains(@class,'accounts')]//tr[th[contains(., 'minh')]]"));
    clickAndWait(row.findElement(By.cssSelector("button[value=reset]")));
    String token = page.findElement(By.cssSelector("code.token")).getText();
    assertThat(token).hasSizeGreaterThan(20);
    // The admin's own row cannot lose its admin role.
    WebElement own = page.findElement(By.xpath("//table[contains(@class,'accounts')]//tr[th[contains(., 'admin')]]"));
    assertThat(own.findElement(By.cssSelector("select[name=role]")).isEnabled()).isFalse();

    clickAndWait(page.findElement(By.linkText("Audit log")));
    assertThat(page.findElement(By.cssSelector("table.audit")).getText()).contains("account.create", "account:minh", "password.reset-issued");
    browser.screenshot("en-admin-audit");

    // The dashboard: a reader's search that found nothing shows up as content to write.
    http.get("api/search?lang=en&q=zqdashboardgap", "X-Forwarded-For", "203.0.113.77");
    Http.Answer walk = http.post("api/walkthroughs", "{\"guide\":\"cant-get-online\",\"lang\":\"en\"}");
    assertThat(walk.status()).as(walk.body()).isEqualTo(201);
    clickAndWait(page.findElement(By.linkText("Dashboard")));
    assertThat(page.getCurrentUrl()).contains("/en/admin/dashboard");
    // Search events are written in batches: the dashboard shows the search within seconds.
    Polling.until(Duration.ofSeconds(30), () -> {
      page.navigate().refresh();
      return page.getPageSource();
    }, source -> source.contains("zqdashboardgap"));
    assertThat(page.findElement(By.id("gaps-head")).findElement(By.xpath("following-sibling::table")).getText()).contains("zqdashboardgap");
    WebElement chart = page.findElement(By.cssSelector("#searches-head ~ figure svg.chart"));
    assertThat(chart.getAttribute("role")).isEqualTo("img");
    assertThat(chart.getAttribute("aria-label")).startsWith("Searches by readers in English per day over the last 30 days");
    assertThat(page.findElements(By.cssSelector("#searches-head ~ details tbody tr"))).hasSize(30);
    // Each guide walked in the period, with its funnel: the walkthrough just started reached the first step.
    WebElement guides = page.findElement(By.xpath("//section[h2[@id='guides-head']]"));
    assertThat(guides.getText()).contains("Walkthroughs:");
    List<WebElement> firstSteps = guides.findElements(By.cssSelector("table tbody tr:first-child td:nth-child(2)"));
    assertThat(firstSteps).isNotEmpty();
    assertThat(Integer.parseInt(firstSteps.get(0).getText())).isPositive();
    browser.screenshot("en-admin-dashboard");
    page.get(at("/ar/admin/dashboard?lang=en&days=7"));
    assertLanguage("ar", "rtl");
    assertThat(page.findElements(By.cssSelector("#searches-head ~ details tbody tr"))).hasSize(7);
    browser.screenshot("ar-admin-dashboard");
    page.get(at("/ar/admin/accounts"));
    assertLanguage("ar", "rtl");
    browser.screenshot("ar-admin-accounts");

    // Minh, signed out, sets a password with the token, then signs in with it.
    page.manage().deleteAllCookies();
    page.get(at("/vi/password-reset"));
    page.findElement(By.id("token")).sendKeys(token);
    page.findElement(By.id("password")).sendKeys("a new password of minh");
    page.findElement(By.id("again")).sendKeys("a new password of minh");
    clickAndWait(page.findElement(By.cssSelector(".signin button")));
    assertThat(page.findElements(By.cssSelector("p.outcome[role=status]"))).hasSize(1);
    browser.screenshot("vi-password-reset-done");
    assertThat(http.get("api/session", Deployments.basic("minh", "a new password of minh")).status()).isEqualTo(200);
    // The token works once.
    page.get(at("/en/password-reset"));
    page.findElement(By.id("token")).sendKeys(token);
    page.findElement(By.id("password")).sendKeys("another password of minh");
    page.findElement(By.id("again")).sendKeys("another password of minh");
    clickAndWait(page.findElement(By.cssSelector(".signin button")));
    assertThat(page.findElement(By.cssSelector("p.notice[role=alert]")).getText()).startsWith("This reset token is unknown, used or expired");
  }

  /** The fields of a working copy the test needs. */
  private record JsonObjectCheck(String title, String body, int revision, int sourceRevision) {
    static JsonObjectCheck of(jakarta.json.JsonObject o) {
      return new JsonObjectCheck(o.getString("title"), o.getString("body"), o.getInt("revision"), o.getInt("sourceRevision"));
    }
  }

  @Test
  void anEditorTranslatesAGuideStepByStepAndMeetsTheConflictWhenSomeoneSavedFirst() throws Exception {
    Http http = new Http(base.toURI());
    ensureEditor();
    signIn("linh", EDITOR_PASSWORD, "/ar/editor");
    assertLanguage("ar", "rtl");
    clickAndWait(page.findElement(By.cssSelector("table.status.guides")).findElement(By.xpath(".//tr[th[contains(., 'Handling a help')]]/td[5]/a")));
    assertThat(page.getCurrentUrl()).endsWith("/ar/editor/guides/handling-a-help-desk-call/ar");
    assertLanguage("ar", "rtl");
    assertThat(page.findElements(By.cssSelector("fieldset.guide-step"))).hasSizeGreaterThan(2);
    assertThat(page.findElement(By.cssSelector(".source")).getText()).contains("Handling a help-desk call");
    page.findElement(By.id("title")).sendKeys("التعامل مع مكالمة الدعم الفني");
    for (WebElement field : page.findElements(By.cssSelector(".guide-step .translation input, .guide-step .translation textarea"))) {
      field.sendKeys(field.getTagName().equals("textarea") ? "استمع إلى المتصل وسجّل ما يقوله." : "خطوة مترجمة");
    }
    browser.screenshot("ar-editor-guide");
    click("احفظ وانشر");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).isEqualTo("حُفظ ونُشر بوصفه المراجعة 1.");
    page.get(at("/ar/guides/handling-a-help-desk-call"));
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("التعامل مع مكالمة الدعم الفني");

    // Someone else saves the Norwegian texts while this editor changes a step title.
    page.get(at("/en/editor/guides/cant-get-online/nb"));
    WebElement firstTitle = page.findElements(By.cssSelector(".guide-step .translation input")).get(0);
    firstTitle.clear();
    firstTitle.sendKeys("Hva er det som ikke virker?");
    JsonObject current = http.get("api/guides/cant-get-online/texts/nb", Deployments.asAdmin()).json();
    jakarta.json.JsonObjectBuilder steps = Json.createObjectBuilder();
    for (jakarta.json.JsonValue value : current.getJsonArray("steps")) {
      JsonObject step = value.asJsonObject();
      jakarta.json.JsonObjectBuilder choices = Json.createObjectBuilder();
      step.getJsonArray("choices").forEach(c -> choices.add(c.asJsonObject().getString("id"), c.asJsonObject().getString("label")));
      steps.add(step.getString("id"), Json.createObjectBuilder().add("title", step.getString("title"))
          .add("body", step.getString("body") + "\n\nEn setning fra en kollega.").add("choices", choices));
    }
    String theirs = Json.createObjectBuilder().add("title", current.getString("title")).add("summary", current.getString("summary"))
        .add("steps", steps).build().toString();
    assertThat(http.send("PUT", "api/guides/cant-get-online/texts/nb", theirs,
        Deployments.asAdmin()[0], Deployments.asAdmin()[1], "If-Match", "\"" + current.getInt("revision") + "\"").status()).isEqualTo(200);

    click("Save and publish");
    assertThat(page.findElement(By.id("conflict")).getText()).isEqualTo("Someone saved first");
    assertThat(page.findElements(By.cssSelector(".guide-step .translation input")).get(0).getAttribute("value")).isEqualTo("Hva er det som ikke virker?");
    browser.screenshot("en-editor-guide-conflict");
    click("Save and publish");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("Saved and published as revision");
  }

  private void ensureEditor() throws Exception {
    Http http = new Http(base.toURI());
    if (http.get("api/session", Deployments.basic("linh", EDITOR_PASSWORD)).status() == 401) {
      assertThat(http.post("api/accounts", "{\"username\":\"linh\",\"password\":\"" + EDITOR_PASSWORD + "\",\"role\":\"editor\"}", Deployments.asAdmin())
          .status()).isEqualTo(201);
    }
  }

  /** Types into the focused field, as a person at the keyboard would. */
  private void type(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(page).sendKeys(keys).perform();
  }

  @Test
  void anAgentUsesTheArabicConsoleWithTheKeyboardOnly() throws Exception {
    ensureAgent();
    page.get(at("/ar/console"));
    assertThat(page.getCurrentUrl()).contains("/ar/sign-in?returnTo=");
    assertLanguage("ar", "rtl");
    focused("username");
    type("mai", org.openqa.selenium.Keys.TAB, AGENT_PASSWORD, org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/ar/console"));
    assertLanguage("ar", "rtl");
    assertThat(page.findElement(By.cssSelector(".signout span")).getText()).isEqualTo("تم تسجيل الدخول باسم Mai");

    type("/");
    focused("console-q");
    type("عميل");
    new WebDriverWait(page, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#console-results li a")).isEmpty());
    browser.screenshot("ar-console-search");
    type(org.openqa.selenium.Keys.ARROW_DOWN);
    String target = page.switchTo().activeElement().getAttribute("href");
    assertThat(target).containsAnyOf("/ar/articles/", "/ar/guides/");
    type(org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(target));
    assertLanguage("ar", "rtl");

    // The ticket-step panel, reached from the keyboard: Tab to the step, Enter.
    page.get(at("/ar/console"));
    WebElement hold = page.findElement(By.xpath("//nav[contains(@class,'ticket-steps')]//a[normalize-space()='وضع المتصل قيد الانتظار']"));
    for (int tabs = 0; tabs < 40 && !hold.equals(page.switchTo().activeElement()); tabs++) {
      type(org.openqa.selenium.Keys.TAB);
    }
    assertThat(page.switchTo().activeElement()).isEqualTo(hold);
    type(org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("step=hold"));
    assertThat(page.findElement(By.id("guidance-title")).getText()).endsWith("وضع المتصل قيد الانتظار");
    browser.screenshot("ar-console-step");

    // Walkthrough mode: the first guide started with Enter, its ticket notes copied with "c".
    page.get(at("/ar/console"));
    WebElement start = page.findElements(By.cssSelector(".guidance form button")).get(0);
    for (int tabs = 0; tabs < 60 && !start.equals(page.switchTo().activeElement()); tabs++) {
      type(org.openqa.selenium.Keys.TAB);
    }
    assertThat(page.switchTo().activeElement()).isEqualTo(start);
    type(org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/ar/walkthroughs/"));
    assertLanguage("ar", "rtl");
    assertThat(page.findElement(By.id("ticket-notes")).getAttribute("value")).isNotBlank();
    type("c");
    new WebDriverWait(page, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector("[data-copy-status]")).getText().equals("تم النسخ إلى الحافظة."));
    browser.screenshot("ar-console-walkthrough");
  }

  @Test
  void anEditorSignsInUnderArabicMeetsTheConflictThenComparesAndRestoresRevisions() throws Exception {
    ensureEditor();
    Http http = new Http(base.toURI());
    page.get(at("/ar/editor"));
    assertThat(page.getCurrentUrl()).contains("/ar/sign-in?returnTo=");
    assertLanguage("ar", "rtl");
    browser.screenshot("ar-sign-in");
    focused("username");
    type("linh", org.openqa.selenium.Keys.TAB, EDITOR_PASSWORD, org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(at("/ar/editor")));
    assertLanguage("ar", "rtl");

    String slug = "case-study-difficult-customer";
    page.get(at("/ar/editor/" + slug + "/ar"));
    String firstBody = page.findElement(By.id("body")).getAttribute("value");
    page.findElement(By.id("body")).sendKeys(org.openqa.selenium.Keys.END, "\n\nفقرة جديدة كتبها المحرر في المتصفح.");
    JsonObject current = http.get("api/articles/" + slug + "/translations/ar", Deployments.asAdmin()).json();
    String theirs = Json.createObjectBuilder().add("title", current.getString("title")).add("body", current.getString("body") + "\n\nفقرة أضافها زميل.")
        .add("state", "published").build().toString();
    assertThat(http.send("PUT", "api/articles/" + slug + "/translations/ar", theirs,
        Deployments.asAdmin()[0], Deployments.asAdmin()[1], "If-Match", "\"" + current.getInt("revision") + "\"").status()).isEqualTo(200);

    click("حفظ");
    assertLanguage("ar", "rtl");
    assertThat(page.findElement(By.id("conflict")).getText()).isEqualTo("سبقك أحدهم إلى الحفظ");
    assertThat(page.findElement(By.cssSelector(".conflict pre")).getText()).contains("فقرة أضافها زميل.").contains("فقرة جديدة كتبها المحرر في المتصفح.");
    assertThat(page.findElement(By.id("body")).getAttribute("value")).contains("فقرة جديدة كتبها المحرر في المتصفح.");
    browser.screenshot("ar-editor-conflict");
    click("حفظ");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("حُفظت التغييرات في المراجعة");

    // The history: compare the first revision with the newest, then restore it.
    clickAndWait(page.findElement(By.linkText("السجل")));
    assertLanguage("ar", "rtl");
    clickAndWait(page.findElement(By.xpath("//ol[contains(@class,'history')]/li[@value='1']//a[normalize-space()='مقارنة بأحدث مراجعة']")));
    List<String> added = page.findElements(By.cssSelector("#diff .diff-add")).stream().map(WebElement::getText).toList();
    assertThat(added).contains("+ فقرة جديدة كتبها المحرر في المتصفح.");
    browser.screenshot("ar-editor-history-diff");
    clickAndWait(page.findElement(By.xpath("//ol[contains(@class,'history')]/li[@value='1']//button[normalize-space()='استعادة كمسودة جديدة']")));
    assertThat(page.getCurrentUrl()).contains("/ar/editor/" + slug + "/ar?saved=");
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("حُفظت التغييرات في المراجعة");
    assertThat(page.findElement(By.id("body")).getAttribute("value").replace("\r\n", "\n")).isEqualTo(firstBody.replace("\r\n", "\n"));
    JsonObject restored = http.get("api/articles/" + slug + "/translations/ar", Deployments.asAdmin()).json();
    assertThat(restored.getString("state")).isEqualTo("draft");
    assertThat(restored.getString("body")).doesNotContain("فقرة جديدة كتبها المحرر في المتصفح.");
  }

  @Test
  void anEditorSeesSectionBySectionWhatChangedInTheSourceSinceTheTranslation() throws Exception {
    ensureEditor();
    Http http = new Http(base.toURI());
    String[] admin = Deployments.asAdmin();
    String first = "Printers queue their jobs.\n\n## Clear the queue\n\nOpen the queue and cancel the stuck job.\n\n"
        + "## Restart the spooler\n\nRestart the print spooler service.";
    assertThat(http.send("PUT", "api/articles/printer-queue/translations/en",
        Json.createObjectBuilder().add("title", "Clear a stuck printer queue").add("state", "published").add("body", first).build().toString(), admin)
        .status()).isIn(200, 201);
    int sourceRevision = http.get("api/articles/printer-queue/translations/en", admin).json().getInt("revision");
    assertThat(http.send("PUT", "api/articles/printer-queue/translations/vi", Json.createObjectBuilder().add("title", "Xóa hàng đợi máy in bị kẹt")
        .add("state", "published").add("translationOf", "en").add("sourceRevision", sourceRevision)
        .add("body", "Máy in xếp các lệnh in vào hàng đợi.\n\n## Xóa hàng đợi\n\nMở hàng đợi và hủy lệnh in bị kẹt.\n\n"
            + "## Khởi động lại bộ đệm in\n\nKhởi động lại dịch vụ Print Spooler.").build().toString(), admin).status()).isIn(200, 201);
    String second = "Printers queue their jobs.\n\n## Clear the queue\n\nOpen the queue, select the stuck job and cancel it.\n\n"
        + "## Restart the spooler\n\nRestart the print spooler service.\n\n## Check the cable\n\nMake sure the USB cable is plugged in.";
    assertThat(http.send("PUT", "api/articles/printer-queue/translations/en",
        Json.createObjectBuilder().add("title", "Clear a stuck printer queue").add("state", "published").add("body", second).build().toString(),
        admin[0], admin[1], "If-Match", "\"" + sourceRevision + "\"").status()).isEqualTo(200);

    signIn("linh", EDITOR_PASSWORD, "/ar/editor/printer-queue/vi");
    assertThat(page.getCurrentUrl()).endsWith("/ar/editor/printer-queue/vi");
    assertLanguage("ar", "rtl");
    assertThat(page.findElement(By.xpath("//section[contains(@class,'source')]/h2[2]")).getText()).isEqualTo("ما تغيّر في الأصل منذ هذه الترجمة");
    List<String> changed = page.findElements(By.cssSelector(".source details summary")).stream().map(WebElement::getText).toList();
    assertThat(changed).containsExactly("Clear the queue (معدَّل)", "Check the cable (مُضاف)");
    WebElement clearTheQueue = page.findElements(By.cssSelector(".source details")).get(0);
    assertThat(clearTheQueue.findElements(By.cssSelector(".diff-del")).stream().map(WebElement::getText))
        .containsExactly("- Open the queue and cancel the stuck job.");
    assertThat(clearTheQueue.findElements(By.cssSelector(".diff-add")).stream().map(WebElement::getText))
        .containsExactly("+ Open the queue, select the stuck job and cancel it.");
    browser.screenshot("ar-editor-source-changes");
  }

  /**
   * This session's editing flows once more under the Arabic interface, right to left: a topic
   * renamed, the toolbar marking up a selection, an article retired and put back, and the call
   * notes in the console.
   */
  @Test
  void anEditorRenamesATopicFormatsTextRetiresAnArticleAndKeepsCallNotesInArabic() throws Exception {
    ensureEditor();
    signIn("linh", EDITOR_PASSWORD, "/ar/editor/topics");
    assertLanguage("ar", "rtl");
    WebElement arabicName = page.findElement(By.cssSelector("input[name$='.ar'][aria-label$='support-insights']"));
    arabicName.clear();
    arabicName.sendKeys("أسرار الدعم الفني");
    clickAndWait(page.findElement(By.cssSelector(".vocabulary-form button[type=submit]")));
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("حُفظت بوصفها المراجعة");
    browser.screenshot("ar-editor-topics");
    page.get(at("/ar/categories/support-insights"));
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("أسرار الدعم الفني");

    page.get(at("/ar/editor/ticket-steps"));
    WebElement greet = page.findElement(By.cssSelector("input[name$='.ar'][aria-label$='greet']"));
    greet.clear();
    greet.sendKeys("رحّب بالمتصل");
    clickAndWait(page.findElement(By.cssSelector(".vocabulary-form button[type=submit]")));
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).startsWith("حُفظت بوصفها المراجعة");
    assertThat(new Http(base.toURI()).get("api/ticket-steps?lang=ar").json().getJsonArray("steps").getJsonObject(0).getString("name"))
        .isEqualTo("رحّب بالمتصل");
    // A new step's id that cannot be one: the message names a step id, the rows typed are kept.
    WebElement newStep = page.findElement(By.cssSelector("input[name^='key.'][placeholder]"));
    assertThat(newStep.getAttribute("placeholder")).isEqualTo("معرّف خطوة جديد");
    newStep.sendKeys("Bad Id");
    ((JavascriptExecutor) page).executeScript("document.querySelector('.vocabulary-form').noValidate = true;");
    clickAndWait(page.findElement(By.cssSelector(".vocabulary-form button[type=submit]")));
    assertThat(page.findElement(By.cssSelector("p.notice[role=alert]")).getText())
        .isEqualTo("لا يصلح «Bad Id» معرّفًا للخطوة: استخدم أحرفًا لاتينية صغيرة من a إلى z وأرقامًا وشرطات مفردة.");
    assertThat(page.findElement(By.cssSelector("input[name^='key.'][placeholder]")).getAttribute("value")).isEqualTo("Bad Id");

    page.get(at("/ar/editor/new"));
    WebElement body = page.findElement(By.id("body"));
    body.sendKeys("أعد تشغيل الموجّه ثم انتظر دقيقتين.");
    ((JavascriptExecutor) page).executeScript("var b = document.getElementById('body'); b.focus(); b.setSelectionRange(0, 3);");
    page.findElement(By.cssSelector(".md-toolbar button[data-md=bold]")).click();
    assertThat(body.getAttribute("value")).startsWith("**أعد** تشغيل");

    page.get(at("/ar/editor/case-study-difficult-customer/ar"));
    page.findElement(By.cssSelector("details.retire summary")).click();
    clickAndWait(page.findElement(By.cssSelector("button[value=retire]")));
    assertThat(page.findElement(By.cssSelector(".retired-notice")).getText()).startsWith("هذه المقالة مسحوبة");
    browser.screenshot("ar-editor-retired");
    assertThat(new Http(base.toURI()).get("ar/articles/case-study-difficult-customer").status()).isEqualTo(410);
    clickAndWait(page.findElement(By.cssSelector("button[value=reinstate]")));
    assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText()).isEqualTo("عادت المقالة إلى مركز المساعدة.");
    assertThat(new Http(base.toURI()).get("ar/articles/case-study-difficult-customer").status()).isEqualTo(200);

    page.get(at("/ar/console?step=hold"));
    assertThat(page.findElement(By.id("call-notes")).getAttribute("value")).contains("الخطوة: ");
    new org.openqa.selenium.interactions.Actions(page).sendKeys("n").perform();
    focused("call-notes");
    browser.screenshot("ar-console-call");
  }

  /**
   * On a phone (390 by 844 CSS pixels), every reader's page fits the screen's width: nothing
   * makes the reader scroll sideways, in English or in Arabic. Screenshots: phone-*.
   */
  @Test
  void everyReadersPageFitsAPhoneScreenInEnglishAndArabic() {
    page.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      List<String> tooWide = new java.util.ArrayList<>();
      for (String lang : List.of("en", "ar")) {
        // One page of each layout: the home page, a result list with its filters, an article, a guide's step, a form.
        for (String path : List.of("/", "/search?q=" + (lang.equals("en") ? "customer" : "%D8%A7%D9%84%D8%B9%D9%85%D9%8A%D9%84"),
            "/articles/anatomy-of-an-interaction", "/guides/cant-get-online", "/contact")) {
          page.get(at("/" + lang + path));
          Long overflow = (Long) ((JavascriptExecutor) page).executeScript(
              "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
          if (overflow > 0) {
            tooWide.add("/" + lang + path + " is " + overflow + " px too wide");
          }
          browser.screenshot("phone-" + lang + path.replaceAll("[^a-z]+", "-").replaceAll("-+$", ""));
        }
      }
      assertThat(tooWide).isEmpty();
    } finally {
      page.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  /**
   * Every kind of page, in English and in Arabic, passes axe-core's WCAG 2.1 A and AA rules
   * (contrast, names and labels, landmarks, language, structure), signed out and signed in.
   */
  @Test
  void everyKindOfPageMeetsWcag21AaInEnglishAndArabic() throws Exception {
    ensureEditor();
    List<String> violations = new java.util.ArrayList<>();
    for (String lang : List.of("en", "ar")) {
      for (String path : List.of("/", "/search?q=" + (lang.equals("en") ? "hold" : "%D8%A7%D9%84%D8%B9%D9%85%D9%8A%D9%84"), "/articles/anatomy-of-an-interaction",
          "/articles/case-study-difficult-customer", "/categories/phone-skills", "/guides/cant-get-online", "/sign-in", "/password-reset",
          "/no-such-page", "/contact?article=anatomy-of-an-interaction")) {
        violations.addAll(axe("/" + lang + path));
      }
      page.get(at("/" + lang + "/guides/cant-get-online"));
      clickAndWait(page.findElement(By.cssSelector("main form button")));
      violations.addAll(axe(null));
      // The contact page refusing a form without a way to answer: the message, the form kept.
      page.get(at("/" + lang + "/contact"));
      page.findElement(By.id("problem")).sendKeys(lang.equals("en") ? "The VPN drops every hour." : "ينقطع الاتصال بالشبكة الافتراضية كل ساعة.");
      page.findElement(By.id("name")).sendKeys(lang.equals("en") ? "Sam Carter" : "سارة أحمد");
      ((JavascriptExecutor) page).executeScript("document.querySelector('form.contact').noValidate = true;");
      clickAndWait(page.findElement(By.cssSelector("form.contact button[type=submit]")));
      assertThat(page.findElement(By.cssSelector("p.notice[role=alert]")).getText())
          .isEqualTo(lang.equals("en") ? "Give an email address or a phone number so that support can answer."
              : "أدخل بريدًا إلكترونيًا أو رقم هاتف ليتمكن فريق الدعم من الرد عليك.");
      browser.screenshot(lang + "-contact-refused");
      violations.addAll(axe(null));
      page.findElement(By.id("email")).sendKeys(lang.equals("en") ? "sam.carter@example.com" : "sara@example.sa");
      clickAndWait(page.findElement(By.cssSelector("form.contact button[type=submit]")));
      assertThat(page.findElement(By.cssSelector(".outcome[role=status]")).getText())
          .startsWith(lang.equals("en") ? "Your request has been sent." : "تم إرسال طلبك");
      browser.screenshot(lang + "-contact-sent");
      violations.addAll(axe(null));
    }
    signIn("linh", EDITOR_PASSWORD, "/en/console");
    for (String lang : List.of("en", "ar")) {
      for (String path : List.of("/console", "/editor", "/editor/anatomy-of-an-interaction/vi", "/editor/anatomy-of-an-interaction/vi/history",
          "/editor/guides/cant-get-online/nb", "/editor/terms", "/editor/terms?q=vpn&missing=ar", "/editor/terms?concept=svc-caller", "/editor/terms?new",
          "/editor/lexicon", "/editor/new", "/editor/topics", "/editor/ticket-steps")) {
        violations.addAll(axe("/" + lang + path));
      }
    }
    page.manage().deleteAllCookies();
    signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD, "/en/admin/accounts");
    for (String lang : List.of("en", "ar")) {
      for (String path : List.of("/admin/accounts", "/admin/audit", "/admin/dashboard")) {
        violations.addAll(axe("/" + lang + path));
      }
    }
    assertThat(violations).isEmpty();

    // Dark, as the reader's system may ask: the same rules, contrast included.
    ((org.openqa.selenium.chromium.ChromiumDriver) page).executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      for (String path : List.of("/en/", "/ar/articles/case-study-difficult-customer", "/en/search?q=hold", "/en/admin/dashboard", "/ar/admin/accounts")) {
        violations.addAll(axe(path));
      }
      page.get(at("/en/search?q=hold"));
      assertThat(page.findElement(By.tagName("html")).getCssValue("background-color")).isEqualTo("rgba(13, 17, 23, 1)");
      browser.screenshot("en-search-dark");
      page.get(at("/ar/admin/dashboard?lang=en"));
      browser.screenshot("ar-admin-dashboard-dark");
    } finally {
      ((org.openqa.selenium.chromium.ChromiumDriver) page).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
    assertThat(violations).as("in the dark scheme").isEmpty();
    for (String path : List.of("/en/", "/ar/articles/case-study-difficult-customer", "/en/editor/guides/cant-get-online/nb")) {
      assertFocusIsVisibleAlongTheTabOrder(path, 12);
    }

    // The check itself sees a page that fails: no language, an image without a text alternative.
    page.get("data:text/html,<title>x</title><img src='x.png'>");
    assertThat(String.join("\n", axe(null))).contains("html-has-lang", "image-alt");
  }

  /** Tabbing from the top, each element that takes focus shows a solid outline of at least 2 px. */
  private void assertFocusIsVisibleAlongTheTabOrder(String path, int stops) {
    page.get(at(path));
    WebElement body = page.findElement(By.tagName("body"));
    body.click();
    int reached = 0;
    for (int stop = 0; stop < stops; stop++) {
      new org.openqa.selenium.interactions.Actions(page).sendKeys(org.openqa.selenium.Keys.TAB).perform();
      WebElement focused = page.switchTo().activeElement();
      if (focused.getTagName().equals("body")) {
        break;
      }
      String where = path + " stop " + (stop + 1) + " <" + focused.getTagName() + "> " + focused.getText();
      assertThat(focused.getCssValue("outline-style")).as(where).isEqualTo("solid");
      assertThat(Double.parseDouble(focused.getCssValue("outline-width").replace("px", ""))).as(where).isGreaterThanOrEqualTo(2);
      assertThat(focused.isDisplayed()).as(where).isTrue();
      reached++;
    }
    assertThat(reached).as("elements reached by Tab on " + path).isGreaterThanOrEqualTo(5);
  }

  /** The WCAG 2.1 A/AA violations on a page (the current one when {@code path} is null), one line per rule and page. */
  private List<String> axe(String path) {
    if (path != null) {
      page.get(at(path));
    }
    // Axe runs in the page itself: no page of Guidepost has a frame, and the default mode opens a
    // blank tab per check to merge the frames' results (15 of the 39 s these checks took).
    com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
        .setLegacyMode(true)
        .disableIframeTesting()
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
        .analyze(page);
    if (!page.getCurrentUrl().startsWith("data:")) {
      assertThat(results.getPasses().size()).as("rules axe checked and passed on " + page.getCurrentUrl()).isGreaterThan(15);
    }
    return results.getViolations().stream()
        .map(rule -> page.getCurrentUrl().replace(base.toString(), "/") + ": " + rule.getId() + " (" + rule.getImpact() + ") "
            + rule.getNodes().stream().limit(3).map(node -> node.getTarget() + " " + node.getFailureSummary()).toList())
        .toList();
  }

  @Test
  void noScriptFromArticleContentRuns() throws Exception {
    Http http = new Http(base.toURI());
    String hostile = Json.createObjectBuilder().add("title", "Printer <script>window.pwned = 1</script>").add("state", "published")
        .add("body", "Text <script>window.pwned = 2</script>\n\n<img src=x onerror=\"window.pwned = 3\">\n\n[link](javascript:window.pwned=4)")
        .build().toString();
    assertThat(http.send("PUT", "api/articles/hostile-page/translations/en", hostile, Deployments.asAdmin()).status()).isIn(200, 201);
    page.get(at("/en/articles/hostile-page"));
    browser.screenshot("en-hostile-article");
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Printer <script>window.pwned = 1</script>");
    for (WebElement link : page.findElements(By.cssSelector("article a"))) {
      assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWith("javascript");
    }
    assertThat(((JavascriptExecutor) page).executeScript("return typeof window.pwned")).isEqualTo("undefined");

    String arabic = Json.createObjectBuilder().add("title", "طابعة <script>window.pwned = 5</script>").add("state", "published")
        .add("body", "نص <script>window.pwned = 6</script>\n\n<svg onload=\"window.pwned = 7\"></svg>\n\n[رابط](JaVaScRiPt:window.pwned=8)")
        .build().toString();
    assertThat(http.send("PUT", "api/articles/hostile-page/translations/ar", arabic, Deployments.asAdmin()).status()).isIn(200, 201);
    page.get(at("/ar/articles/hostile-page"));
    assertLanguage("ar", "rtl");
    browser.screenshot("ar-hostile-article");
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("طابعة <script>window.pwned = 5</script>");
    assertThat(page.findElement(By.cssSelector("article .body")).getText()).contains("<svg onload=\"window.pwned = 7\"></svg>");
    for (WebElement link : page.findElements(By.cssSelector("article a"))) {
      assertThat(String.valueOf(link.getAttribute("href")).toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("javascript");
    }
    assertThat(((JavascriptExecutor) page).executeScript("return typeof window.pwned")).isEqualTo("undefined");
  }
}
