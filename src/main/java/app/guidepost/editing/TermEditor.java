package app.guidepost.editing;

import app.guidepost.search.IndexFollower;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.TbxFileException;
import app.guidepost.terminology.TbxProblem;
import app.guidepost.terminology.TbxReader;
import app.guidepost.terminology.Terminology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Edits the termbase from the terminology page, the API and TBX files: saves a concept against
 * the revision the editor started from (someone else's later save is a conflict, never
 * overwritten), retires one, reverts an edited one to its file's version, and imports a file's
 * concepts as revisions. Every change is in effect for searches on this instance when the call
 * returns, and on the others when they follow the change log.
 */
@ApplicationScoped
public class TermEditor {

  private static final Logger LOG = Logger.getLogger(TermEditor.class.getName());

  /** What a save did: the concept as it is in effect now, and the revision written (empty when nothing changed). */
  public record Saved(Terminology.Entry entry, Optional<Integer> revision) {}

  /** What an import did, and the entries or terms of the file it left out, with their lines. */
  public record Imported(int created, int revised, int unchanged, List<TbxProblem> problems) {}

  /** Thrown for a concept that is neither in effect nor edited. */
  public static final class ConceptNotFoundException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    public ConceptNotFoundException(String id) {
      super(404, "Concept not found", "No concept has the id '" + app.guidepost.platform.InvalidInputException.excerpt(id) + "'.");
    }
  }

  /** Thrown for a revert of a concept that no file has: it was created in Guidepost. */
  public static final class NoFileVersionException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    public NoFileVersionException(String id) {
      super(409, "No file version", "Concept '" + app.guidepost.platform.InvalidInputException.excerpt(id) + "' was created in Guidepost: "
          + "neither the content folder's termbase nor the shipped one has it, so there is no file version to revert to. "
          + "Retire it to take it out of searches.");
    }
  }

  /** Thrown for a revert of a concept whose file version is in effect already. */
  public static final class NothingToRevertException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    private NothingToRevertException(String detail) {
      super(409, "Nothing to revert", detail);
    }

    static NothingToRevertException neverEdited(String id) {
      return new NothingToRevertException("Concept '" + app.guidepost.platform.InvalidInputException.excerpt(id)
          + "' has not been edited in Guidepost: its file version is in effect already.");
    }

    static NothingToRevertException reverted(String id, int revision) {
      return new NothingToRevertException("Concept '" + app.guidepost.platform.InvalidInputException.excerpt(id)
          + "' has not been edited since revision " + revision + " reverted it: its file version is in effect already.");
    }
  }

  @Inject TermStore store;
  @Inject Terminology terminology;
  @Inject IndexFollower follower;

  /**
   * Saves a concept as an editor typed it, in use (a retired one is restored).
   *
   * @param basedOn the revision the editor started from; required once the concept has been edited
   */
  public Saved save(Concept concept, Optional<Integer> basedOn, String author, Optional<String> message) {
    TermStore.Stored stored = store.store(List.of(new TermStore.Change(concept, false, basedOn)), author, message, "term.save").get(0);
    return saved(stored);
  }

  /** Retires a concept: it no longer names anything in searches, and is kept for translators to see. */
  public Saved retire(String id, Optional<Integer> basedOn, String author, Optional<String> message) {
    Terminology.Entry entry = terminology.entry(id).orElseThrow(() -> new ConceptNotFoundException(id));
    TermStore.Stored stored = store.store(List.of(new TermStore.Change(entry.concept(), true, basedOn)), author, message, "term.retire").get(0);
    return saved(stored);
  }

  /**
   * Reverts an edited concept to its file's version (the content folder's, else the shipped one):
   * that version is in effect again, as for a concept never edited, and the revert is a revision of
   * the concept's history. A retired concept is back in use.
   *
   * @param basedOn the revision the editor started from; required
   * @throws ConceptNotFoundException a concept neither in effect nor edited
   * @throws NoFileVersionException a concept created in Guidepost, which no file has
   * @throws NothingToRevertException a concept not edited, or not since it was reverted
   */
  public Saved revert(String id, Optional<Integer> basedOn, String author, Optional<String> message) {
    terminology.entry(id).orElseThrow(() -> new ConceptNotFoundException(id));
    Terminology.FileVersion file = terminology.fileVersion(id).orElseThrow(() -> new NoFileVersionException(id));
    return saved(store.revert(file.concept(), basedOn, author, message));
  }

  /**
   * Imports a TBX file's concepts over the termbase in effect: a concept the file says
   * differently becomes a new revision (a retired one is restored), one it says the same is left
   * as it is. Entries the file cannot use are reported and left out; the rest are imported.
   *
   * @throws TbxFileException when the file cannot be read at all (nothing is imported)
   */
  public Imported importTbx(InputStream in, String author, Optional<String> message) throws TbxFileException {
    TbxReader.Result read = TbxReader.read(in);
    List<TermStore.Change> changes = new ArrayList<>();
    int unchanged = 0;
    for (Concept concept : read.termbase().concepts()) {
      Optional<Terminology.Entry> now = terminology.entry(concept.id());
      if (now.isPresent() && !now.get().retired() && now.get().concept().equals(concept)) {
        unchanged++;
      } else {
        changes.add(new TermStore.Change(concept, false, Optional.of(now.map(Terminology.Entry::revision).orElse(0))));
      }
    }
    int created = 0;
    int revised = 0;
    if (!changes.isEmpty()) {
      for (TermStore.Stored stored : store.store(changes, author, message, "term.import")) {
        created += stored.written() && stored.created() ? 1 : 0;
        revised += stored.written() && !stored.created() ? 1 : 0;
        unchanged += stored.written() ? 0 : 1;
      }
      follow();
    }
    return new Imported(created, revised, unchanged, read.problems());
  }

  private Saved saved(TermStore.Stored stored) {
    if (stored.written()) {
      follow();
    }
    return new Saved(terminology.entry(stored.id()).orElseThrow(), stored.written() ? Optional.of(stored.revision()) : Optional.empty());
  }

  /** Puts what was stored in effect on this instance before the call answers. */
  private void follow() {
    try {
      follower.catchUp();
    } catch (IOException e) {
      // Stored all the same: the next poll puts it in effect.
      LOG.log(Level.WARNING, "Could not follow the change log at once after a termbase change", e);
    }
  }
}
