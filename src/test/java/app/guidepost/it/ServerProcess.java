package app.guidepost.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shipped {@code target/guidepost.jar}, started as users start it ({@code java -jar ...
 * --port N}) with settings in environment variables: for tests that restart the server on
 * the same data, or point it at another database without a rebuild.
 */
final class ServerProcess implements AutoCloseable {

  private static final Path JAR = Path.of(System.getProperty("guidepost.jar", "target/guidepost.jar")).toAbsolutePath();
  private static final ClassArchive CLASS_ARCHIVE = new ClassArchive(JAR);

  private final Process process;
  private final Path log;
  private final ClassArchive.Use classArchive;
  private final Http http;

  private ServerProcess(Process process, Path log, ClassArchive.Use classArchive, int port) {
    this.process = process;
    this.log = log;
    this.classArchive = classArchive;
    this.http = new Http(URI.create("http://127.0.0.1:" + port + "/"));
  }

  static ServerProcess start(String name, Map<String, String> environment) {
    return start(name, environment, List.of());
  }

  /** Starts the server with extra Payara Micro arguments (cluster membership) and waits until it is ready. */
  static ServerProcess start(String name, Map<String, String> environment, List<String> arguments) {
    // The port is chosen free but bound only seconds later by another process; if something
    // took it meanwhile, the server never answers; and now and then Payara's boot stalls (see
    // StallingStarts). One more start on another port is what an operator would do, so the
    // test does it too, once.
    AssertionError failure = null;
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        return startOnce(name, environment, arguments);
      } catch (AssertionError e) {
        failure = e;
      }
    }
    throw failure;
  }

  private static ServerProcess startOnce(String name, Map<String, String> environment, List<String> arguments) {
    ServerProcess server = launch(name, environment, arguments);
    try {
      server.http.awaitReady(Duration.ofSeconds(120));
    } catch (AssertionError e) {
      if (server.process.isAlive()) {
        StallingStarts.dumpAndKill(server.process.toHandle(), "the server in " + server.log + " did not become ready");
      }
      server.close();
      throw new AssertionError(e.getMessage() + "; server log: " + server.log.toAbsolutePath(), e);
    }
    return server;
  }

  /** Starts the server without waiting for it to become ready. */
  static ServerProcess launch(String name, Map<String, String> environment) {
    return launch(name, environment, List.of());
  }

  static ServerProcess launch(String name, Map<String, String> environment, List<String> arguments) {
    try {
      int port = freePort();
      Path log = Files.createDirectories(Path.of("target", "it-logs")).resolve(name + "-" + port + ".log");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "--add-modules", "jdk.incubator.vector",
          "-Xmx512m",
          // These servers are started again and again (restarts, kills, clusters) and mostly
          // boot: on 2 cores the optimizing compiler and G1's concurrent threads only compete
          // with the one boot thread (ready in 12 s instead of 14.5). Arquillian's servers boot
          // once and then work (sign-ins hash passwords 7 times slower without C2), so
          // arquillian.xml keeps the compiler and only shares the serial collector.
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          // Payara Micro unpacks itself there: under target/ with the test's own temporary folders.
          "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
      ClassArchive.Use classArchive = CLASS_ARCHIVE.forNextStart();
      command.addAll(classArchive.jvmOptions());
      command.addAll(List.of("-jar", JAR.toString(), "--port", String.valueOf(port)));
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      return new ServerProcess(builder.start(), log, classArchive, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Http http() {
    return http;
  }

  Path log() {
    return log;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Kills the server without warning (SIGKILL, as kill -9 or a power cut to the process), and waits for it to be gone. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    CLASS_ARCHIVE.abandon(classArchive);
    deleteRuntime();
  }

  private static final java.util.regex.Pattern RUNTIME = java.util.regex.Pattern.compile("Runtime directory is located at (\\S+)");

  /**
   * Payara Micro unpacks itself (150 MB) into a temporary folder and removes it at a clean exit
   * only: after a kill it would stay in /tmp, test run after test run. The log names it.
   */
  private void deleteRuntime() {
    try {
      java.util.regex.Matcher found = RUNTIME.matcher(Files.readString(log));
      if (!found.find()) {
        return;
      }
      Path runtime = Path.of(found.group(1));
      Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
      if (runtime.startsWith(temporary) && runtime.getFileName().toString().startsWith("payaramicro-rt") && Files.isDirectory(runtime)) {
        try (var files = Files.walk(runtime)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    } catch (IOException | RuntimeException e) {
      // Only disk space is at stake; the test's outcome is not.
    }
  }

  /** Stops the server the way an operator does (SIGTERM), and waits for it to exit. */
  @Override
  public void close() {
    process.destroy();
    boolean exited = false;
    try {
      exited = process.waitFor(60, TimeUnit.SECONDS);
      if (!exited) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (exited) {
      CLASS_ARCHIVE.afterExit(classArchive);
    } else {
      CLASS_ARCHIVE.abandon(classArchive);
    }
    deleteRuntime();
  }
}
