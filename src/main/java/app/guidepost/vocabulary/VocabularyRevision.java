package app.guidepost.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One saved state of a vocabulary: the whole file, who saved it, when and why. Never changed. */
@Entity
@Table(name = "vocabulary_revision")
public class VocabularyRevision {

  @Id
  @SequenceGenerator(name = "guidepost_seq", sequenceName = "guidepost_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "kind", nullable = false, updatable = false, length = 32)
  private String kind;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "yaml", nullable = false, updatable = false)
  private String yaml;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "author", nullable = false, updatable = false, length = 64)
  private String author;

  @Column(name = "message", updatable = false, length = 500)
  private String message;

  protected VocabularyRevision() {}

  VocabularyRevision(Vocabulary vocabulary, int number, String yaml, OffsetDateTime at, String author, Optional<String> message) {
    this.kind = vocabulary.code();
    this.number = number;
    this.yaml = yaml;
    this.createdAt = at;
    this.author = author;
    this.message = message.map(String::strip).filter(m -> !m.isEmpty()).map(m -> m.length() > 500 ? m.substring(0, 500) : m).orElse(null);
  }

  public int number() {
    return number;
  }

  public String yaml() {
    return yaml;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String author() {
    return author;
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }
}
