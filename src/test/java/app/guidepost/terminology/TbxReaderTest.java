package app.guidepost.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TbxReaderTest {

  private static final String HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>
      """;
  private static final String TAIL = "</body></text></tbx>\n";

  private static TbxReader.Result read(String xml) throws TbxFileException {
    return TbxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsAConceptWithItsSubjectDefinitionAndTermsInEveryLanguage() throws Exception {
    TbxReader.Result result = read(HEAD + """
        <conceptEntry id="net-wifi">
          <descrip type="subjectField">networking</descrip>
          <langSec xml:lang="en">
            <descrip type="definition">A wireless local network.</descrip>
            <termSec><term>Wi-Fi</term><termNote type="partOfSpeech">noun</termNote>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
            <termSec><term>WLAN</term><termNote type="termType">abbreviation</termNote>
              <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
            <termSec><term>wireless LAN</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
          </langSec>
          <langSec xml:lang="nb-NO"><termSec><term>trådløst  nett</term></termSec></langSec>
          <langSec xml:lang="no"><termSec><term>wifi</term></termSec></langSec>
          <langSec xml:lang="de-DE"><termSec><term>WLAN</term></termSec></langSec>
          <langSec xml:lang="fr"><termSec><term>réseau sans fil</term></termSec></langSec>
        </conceptEntry>
        """ + TAIL);
    assertThat(result.problems()).isEmpty();
    Concept wifi = result.termbase().concept("net-wifi").orElseThrow();
    assertThat(wifi.subject()).contains("networking");
    assertThat(wifi.definition()).contains("A wireless local network.");
    assertThat(wifi.terms(Language.EN)).containsExactly(
        new Term("Wi-Fi", Term.Status.PREFERRED, false),
        new Term("WLAN", Term.Status.ADMITTED, true),
        new Term("wireless LAN", Term.Status.DEPRECATED, false));
    assertThat(wifi.wordsInUse(Language.EN)).containsExactly("Wi-Fi", "WLAN");
    assertThat(wifi.preferred(Language.EN)).contains(new Term("Wi-Fi", Term.Status.PREFERRED, false));
    // Both Norwegian tags are Bokmål; white space inside a term is one space.
    assertThat(wifi.wordsInUse(Language.NB)).containsExactly("trådløst nett", "wifi");
    assertThat(wifi.preferred(Language.NB).map(Term::text)).contains("trådløst nett");
    assertThat(wifi.terms(Language.DE)).extracting(Term::text).containsExactly("WLAN");
    assertThat(wifi.terms(Language.VI)).isEmpty();
  }

  @Test
  void readsTbxVersionTwoAsTerminologyToolsExportIt() throws Exception {
    TbxReader.Result result = read("""
        <?xml version="1.0"?>
        <martif type="TBX" xml:lang="en"><text><body>
          <termEntry id="c1">
            <descrip type="subjectField">printing</descrip>
            <langSet xml:lang="en"><tig><term>printer</term></tig>
              <ntig><termGrp><term>print device</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig></langSet>
            <langSet xml:lang="vi"><tig><term>máy in</term></tig></langSet>
          </termEntry>
          <termEntry id="c2"><langSet xml:lang="ar"><tig><term>طابعة</term></tig></langSet></termEntry>
        </body></text></martif>
        """);
    assertThat(result.problems()).isEmpty();
    assertThat(result.termbase().concepts()).extracting(Concept::id).containsExactly("c1", "c2");
    assertThat(result.termbase().concept("c1").orElseThrow().wordsInUse(Language.EN)).containsExactly("printer", "print device");
    assertThat(result.termbase().concept("c1").orElseThrow().wordsInUse(Language.VI)).containsExactly("máy in");
  }

  @Test
  void whatCannotBeUsedIsLeftOutAndReportedAtItsLine() throws Exception {
    TbxReader.Result result = read(HEAD + """
        <conceptEntry id="good"><langSec xml:lang="en"><termSec><term>printer</term></termSec><termSec><term>Printer</term></termSec></langSec></conceptEntry>
        <conceptEntry id="good"><langSec xml:lang="en"><termSec><term>again</term></termSec></langSec></conceptEntry>
        <conceptEntry><langSec xml:lang="en"><termSec><term>no id</term></termSec></langSec></conceptEntry>
        <conceptEntry id="only-french"><langSec xml:lang="fr"><termSec><term>imprimante</term></termSec></langSec></conceptEntry>
        <conceptEntry id="bidi"><langSec xml:lang="en">
          <termSec><term>safe</term></termSec>
          <termSec><term>evil&#x202E;txt</term></termSec>
          <termSec><term></term></termSec>
          <termSec><term>odd</term><termNote type="administrativeStatus">maybeTerm</termNote></termSec>
        </langSec></conceptEntry>
        <conceptEntry id="bad id!"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>
        """ + TAIL);
    assertThat(result.termbase().concepts()).extracting(Concept::id).containsExactly("good", "bidi");
    assertThat(result.termbase().concept("good").orElseThrow().wordsInUse(Language.EN)).as("a repeated term is kept once").containsExactly("printer");
    assertThat(result.termbase().concept("bidi").orElseThrow().wordsInUse(Language.EN)).containsExactly("safe", "odd");
    assertThat(result.problems()).extracting(TbxProblem::toString).containsExactly(
        "6: the entry id 'good' is used twice; the second entry was left out",
        "7: an entry without an id was left out",
        "8: the entry 'only-french' has no term in en, vi, nb, de or ar and was left out",
        "11: the term 'evil txt' has control, bidirectional or invisible characters; it was left out",
        "12: a term section without a term was left out",
        "13: unknown administrativeStatus 'maybeTerm'; the term counts as admitted",
        "15: the id 'bad id!' cannot be used: ids are letters, digits, '_', '.' and '-', at most 100, not starting with '.' or '-'; the entry was left out");
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>
        """;
    assertThatThrownBy(() -> read(xxe)).isInstanceOfSatisfying(TbxFileException.class, e -> {
      assertThat(e.getMessage()).contains("DOCTYPE");
      assertThat(e.line()).isEqualTo(2);
    });
  }

  @Test
  void filesThatAreNotTbxAreRefusedWithTheirLine() {
    assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<xliff/>")).isInstanceOfSatisfying(TbxFileException.class, e -> {
      assertThat(e.getMessage()).isEqualTo("not a TBX file: the root element is <xliff>, not <tbx> (or <martif>)");
      assertThat(e.line()).isEqualTo(2);
    });
    assertThatThrownBy(() -> read(HEAD + "<conceptEntry id=\"a\">\n<langSec>\n</conceptEntry>" + TAIL))
        .isInstanceOfSatisfying(TbxFileException.class, e -> {
          assertThat(e.getMessage()).startsWith("not well-formed XML");
          assertThat(e.line()).isEqualTo(7);
        });
    assertThatThrownBy(() -> read("")).isInstanceOf(TbxFileException.class);
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWithoutBeingReadWhole() {
    InputStream endless = new InputStream() {
      private final byte[] start = (HEAD + "<!--").getBytes(StandardCharsets.UTF_8);
      private long position;

      @Override
      public int read() {
        return position < start.length ? start[(int) position++] : (position++ < Long.MAX_VALUE ? 'x' : -1);
      }
    };
    assertThatThrownBy(() -> TbxReader.read(endless)).isInstanceOfSatisfying(TbxFileException.class,
        e -> assertThat(e.getMessage()).isEqualTo("the file is larger than 32 MB"));
  }

  @Test
  void anEntryCanOmitSubjectAndDefinition() throws Exception {
    Concept concept = read(HEAD + "<conceptEntry id=\"x\"><langSec xml:lang=\"vi\"><termSec><term>mật khẩu</term></termSec></langSec></conceptEntry>" + TAIL)
        .termbase().concept("x").orElseThrow();
    assertThat(concept.subject()).isEqualTo(Optional.empty());
    assertThat(concept.definition()).isEqualTo(Optional.empty());
  }
}
