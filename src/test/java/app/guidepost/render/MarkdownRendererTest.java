package app.guidepost.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

  @Test
  void secondLevelHeadingsBecomeSectionsWithAnchors() {
    RenderedArticle article = MarkdownRenderer.render("Intro\n\n## Putting a caller on hold\n\nText\n\n### Detail\n\n## Closing the call\n");
    assertThat(article.sections()).extracting(Section::anchor).containsExactly("putting-a-caller-on-hold", "closing-the-call");
    assertThat(article.sections()).extracting(Section::title).containsExactly("Putting a caller on hold", "Closing the call");
    assertThat(article.html()).contains("<h2 id=\"putting-a-caller-on-hold\">Putting a caller on hold</h2>");
    assertThat(article.html()).contains("<h3 id=\"detail\">");
  }

  @Test
  void aSectionHoldsTheTextUnderItsHeadingUpToTheNextOneAndGivesAnExcerpt() {
    RenderedArticle article = MarkdownRenderer.render(
        "Intro before any section.\n\n## Hold\n\nAsk **before** you put someone on hold.\n\n### Detail\n\n- Come back every 30 seconds.\n\n"
            + "## Close\n\nSummarise the call.\n\n# Appendix\n\nNot part of Close.");
    assertThat(article.sections()).extracting(Section::text).containsExactly(
        "Ask before you put someone on hold.\nDetail\nCome back every 30 seconds.", "Summarise the call.");
    Section hold = article.sections().get(0);
    assertThat(hold.excerpt(200)).isEqualTo("Ask before you put someone on hold. Detail Come back every 30 seconds.");
    assertThat(hold.excerpt(30)).isEqualTo("Ask before you put someone on…");
  }

  @Test
  void anchorsDropLatinDiacriticsAndKeepOtherScripts() {
    assertThat(Anchors.slugify("Bắt đầu bằng một lời chào tốt")).isEqualTo("bat-dau-bang-mot-loi-chao-tot");
    assertThat(Anchors.slugify("Sette over samtalen – og ta imot en beskjed")).isEqualTo("sette-over-samtalen-og-ta-imot-en-beskjed");
    assertThat(Anchors.slugify("3. Lesen Sie die Ticket-Notizen")).isEqualTo("3-lesen-sie-die-ticket-notizen");
    assertThat(Anchors.slugify("Løsningsorientert språk")).isEqualTo("losningsorientert-sprak");
    assertThat(Anchors.slugify("STRAẞE UND ÄMTER")).isEqualTo(Anchors.slugify("Straße und Ämter")).isEqualTo("strasse-und-amter");
    assertThat(Anchors.slugify("الدروس المستفادة")).isEqualTo("الدروس-المستفادة");
    assertThat(Anchors.slugify("!!!")).isEqualTo("section");
  }

  @Test
  void repeatedHeadingsGetDistinctAnchors() {
    RenderedArticle article = MarkdownRenderer.render("## Example\n\n## Example\n");
    assertThat(article.sections()).extracting(Section::anchor).containsExactly("example", "example-2");
  }

  @Test
  void rawHtmlIsShownAsTextNeverAsMarkup() {
    String html = MarkdownRenderer.render("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<svg onload=alert(1)>").html();
    assertThat(html).doesNotContain("<script", "<img", "<svg", "onerror=alert", "onload=alert");
    assertThat(html).contains("&lt;script&gt;");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "[x](vbscript:msgbox(1))"
      })
  void dangerousLinksLoseTheirTarget(String markdown) {
    String html = MarkdownRenderer.render(markdown).html().toLowerCase();
    assertThat(html).doesNotContain("href=\"javascript", "href=\"data:", "src=\"javascript", "href=\"vbscript", "href=\"java\tscript");
  }

  @ParameterizedTest
  @MethodSource("app.guidepost.render.HostileMarkdown#attacks")
  void eachAttackBecomesExactlyItsHarmlessHtml(String attack, String expected) {
    assertThat(MarkdownRenderer.render(attack).html()).isEqualTo(expected + "\n");
  }

  @Test
  void safeLinksSurviveWithRelAttributes() {
    String html = MarkdownRenderer.render("[Docs](https://example.org/a?b=1) [Rel](/en/articles/x) [Mail](mailto:help@example.org)").html();
    assertThat(html).contains("href=\"https://example.org/a?b&#61;1\"", "href=\"/en/articles/x\"", "href=\"mailto:help&#64;example.org\"");
    assertThat(html).contains("<a rel=\"nofollow noopener noreferrer\" href=\"https://example.org/a?b&#61;1\">Docs</a>");
    assertThat(html.split("rel=\"nofollow noopener noreferrer\"", -1)).hasSize(4);
  }

  @Test
  void linkTitlesAndImageAltCannotBreakOutOfTheirAttribute() {
    String html = MarkdownRenderer.render("[x](https://a.example \"t\\\" onmouseover=\\\"alert(1)\") ![a\" onerror=\"alert(1)](https://a.example/i.png)").html();
    assertThat(html).doesNotContain("onmouseover=\"", "onerror=\"");
  }

  @Test
  void listsTablesAndCodeRender() {
    String html = MarkdownRenderer.render("- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code`").html();
    assertThat(html).contains("<ul>", "<li>one</li>", "<table>", "<td>1</td>", "<code>code</code>");
  }

  @Test
  void plainTextDropsMarkup() {
    assertThat(MarkdownRenderer.plainText("## Title\n\nSome **bold** [link](https://x.example).\n\n- one\n- two"))
        .isEqualTo("Title\nSome bold link.\none\ntwo");
  }

  @Test
  void sanitizerKeepsOnlyMarkInSnippets() {
    assertThat(MarkdownRenderer.sanitize("a <mark>b</mark> <b onclick=x>c</b> <script>d</script>"))
        .isEqualTo("a <mark>b</mark> c ");
  }

  @Test
  void theArticlesOwnFilesPointWhereTheyAreServedAndOtherAddressesStay() {
    String html = MarkdownRenderer.render("""
        ![Router lights](files/router-lights.png) and ![](./files/b.jpg "Back")

        [The manual](files/manual.pdf), [elsewhere](https://example.org/files/x.png), [up](../files/x.png), ![bad](files/Bad Name.png)
        """, java.util.Optional.of("/help/api/articles/printer/files/")).html();
    assertThat(html)
        .contains("<img src=\"/help/api/articles/printer/files/router-lights.png\" alt=\"Router lights\" />")
        .contains("<img src=\"/help/api/articles/printer/files/b.jpg\" alt=\"\" title=\"Back\" />")
        .contains("<a rel=\"nofollow noopener noreferrer\" href=\"/help/api/articles/printer/files/manual.pdf\">The manual</a>")
        .contains("href=\"https://example.org/files/x.png\"")
        .contains("href=\"../files/x.png\"");
    assertThat(MarkdownRenderer.render("![x](files/a.png)").html()).as("without an article, addresses stay as written").contains("src=\"files/a.png\"");
  }
}
