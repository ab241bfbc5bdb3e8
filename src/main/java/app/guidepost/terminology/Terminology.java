package app.guidepost.terminology;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The termbase in effect: the one shipped in {@code i18n/termbase} overridden by the content
 * folder's own, replaced whole when the content folder is imported. Until then, the shipped one.
 */
@ApplicationScoped
public class Terminology {

  /** The shipped subject files, one name per line, read from the class path. */
  static final String SHIPPED_INDEX = "i18n/termbase/subjects.txt";
  private static final Logger LOG = Logger.getLogger(Terminology.class.getName());

  private final AtomicReference<Termbase> current = new AtomicReference<>();

  /** A terminology that is always {@code termbase}, for searches outside the container. */
  public static Terminology fixed(Termbase termbase) {
    Terminology terminology = new Terminology();
    terminology.current.set(termbase);
    return terminology;
  }

  /** The termbase in effect. */
  public Termbase current() {
    Termbase termbase = current.get();
    if (termbase == null) {
      current.compareAndSet(null, Shipped.TERMBASE);
      termbase = current.get();
    }
    return termbase;
  }

  /** Puts the content folder's own termbase in effect, over the shipped one. */
  public Termbase replaceOwn(Termbase own) {
    Termbase merged = shipped().overriddenBy(own);
    current.set(merged);
    return merged;
  }

  /** The termbase that ships with Guidepost, read once. */
  public static Termbase shipped() {
    return Shipped.TERMBASE;
  }

  /** Read on first use; a shipped file that cannot be read is a build defect, so it fails loudly. */
  private static final class Shipped {
    static final Termbase TERMBASE = load();

    private static Termbase load() {
      ClassLoader loader = Terminology.class.getClassLoader();
      Termbase merged = Termbase.EMPTY;
      for (String subject : subjects(loader)) {
        String resource = "i18n/termbase/" + subject;
        try (InputStream in = loader.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("the shipped termbase lists " + subject + ", which is not on the class path");
          }
          TbxReader.Result read = TbxReader.read(in);
          if (!read.problems().isEmpty()) {
            throw new IllegalStateException(resource + ":" + read.problems().get(0));
          }
          List<Concept> all = new ArrayList<>(merged.concepts());
          all.addAll(read.termbase().concepts());
          merged = Termbase.of(all);
        } catch (IOException e) {
          throw new UncheckedIOException(resource, e);
        } catch (TbxFileException e) {
          throw new IllegalStateException(resource + ":" + e.line() + ": " + e.getMessage(), e);
        }
      }
      LOG.log(Level.INFO, "Shipped termbase: {0} concepts", merged.size());
      return merged;
    }

    private static List<String> subjects(ClassLoader loader) {
      try (InputStream in = loader.getResourceAsStream(SHIPPED_INDEX)) {
        if (in == null) {
          throw new IllegalStateException(SHIPPED_INDEX + " is not on the class path");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
            .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(SHIPPED_INDEX, e);
      }
    }
  }
}
