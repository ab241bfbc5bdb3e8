package app.guidepost.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** XLIFF 2.0 translation jobs: what is written, what is read back, and each refusal's message. */
class XliffTest {

  private static final String BODY = "Put the caller on hold.\n\n```\nhold --music\n```\n\nThank them for waiting.";

  private static Xliff.Job job(String slug) {
    return new Xliff.Job(slug, Language.EN, Language.NB, 3,
        Xliff.units("Hold", Optional.of("How to hold"), BODY, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private static String header() {
    return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"nb\">";
  }

  private static String file(String slug, String units) {
    return "<file id=\"f1\" original=\"articles/" + slug + "/en.md\"><notes><note id=\"source-revision\">3</note></notes>" + units + "</file>";
  }

  private static String unit(String id, String source, String target) {
    return "<unit id=\"" + id + "\"><segment><source>" + source + "</source><target>" + target + "</target></segment></unit>";
  }

  private static void refused(String document, String detail) {
    assertThatThrownBy(() -> Xliff.read(document)).isInstanceOf(InvalidInputException.class).hasMessageContaining(detail);
    assertThatThrownBy(() -> Xliff.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(detail);
  }

  @Test
  void aJobHasTitleSummaryAndOneUnitPerBlockWithCodeMarkedNotToTranslate() {
    List<Xliff.Unit> units = job("hold").units();
    assertThat(units).extracting(Xliff.Unit::id).containsExactly("title", "summary", "b1", "b2", "b3");
    assertThat(units.get(3)).isEqualTo(new Xliff.Unit("b2", "```\nhold --music\n```", "```\nhold --music\n```", false));
  }

  @Test
  void whatIsWrittenIsReadBackUnchangedAndSaysItMayNotBeResegmented() {
    String written = Xliff.write(new Xliff.Bundle(Language.EN, Language.NB, List.of(job("hold"), job("transfer"))));
    assertThat(written).contains("canResegment=\"no\"").contains("translate=\"no\"").contains("xml:space=\"preserve\"");

    Xliff.Bundle read = Xliff.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
    assertThat(read.source()).isEqualTo(Language.EN);
    assertThat(read.target()).isEqualTo(Language.NB);
    assertThat(read.files()).containsExactly(job("hold"), job("transfer"));
  }

  @Test
  void aTranslatedJobGivesTheBodyWithCodeBlocksAsTheSourceHasThem() {
    String document = header() + file("hold", unit("title", "Hold", "Sette på vent")
        + unit("b1", "Put the caller on hold.", "Sett innringeren på vent.")
        + "<unit id=\"b2\" translate=\"no\"><segment><source>```\nhold\n```</source><target/></segment></unit>"
        + unit("b3", "Thank them &amp; wait.", "Takk for at de ventet &lt;3")) + "</xliff>";
    Xliff.Job job = Xliff.read(document).files().getFirst();
    assertThat(job.target("title")).contains("Sette på vent");
    assertThat(job.body()).isEqualTo("Sett innringeren på vent.\n\n```\nhold\n```\n\nTakk for at de ventet <3");
    assertThat(job.sourceRevision()).isEqualTo(3);
  }

  @Test
  void markupOfOtherModulesAndCommentsAreIgnored() {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- from a CAT tool -->"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"nb\">"
        + "<file id=\"f1\" original=\"articles/hold/en.md\"><mda:metadata><mda:metaGroup><mda:meta type=\"x\">y</mda:meta></mda:metaGroup></mda:metadata>"
        + "<notes><note id=\"other\">x</note><note id=\"source-revision\"> 7 </note></notes>"
        + "<unit id=\"title\"><notes><note>context</note></notes><segment><source>Hold</source><!-- checked --><target>Vent</target></segment></unit></file></xliff>";
    Xliff.Job job = Xliff.read(document).files().getFirst();
    assertThat(job.sourceRevision()).isEqualTo(7);
    assertThat(job.units()).containsExactly(new Xliff.Unit("title", "Hold", "Vent", true));
  }

  @Test
  void documentTypesAndEntitiesAreRefusedSoNothingOutsideIsReadOrExpanded() {
    refused("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + header() + file("hold", unit("title", "&x;", "")) + "</xliff>",
        "Document type declarations (DOCTYPE) are not accepted");
    refused("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>",
        "Document type declarations (DOCTYPE) are not accepted");
  }

  @Test
  void eachWrongShapeIsRefusedWithWhatIsWrong() {
    refused("", "The request body is empty");
    refused("  \n ", "The request body is empty");
    refused("not xml at all", "The file is not well-formed XML");
    refused(header() + file("hold", unit("title", "Hold", "")), "The file is not well-formed XML");
    refused("<xliff version=\"1.2\"/>", "This is not an XLIFF 2.0 file");
    refused(header().replace("trgLang=\"nb\"", "trgLang=\"fr\"") + "</xliff>", "'trgLang' is 'fr', which is not one of Guidepost's languages.");
    refused(header() + "</xliff>", "this one has 0.");
    refused(header() + "<file id=\"f1\" original=\"hold.md\"></file></xliff>", "The file's 'original' must be articles/<slug>/en.md, not 'hold.md'.");
    refused(header() + "<file id=\"f1\" original=\"articles/hold/en.md\">" + unit("title", "Hold", "") + "</file></xliff>",
        "does not say which source revision");
    refused(header() + file("hold", "<unit id=\"title\"><segment><source>A</source></segment><segment><source>B</source></segment></unit>") + "</xliff>",
        "Unit 'title' must have an id and exactly one <segment>.");
    refused(header() + file("hold", "<unit id=\"title\"><segment><target>A</target></segment></unit>") + "</xliff>", "Unit 'title' has no <source>.");
    refused(header() + file("hold", "<unit id=\"title\"><segment><source>A</source><source>B</source></segment></unit>") + "</xliff>",
        "A segment has more than one <source>.");
    refused(header() + file("hold", unit("title", "Hold <pc id=\"1\">on</pc>", "")) + "</xliff>", "Inline markup in <source> is not supported");
    refused(header() + file("hold", unit("title", "A", "") + unit("title", "B", "")) + "</xliff>", "Unit 'title' appears twice.");
    refused(header() + file("hold", unit("title", "A", "")) + file("hold", unit("title", "A", "")) + "</xliff>", "Article 'hold' has more than one <file>.");
  }

  @Test
  void aDocumentOfMoreArticlesThanAJobHoldsIsRefusedWithItsCount() {
    List<String> files = new ArrayList<>();
    for (int i = 0; i <= Xliff.MAX_FILES; i++) {
      files.add(file("article-" + i, unit("title", "T", "")));
    }
    refused(header() + String.join("", files) + "</xliff>", "1 to 500 <file> elements, one per article; this one has 501.");
  }
}
