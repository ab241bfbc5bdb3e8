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
 * folder's, with every revision of it. Never cached: each instance reads it when the change
 * log says it changed.
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
    edited.apply(concept, retired, stamp);
    return edited;
  }

  /**
   * Saves {@code concept} as this concept's next revision, unless it says exactly what the current
   * one says.
   *
   * @return the new revision's number, or empty when nothing changed
   */
  public Optional<Integer> revise(Concept concept, boolean retired, RevisionStamp stamp) {
    if (!concept.id().equals(id)) {
      throw new IllegalArgumentException("concept " + concept.id() + " saved as " + id);
    }
    if (retired == this.retired && concept.equals(concept())) {
      return Optional.empty();
    }
    apply(concept, retired, stamp);
    return Optional.of(currentRevision);
  }

  private void apply(Concept concept, boolean retired, RevisionStamp stamp) {
    currentRevision++;
    this.retired = retired;
    this.tbx = TbxWriter.single(concept);
    this.parsed = concept;
    this.updatedAt = stamp.createdAt();
    revisions.add(new TermRevision(this, currentRevision, retired, tbx, stamp));
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
