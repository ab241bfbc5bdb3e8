package app.guidepost.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a test does when a Payara Micro it started never becomes ready: it prints the stalled
 * process's threads (so the cause can be read from the test output afterwards), kills it, and
 * lets the caller start a new one.
 *
 * <p>Why: on these machines roughly one start in a few hundred stalls inside Payara's own boot,
 * before the application is deployed, with the process idle; see docs/decisions/0014.
 */
final class StallingStarts {

  private StallingStarts() {}

  /** The processes this test JVM has started and that still run, by process id. */
  static Set<Long> children() {
    return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
  }

  /**
   * Prints the threads of each process started since {@code before} was taken, then kills it:
   * while a server starts, the server is the only process the test JVM starts.
   */
  static void dumpAndKillStartedSince(Set<Long> before, String why) {
    ProcessHandle.current().children()
        .filter(child -> !before.contains(child.pid()))
        .forEach(child -> dumpAndKill(child, why));
  }

  static void dumpAndKill(ProcessHandle process, String why) {
    System.out.println("==== " + why + ": threads of process " + process.pid() + " ====");
    System.out.println(threadDump(process.pid()));
    process.destroyForcibly();
    process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(gone -> process).join();
  }

  private static String threadDump(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      // Into a file, not a pipe: a jcmd that never returns must not hold the test up.
      Path output = Files.createTempFile("thread-dump-" + pid, ".txt");
      Process dump = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), "Thread.print", "-l"))
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!dump.waitFor(30, TimeUnit.SECONDS)) {
        dump.destroyForcibly();
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.deleteIfExists(output);
      return text;
    } catch (IOException e) {
      return "(no thread dump: " + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(no thread dump: interrupted)";
    }
  }
}
