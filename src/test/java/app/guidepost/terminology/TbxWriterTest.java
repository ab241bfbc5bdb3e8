package app.guidepost.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TbxWriterTest {

  private static TbxReader.Result read(String xml) throws TbxFileException {
    return TbxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theWholeShippedTermbaseReadsBackAsTheSameConcepts() throws Exception {
    Termbase shipped = Terminology.shipped();
    TbxReader.Result read = read(TbxWriter.document("all", shipped.concepts()));
    assertThat(read.problems()).isEmpty();
    assertThat(read.termbase().concepts()).isEqualTo(shipped.concepts());
  }

  @Test
  void markupInTermsAndDefinitionsIsEscapedAndStatusesAndAbbreviationsKept() throws Exception {
    Concept concept = new Concept("acme.portal_1", Optional.of("r&d <lab>"), Optional.of("The \"portal\" <b>not bold</b> & more."), Map.of(
        Language.EN, List.of(Term.preferred("AT&T <portal>"), new Term("AP", Term.Status.ADMITTED, true), new Term("old portal", Term.Status.SUPERSEDED, false)),
        Language.AR, List.of(Term.preferred("بوابة أكمي")),
        Language.VI, List.of(new Term("cổng cũ", Term.Status.DEPRECATED, false))));
    String xml = TbxWriter.single(concept);
    assertThat(xml).contains("<term>AT&amp;T &lt;portal&gt;</term>", "<descrip type=\"subjectField\">r&amp;d &lt;lab&gt;</descrip>",
        "<termNote type=\"termType\">abbreviation</termNote>", "supersededTerm-admn-sts", "<langSec xml:lang=\"ar\">");
    TbxReader.Result read = read(xml);
    assertThat(read.problems()).isEmpty();
    assertThat(read.termbase().concepts()).containsExactly(concept);
  }
}
