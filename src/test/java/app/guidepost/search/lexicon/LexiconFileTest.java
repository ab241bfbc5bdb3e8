package app.guidepost.search.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconFileTest {

  @TempDir Path folder;

  private final app.guidepost.search.index.ArticleIndex index = new app.guidepost.search.index.ArticleIndex();
  private Lexicon learned;

  @BeforeEach
  void learn() throws Exception {
    index.open(folder.resolve("index"));
    index.replaceAll(LexiconLearnerTest.translatedArticles(), 1L);
    learned = index.withSearcher(searcher -> new LexiconLearner(index.analyzer()).learn(searcher));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aKeptLexiconReadsBackAsLearned() throws Exception {
    LexiconFile file = new LexiconFile(folder.resolve("lexicon/learned.bin"));
    file.write(learned);

    Lexicon read = file.read().orElseThrow();

    for (Lexicon.Direction direction : learned.all().keySet()) {
      assertThat(read.all().get(direction)).isEqualTo(learned.all().get(direction));
      assertThat(read.articles(direction)).isEqualTo(learned.articles(direction));
    }
    assertThat(read.all().keySet()).isEqualTo(learned.all().keySet());
    assertThat(read.renderings(Language.DE, Language.EN, "druck")).extracting(Rendering::word).first().isEqualTo("printer");
    assertThat(read.renderings(Language.VI, Language.EN, "mật khẩu")).isEqualTo(learned.renderings(Language.VI, Language.EN, "mật khẩu"));
    assertThat(Files.exists(folder.resolve("lexicon/learned.bin.part"))).isFalse();
  }

  @Test
  void writingAgainReplacesTheFileWhole() throws Exception {
    LexiconFile file = new LexiconFile(folder.resolve("learned.bin"));
    file.write(learned);
    file.write(Lexicon.EMPTY);

    assertThat(file.read().orElseThrow().all()).isEmpty();
  }

  @Test
  void aMissingFileIsNoLexicon() {
    assertThat(new LexiconFile(folder.resolve("none.bin")).read()).isEmpty();
  }

  @Test
  void aFileCutShortChangedOrOfAnotherFormatIsNotRead() throws Exception {
    Path path = folder.resolve("learned.bin");
    LexiconFile file = new LexiconFile(path);
    file.write(learned);
    byte[] whole = Files.readAllBytes(path);

    for (int length : new int[] {0, 3, 8, whole.length / 2, whole.length - 1}) {
      Files.write(path, Arrays.copyOf(whole, length));
      assertThat(file.read()).as("cut to %d bytes", length).isEmpty();
    }

    byte[] changed = whole.clone();
    changed[whole.length / 2] ^= 0x20;
    Files.write(path, changed);
    assertThat(file.read()).as("one bit changed").isEmpty();

    byte[] longer = Arrays.copyOf(whole, whole.length + 1);
    Files.write(path, longer);
    assertThat(file.read()).as("a byte after the checksum").isEmpty();

    byte[] otherFormat = whole.clone();
    otherFormat[7] = (byte) (LexiconFile.FORMAT + 1);
    Files.write(path, otherFormat);
    assertThat(file.read()).as("another format").isEmpty();

    Files.write(path, whole);
    assertThat(file.read()).isPresent();
  }
}
