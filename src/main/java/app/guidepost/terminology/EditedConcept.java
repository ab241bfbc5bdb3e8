package app.guidepost.terminology;

import app.guidepost.article.RevisionStamp;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A concept as it was edited in Guidepost, put over the shipped termbase and the content
 * folder's, with every revision of it. Once reverted to its file's version it counts as not
 * edited (the files' version is in effect) until it is saved again; its history stays. Never
 * cached: each instance reads it when the change log says it changed.
 */
@Entity
@Table(name = "term_concept")
public class EditedConcept {

  @Id
  @Column(name = "id", length = 100)
  private String id;

  @Column(name = "current_revision", nullable = false)
  private int currentRevision;

  @Column(name = "retired", nullable = false)
  private boolean retired;

  @Column(name = "reverted", nullable = false)
  private boolean reverted;

  @Column(name = "tbx", nullable = false)
  private String tbx;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @OneToMany(mappedBy = "concept", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<TermRevision> revisions = new ArrayList<>();

  @Transient
  private Concept parsed;

  protected EditedConcept() {}

  /** A concept edited for the first time: revision 1. */
  public static EditedConcept first(Concept concept, boolean retired, RevisionStamp stamp) {
    EditedConcept edited = new EditedConcept();
    edited.id = concept.id();
    edited.apply(concept, retired, false, stamp);
    return edited;
  }

  /**
   * Saves {@code concept} as this concept's next revision, unless it says exactly what the current
   * one says. A reverted concept is edited again by any save: whether a save says what the files
   * say now is for the caller to tell, since only it knows the files.
   *
   * @return the new revision's number, or empty when nothing changed
   */
  public Optional<Integer> revise(Concept concept, boolean retired, RevisionStamp stamp) {
    requireSameId(concept);
    if (!reverted && retired == this.retired && concept.equals(concept())) {
      return Optional.empty();
    }
    apply(concept, retired, false, stamp);
    return Optional.of(currentRevision);
  }

  /**
   * Puts the file's version back in effect: a new revision that holds {@code fileVersion} as the
   * files say it now, after which the concept counts as not edited (and in use, if it was retired)
   * until it is saved again. Earlier revisions stay as they are.
   *
   * @return the new revision's number, or empty when the file's version is in effect already
   */
  public Optional<Integer> revertTo(Concept fileVersion, RevisionStamp stamp) {
    requireSameId(fileVersion);
    if (reverted) {
      return Optional.empty();
    }
    apply(fileVersion, false, true, stamp);
    return Optional.of(currentRevision);
  }

  private void requireSameId(Concept concept) {
    if (!concept.id().equals(id)) {
      throw new IllegalArgumentException("concept " + concept.id() + " saved as " + id);
    }
  }

  private void apply(Concept concept, boolean retired, boolean reverted, RevisionStamp stamp) {
    currentRevision++;
    this.retired = retired;
    this.reverted = reverted;
    this.tbx = TbxWriter.single(concept);
    this.parsed = concept;
    this.updatedAt = stamp.createdAt();
    revisions.add(new TermRevision(this, currentRevision, retired, reverted, tbx, stamp));
  }

  public String id() {
    return id;
  }

  public int currentRevision() {
    return currentRevision;
  }

  /** Whether the concept is retired: it names nothing in searches, and translators still see it. */
  public boolean retired() {
    return retired;
  }

  /**
   * Whether the newest revision reverted the concept to its file's version: then the files'
   * version is in effect, as for a concept never edited, and {@link #concept()} is the file's
   * version as it was when reverted.
   */
  public boolean reverted() {
    return reverted;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  /** The concept as its current revision says. */
  public Concept concept() {
    if (parsed == null) {
      parsed = TermRevision.parse(id, tbx);
    }
    return parsed;
  }

  /** The revisions, oldest first. */
  public List<TermRevision> revisions() {
    return List.copyOf(revisions);
  }
}
