package app.guidepost.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server finds on its disk at a start: an index it can serve as it is, or one it must
 * rebuild from the database. An empty position is what makes the server rebuild; serving a
 * damaged index instead would fail searches, or answer them from half the documents.
 */
class ArticleIndexRecoveryTest {

  @TempDir Path root;

  private final ArticleIndex index = new ArticleIndex();

  private static IndexedTranslation doc(String slug, String body) {
    return new IndexedTranslation(slug, Language.EN, "Title of " + slug, Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC, body, Set.of(Language.EN));
  }

  @BeforeEach
  void writeAnIndexAndStop() throws IOException {
    index.open(root);
    index.replaceAll(List.of(doc("printer", "Clear the print queue and restart the spooler."), doc("vpn", "Reconnect the VPN client.")), 42L);
    index.close();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void anIntactIndexIsServedAsItIsWithThePositionItReflects() throws IOException {
    assertThat(index.open(root)).contains(42L);
    assertThat(index.documentCount()).isEqualTo(2);
  }

  @Test
  void flippedBytesInItsFilesMakeItARebuild() throws IOException {
    forEachIndexFile(file -> {
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length / 2] ^= 0x5A;
      Files.write(file, bytes);
    });
    assertRebuildStartsEmptyAndWorks();
  }

  @Test
  void filesCutShortAsByAFullDiskMakeItARebuild() throws IOException {
    forEachIndexFile(file -> {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(Files.size(file) / 2);
      }
    });
    assertRebuildStartsEmptyAndWorks();
  }

  @Test
  void aLostIndexFolderMakesItARebuild() throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
    assertRebuildStartsEmptyAndWorks();
  }

  @Test
  void aRebuildCutShortBesideTheServedIndexIsDroppedAndTheServedOneKept() throws IOException {
    int served = generationFolders().getFirst();
    Path cutShort = Files.createDirectories(root.resolve(String.valueOf(served + 1)));
    Files.writeString(cutShort.resolve("_0.cfs"), "half a segment");

    assertThat(index.open(root)).contains(42L);
    assertThat(index.documentCount()).isEqualTo(2);
    assertThat(index.generation()).isEqualTo(served);
    assertThat(generationFolders()).containsExactly(served);
  }

  private void assertRebuildStartsEmptyAndWorks() throws IOException {
    assertThat(index.open(root)).isEmpty();
    assertThat(index.documentCount()).isZero();
    index.replaceAll(List.of(doc("printer", "Clear the print queue.")), 43L);
    index.close();
    assertThat(index.open(root)).contains(43L);
    assertThat(index.documentCount()).isEqualTo(1);
  }

  private List<Integer> generationFolders() throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      return children.filter(Files::isDirectory).map(p -> Integer.valueOf(p.getFileName().toString())).sorted().toList();
    }
  }

  private interface FileChange {
    void apply(Path file) throws IOException;
  }

  /** Every file Lucene wrote (not its lock) that is long enough to hold data. */
  private void forEachIndexFile(FileChange change) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        if (Files.size(file) > 64) {
          change.apply(file);
        }
      }
    }
  }
}
