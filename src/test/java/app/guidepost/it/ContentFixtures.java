package app.guidepost.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Content folders for tests: a copy of the shipped articles, plus files written by the test. */
final class ContentFixtures {
  private ContentFixtures() {}

  /** A fresh copy of the shipped content folder. */
  static Path copyOfSeedContent() {
    try {
      Path target = TempFolders.create("guidepost-content");
      Path source = Deployments.seedContent();
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path copy = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(file, copy);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path content, String relative, String text) {
    try {
      Path file = content.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
