package app.guidepost.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Temporary folders for servers' data, content and databases, removed when the test JVM ends:
 * by then every server that used one has stopped. Without this each run of the suite left
 * hundreds of megabytes (an embedded PostgreSQL is 43 MB) in the temporary folder.
 */
final class TempFolders {

  private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TempFolders::deleteQuietly), "delete-test-folders"));
  }

  private TempFolders() {}

  static Path create(String prefix) {
    try {
      Path folder = Files.createTempDirectory(prefix);
      CREATED.add(folder);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Only disk space is at stake.
    }
  }
}
