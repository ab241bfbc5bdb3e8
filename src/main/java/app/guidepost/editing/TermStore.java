package app.guidepost.editing;

import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.RevisionStamp;
import app.guidepost.audit.AuditLog;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.EditedConcept;
import app.guidepost.terminology.EditedConcepts;
import app.guidepost.terminology.Terminology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Writes edited concepts as new revisions, and reverts them to their file's version, each with
 * its row locked so that concurrent changes of one concept run one after the other, and records
 * each in the change log and the audit log in the same transaction.
 */
@ApplicationScoped
class TermStore {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject EditedConcepts concepts;
  @Inject Terminology terminology;
  @Inject ChangeLog changes;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** One concept to store: as it should be, whether retired, and the revision the editor started from. */
  record Change(Concept concept, boolean retired, Optional<Integer> basedOn) {}

  /** What storing one concept did: its revision now, and whether it was written (false when nothing changed). */
  record Stored(String id, int revision, boolean written, boolean created) {}

  /**
   * Stores every change in one transaction, as revisions of the same author and message.
   *
   * @throws PreconditionRequiredException a change without a base revision to a concept edited before
   * @throws StaleRevisionException a change based on a revision older than the current one
   */
  @Transactional
  List<Stored> store(List<Change> batch, String author, Optional<String> message, String auditAction) {
    RevisionStamp stamp = stamp(author, message);
    List<Stored> stored = batch.stream().map(change -> store(change, stamp)).toList();
    stored.stream().filter(Stored::written).forEach(s -> recorded(s, stamp, auditAction));
    try {
      entityManager.flush();
    } catch (PersistenceException e) {
      // Two editors created the same new concept at once: the second one's row is a duplicate.
      throw new StaleRevisionException(0, 1);
    }
    return stored;
  }

  /**
   * Reverts an edited concept to {@code fileVersion}, the files' version of it now, as a new
   * revision: from then on the concept counts as not edited.
   *
   * @throws TermEditor.NothingToRevertException a concept never edited, or already reverted
   * @throws PreconditionRequiredException a revert without a base revision
   * @throws StaleRevisionException a revert based on a revision older than the current one
   */
  @Transactional
  Stored revert(Concept fileVersion, Optional<Integer> basedOn, String author, Optional<String> message) {
    String id = fileVersion.id();
    EditedConcept edited = concepts.findForUpdate(id).orElseThrow(() -> TermEditor.NothingToRevertException.neverEdited(id));
    int current = edited.currentRevision();
    requireBase(basedOn, current);
    RevisionStamp stamp = stamp(author, message);
    int revision = edited.revertTo(fileVersion, stamp).orElseThrow(() -> TermEditor.NothingToRevertException.reverted(id, current));
    Stored stored = new Stored(id, revision, true, false);
    recorded(stored, stamp, "term.revert");
    return stored;
  }

  private Stored store(Change change, RevisionStamp stamp) {
    String id = change.concept().id();
    Optional<EditedConcept> existing = concepts.findForUpdate(id);
    int current = existing.map(EditedConcept::currentRevision).orElse(0);
    requireBase(change.basedOn(), current);
    if (existing.isPresent() && !existing.get().reverted()) {
      Optional<Integer> revision = existing.get().revise(change.concept(), change.retired(), stamp);
      return new Stored(id, revision.orElse(current), revision.isPresent(), false);
    }
    // Never edited, or reverted to the file's version: a save that says what the files say changes nothing.
    Optional<Concept> inFiles = terminology.fileVersion(id).map(Terminology.FileVersion::concept);
    if (inFiles.isPresent() && !change.retired() && inFiles.get().equals(change.concept())) {
      return new Stored(id, current, false, false);
    }
    if (existing.isPresent()) {
      return new Stored(id, existing.get().revise(change.concept(), change.retired(), stamp).orElseThrow(), true, false);
    }
    concepts.add(EditedConcept.first(change.concept(), change.retired(), stamp));
    return new Stored(id, 1, true, inFiles.isEmpty());
  }

  /** A change to a concept edited before must name its current revision. */
  private static void requireBase(Optional<Integer> basedOn, int current) {
    if (basedOn.isEmpty() && current > 0) {
      throw new PreconditionRequiredException(current);
    }
    if (basedOn.orElse(0) != current) {
      throw new StaleRevisionException(basedOn.orElse(0), current);
    }
  }

  private RevisionStamp stamp(String author, Optional<String> message) {
    return new RevisionStamp(RevisionOrigin.EDITOR, OffsetDateTime.now(clock), author, message);
  }

  /** A written revision goes to the change log (for every instance's termbase) and the audit log. */
  private void recorded(Stored stored, RevisionStamp stamp, String auditAction) {
    changes.record(ChangeKind.TERM, stored.id());
    audit.record(stamp.author(), auditAction, "term:" + stored.id(), "revision " + stored.revision() + stamp.message().map(m -> ": " + m).orElse(""));
  }
}
