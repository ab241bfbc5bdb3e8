package app.guidepost.terminology;

import app.guidepost.changes.TermsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The termbase in effect: the one shipped in {@code i18n/termbase}, overridden concept by concept
 * by the content folder's own (replaced whole at each import), and by the concepts edited in
 * Guidepost (read from the database at start and again whenever the change log names one). A
 * retired concept is left out; an edit wins over both files, whatever was imported after it,
 * until it is reverted to the file's version: then the concept counts as never edited, and the
 * files' version of it is in effect as they say it now.
 */
@ApplicationScoped
public class Terminology {

  /** The shipped subject files, one name per line, read from the class path. */
  static final String SHIPPED_INDEX = "i18n/termbase/subjects.txt";
  private static final Logger LOG = Logger.getLogger(Terminology.class.getName());

  /** Where the version of a concept that is in effect comes from. */
  public enum Origin {
    SHIPPED, CONTENT_FOLDER, EDITED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * A concept as the terminology page lists it: where its version comes from, its revision when
   * edited (also once reverted to a file's version: the revision a next save names), whether it is
   * retired.
   */
  public record Entry(Concept concept, Origin origin, int revision, boolean retired) {}

  /** A concept as the files have it (the content folder's termbase over the shipped one), and which of them. */
  public record FileVersion(Concept concept, Origin origin) {}

  /** An edited concept as the database holds it now; a reverted one counts as not edited. */
  private record Edit(Concept concept, int revision, boolean retired, boolean reverted) {

    static Edit of(EditedConcept concept) {
      return new Edit(concept.concept(), concept.currentRevision(), concept.retired(), concept.reverted());
    }

    /** Whether this edit is what is in effect (or retired), over the files. */
    boolean overridesFiles() {
      return !reverted;
    }
  }

  @Inject EditedConcepts editedConcepts;

  private final AtomicReference<Termbase> current = new AtomicReference<>();
  private volatile Termbase own = Termbase.EMPTY;
  private final Map<String, Edit> edited = new ConcurrentHashMap<>();

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

  /** Puts the content folder's own termbase in effect, over the shipped one and under the edited concepts. */
  public synchronized Termbase replaceOwn(Termbase own) {
    this.own = own;
    return merge();
  }

  /** Reads every edited concept from the database: once at start, before searches need them. */
  public synchronized void loadEdited() {
    edited.clear();
    for (EditedConcept concept : editedConcepts.all()) {
      edited.put(concept.id(), Edit.of(concept));
    }
    Termbase merged = merge();
    LOG.log(Level.INFO, "Termbase: {0} concepts in effect, {1} edited in Guidepost",
        new Object[] {merged.size(), edited.values().stream().filter(Edit::overridesFiles).count()});
  }

  /** Reads the concepts the change log names again, on whichever instance they were edited. */
  synchronized void conceptsChanged(@Observes TermsChanged changed) {
    for (String id : changed.conceptIds()) {
      editedConcepts.find(id).ifPresentOrElse(
          concept -> edited.put(id, Edit.of(concept)),
          () -> edited.remove(id));
    }
    Termbase merged = merge();
    LOG.log(Level.INFO, "Termbase: {0} read again; {1} concepts in effect", new Object[] {changed.conceptIds(), merged.size()});
  }

  private Termbase merge() {
    List<Concept> inUse = new ArrayList<>();
    Set<String> retired = new HashSet<>();
    // A reverted concept is left to the files, as if never edited.
    edited.values().stream().filter(Edit::overridesFiles).sorted(Comparator.comparing(edit -> edit.concept().id())).forEach(edit -> {
      if (edit.retired()) {
        retired.add(edit.concept().id());
      } else {
        inUse.add(edit.concept());
      }
    });
    Termbase merged = shipped().overriddenBy(own).overriddenBy(Termbase.of(inUse)).without(retired);
    current.set(merged);
    return merged;
  }

  /**
   * Every concept for the terminology page: those in effect, in the termbase's order, then the
   * retired ones, each with where its version comes from.
   */
  public List<Entry> entries() {
    Termbase inEffect = current();
    Termbase files = files();
    List<Entry> entries = new ArrayList<>(inEffect.size() + 16);
    for (Concept concept : inEffect.concepts()) {
      entries.add(entry(concept.id(), files).orElseThrow());
    }
    edited.values().stream().sorted(Comparator.comparing(edit -> edit.concept().id()))
        .map(edit -> entry(edit.concept().id(), files).orElseThrow()).filter(Entry::retired).forEach(entries::add);
    return entries;
  }

  /** One concept for the terminology page, retired or in effect. */
  public Optional<Entry> entry(String id) {
    return entry(id, files());
  }

  /**
   * The concept as the files have it, whatever was edited: what a revert puts back in effect.
   * Empty for a concept created in Guidepost.
   */
  public Optional<FileVersion> fileVersion(String id) {
    return own.concept(id).map(concept -> new FileVersion(concept, Origin.CONTENT_FOLDER))
        .or(() -> shipped().concept(id).map(concept -> new FileVersion(concept, Origin.SHIPPED)));
  }

  private Termbase files() {
    return shipped().overriddenBy(own);
  }

  private Optional<Entry> entry(String id, Termbase files) {
    Edit edit = edited.get(id);
    if (edit != null && edit.overridesFiles()) {
      return Optional.of(new Entry(edit.concept(), Origin.EDITED, edit.revision(), edit.retired()));
    }
    int revision = edit == null ? 0 : edit.revision();
    Optional<Concept> inFiles = files.concept(id);
    if (inFiles.isPresent()) {
      Origin origin = own.concept(id).isPresent() ? Origin.CONTENT_FOLDER : Origin.SHIPPED;
      return Optional.of(new Entry(inFiles.get(), origin, revision, false));
    }
    // Reverted to the content folder's version, which a later import no longer has: nothing is in
    // effect, and the concept is kept like a retired one, as it was reverted to, for a save to restore.
    return Optional.ofNullable(edit).map(e -> new Entry(e.concept(), Origin.EDITED, e.revision(), true));
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
