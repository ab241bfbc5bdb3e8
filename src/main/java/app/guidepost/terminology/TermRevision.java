package app.guidepost.terminology;

import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.RevisionStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One saved state of an edited concept, as a TBX file of that concept alone. Immutable once written. */
@Entity
@Table(name = "term_revision")
public class TermRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "concept_id", nullable = false, updatable = false)
  private EditedConcept concept;

  @Column(name = "concept_id", insertable = false, updatable = false)
  private String conceptId;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "retired", nullable = false, updatable = false)
  private boolean retired;

  @Column(name = "reverted", nullable = false, updatable = false)
  private boolean reverted;

  @Column(name = "tbx", nullable = false, updatable = false)
  private String tbx;

  @Embedded
  private RevisionStamp stamp;

  protected TermRevision() {}

  TermRevision(EditedConcept concept, int number, boolean retired, boolean reverted, String tbx, RevisionStamp stamp) {
    this.concept = concept;
    this.conceptId = concept.id();
    this.number = number;
    this.retired = retired;
    this.reverted = reverted;
    this.tbx = tbx;
    this.stamp = stamp;
  }

  public int number() {
    return number;
  }

  public boolean retired() {
    return retired;
  }

  /** Whether this revision reverted the concept to its file's version (which it holds as the file said it then). */
  public boolean reverted() {
    return reverted;
  }

  /** The concept as this revision saved it. */
  public Concept concept() {
    return parse(conceptId, tbx);
  }

  public String author() {
    return stamp.author();
  }

  public Optional<String> message() {
    return stamp.message();
  }

  public RevisionOrigin origin() {
    return stamp.origin();
  }

  public OffsetDateTime createdAt() {
    return stamp.createdAt();
  }

  /** Reads a stored revision; it was written by {@link TbxWriter}, so anything else is a damaged row. */
  static Concept parse(String id, String tbx) {
    try {
      TbxReader.Result read = TbxReader.read(new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)));
      return read.termbase().concept(id)
          .orElseThrow(() -> new IllegalStateException("the stored revision of concept " + id + " does not hold it: " + read.problems()));
    } catch (TbxFileException e) {
      throw new IllegalStateException("the stored revision of concept " + id + " cannot be read at line " + e.line() + ": " + e.getMessage(), e);
    }
  }
}
