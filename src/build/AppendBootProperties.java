import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Appends system properties to the boot properties inside a Payara Micro bundle
 * ({@code MICRO-INF/payara-boot.properties}), so that {@code java -jar guidepost.jar} starts with
 * them as {@code bin/guidepost} does. Payara Micro reads that file at every start; a later line
 * wins over an earlier one with the same key, and a {@code -D} option wins over both.
 *
 * <p>Run by the build (pom.xml, after the bundle is made):
 * {@code java src/build/AppendBootProperties.java target/guidepost.jar src/main/payara/boot.properties}
 */
public class AppendBootProperties {

  private static final String BOOT_PROPERTIES = "MICRO-INF/payara-boot.properties";

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: AppendBootProperties <bundle.jar> <properties file>");
      System.exit(2);
    }
    Path bundle = Path.of(args[0]).toAbsolutePath();
    String added = Files.readString(Path.of(args[1]));
    try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + bundle.toUri()), Map.of())) {
      Path properties = jar.getPath(BOOT_PROPERTIES);
      if (!Files.exists(properties)) {
        System.err.println(bundle + " has no " + BOOT_PROPERTIES + ": not a Payara Micro bundle?");
        System.exit(1);
      }
      String existing = Files.readString(properties);
      String separator = existing.endsWith("\n") ? "" : "\n";
      Files.writeString(properties, separator + added, StandardOpenOption.APPEND);
    }
  }
}
