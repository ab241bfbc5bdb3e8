package app.guidepost.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

  private final VietnameseAnalyzer exact = VietnameseAnalyzer.exact();
  private final VietnameseAnalyzer folded = VietnameseAnalyzer.folded();

  @Test
  void exactKeepsToneMarksAndSplitsSyllables() {
    // "technical support": four syllables, each a token, tone marks kept.
    assertThat(Tokens.of(exact, "Hỗ trợ kỹ thuật")).containsExactly("hỗ", "trợ", "kỹ", "thuật");
  }

  @Test
  void exactKeepsWordsThatDifferOnlyInToneApart() {
    // ma (ghost), má (mother), mà (but), mã (code), mạ (seedling) are different words.
    assertThat(Tokens.of(exact, "ma má mà mã mạ")).containsExactly("ma", "má", "mà", "mã", "mạ");
  }

  @Test
  void exactFoldsCaseIncludingCapitalDWithStroke() {
    assertThat(Tokens.of(exact, "ĐIỆN THOẠI")).containsExactly("điện", "thoại");
  }

  @Test
  void decomposedInputMeetsComposedText() {
    // Text typed on some keyboards arrives in NFD: base letter plus combining marks.
    String nfd = Normalizer.normalize("hỗ trợ", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("hỗ trợ");
    assertThat(Tokens.of(exact, nfd)).containsExactly("hỗ", "trợ");
    assertThat(Tokens.of(folded, nfd)).containsExactly("ho", "tro");
  }

  @Test
  void foldedDropsEveryDiacriticSoUnaccentedTypingMatches() {
    assertThat(Tokens.of(folded, "Hỗ trợ kỹ thuật")).containsExactly("ho", "tro", "ky", "thuat");
    assertThat(Tokens.of(folded, "ho tro ky thuat")).containsExactly("ho", "tro", "ky", "thuat");
  }

  @Test
  void foldedMapsDWithStrokeToD() {
    // đ is a separate letter, not d plus a mark: ICU folding alone keeps it.
    assertThat(Tokens.of(folded, "đường dây điện thoại")).containsExactly("duong", "day", "dien", "thoai");
  }

  @Test
  void foldedMakesOldAndNewTonePlacementEqual() {
    // hoà (old style) and hòa (new style) are the same word.
    assertThat(Tokens.of(folded, "hoà hòa")).containsExactly("hoa", "hoa");
  }

  @Test
  void oldAndNewTonePlacementMeetInTheExactForm() {
    // hoà/hòa (peace), khoẻ/khỏe (healthy), thuý/thúy (a name): both conventions are in use.
    assertThat(Tokens.of(exact, "hoà hòa khoẻ khỏe thuý thúy")).containsExactly("hòa", "hòa", "khỏe", "khỏe", "thúy", "thúy");
  }

  @Test
  void tonePlacementLeavesOtherSyllablesAlone() {
    // quý: the u belongs to qu; hoàn, toán: the tone is on the main vowel in both conventions.
    assertThat(Tokens.of(exact, "quý hoàn toán thủy")).containsExactly("quý", "hoàn", "toán", "thủy");
  }

  @Test
  void normalizeMatchesTokenFilters() {
    assertThat(exact.normalize("text", "Điện").utf8ToString()).isEqualTo("điện");
    assertThat(folded.normalize("text", "Điện").utf8ToString()).isEqualTo("dien");
  }

  @Test
  void latinTermsAndDigitsInsideVietnameseTextSurvive() {
    assertThat(Tokens.of(exact, "Lỗi Wi-Fi 404 trên Windows 11"))
        .containsExactly("lỗi", "wi", "fi", "404", "trên", "windows", "11");
  }

  @Test
  void randomInputNeverBreaksEitherForm() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < 40; j++) {
        text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x10FFFF) : 0x20 + random.nextInt(0x2000));
      }
      Tokens.of(exact, text.toString());
      Tokens.of(folded, text.toString());
    }
  }
}
