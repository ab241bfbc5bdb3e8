package app.guidepost.search;

import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An article index in a temporary folder of its own, for one test: registered with
 * {@code @RegisterExtension}, it is closed and its folder removed after each test.
 */
final class IndexedFolder implements AfterEachCallback {

  private ArticleIndex index;
  private Path folder;

  /** The index, opened empty. */
  ArticleIndex index() {
    if (index == null) {
      try {
        folder = Files.createTempDirectory("guidepost-search-test");
        index = new ArticleIndex();
        index.open(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  /** A search over exactly {@code articles}. */
  ArticleSearch searchOver(IndexedTranslation... articles) throws IOException {
    index().replaceAll(List.of(articles), 1L);
    return ArticleSearch.over(index);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (index != null) {
      index.close();
      index = null;
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
