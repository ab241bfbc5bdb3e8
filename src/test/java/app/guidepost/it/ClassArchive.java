package app.guidepost.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A class-data archive (the JDK's AppCDS) of one server jar, shared by every server this test
 * run starts from it: the classes the boot loads are mapped from it instead of being read and
 * verified again, which saves a sixth of each start (about 2 of 10 s; there are some thirty
 * starts in the suite: the packaged {@code guidepost.jar} and Arquillian's Payara Micro).
 *
 * <p>The first start that gets to claim the archive writes it when it exits cleanly; starts
 * that find it use it; starts in between (the other fork, a cluster's second member) run
 * without. Only one JVM ever writes the file, under another name moved into place when
 * complete, because two JVMs dumping to the same file would leave one that maps wrong classes.
 * A start that is killed writes nothing and gives up its claim. The file's name carries the
 * jar's size and time, so a rebuilt jar never meets an archive of the one before.
 */
final class ClassArchive {

  /** What one start passes to its JVM, and whether it is the one that writes the archive. */
  record Use(List<String> jvmOptions, boolean writes) {}

  private final Path archive;
  private final Path claim;
  private final Path part;

  ClassArchive(Path jar) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "class-archive").toAbsolutePath());
      String name = jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
      this.archive = folder.resolve(name + ".jsa");
      this.claim = folder.resolve(name + ".claim");
      this.part = folder.resolve(name + ".part");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Use forNextStart() {
    // The JVM's own notes on classes it skips or an archive it cannot use would only crowd the
    // server's log, which tests read. (Their tags differ between JDK 21 and 25, so all are off.)
    List<String> quiet = List.of("-Xlog:disable");
    if (Files.isRegularFile(archive)) {
      return new Use(concat(List.of("-XX:SharedArchiveFile=" + archive), quiet), false);
    }
    try {
      Files.createFile(claim);
      return new Use(concat(List.of("-XX:ArchiveClassesAtExit=" + part), quiet), true);
    } catch (FileAlreadyExistsException another) {
      return new Use(List.of(), false);
    } catch (IOException e) {
      return new Use(List.of(), false);
    }
  }

  /** After the start that claimed the archive has exited: in place if written, else free for another start to write. */
  void afterExit(Use use) {
    if (!use.writes()) {
      return;
    }
    try {
      if (Files.isRegularFile(part) && Files.size(part) > 0) {
        Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.deleteIfExists(part);
        Files.deleteIfExists(claim);
      }
    } catch (IOException e) {
      // Only the speed of later starts is at stake.
    }
  }

  /** After the start that claimed the archive was killed: whatever it wrote is not trusted, and another start may write it. */
  void abandon(Use use) {
    if (!use.writes()) {
      return;
    }
    try {
      Files.deleteIfExists(part);
      Files.deleteIfExists(claim);
    } catch (IOException e) {
      // Only the speed of later starts is at stake.
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
