package app.guidepost.files;

import app.guidepost.article.Article;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One file of an article with its bytes. Not in the shared cache: files are read when served,
 * and their bytes should not sit in every instance's memory.
 */
@Entity
@Table(name = "article_file")
public class ArticleFile {

  @Id
  @SequenceGenerator(name = "guidepost_seq", sequenceName = "guidepost_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id", nullable = false, updatable = false)
  private Article article;

  @Column(name = "name", nullable = false, updatable = false, length = FileName.MAX_LENGTH)
  private String name;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "imported_sha256", length = 64)
  private String importedSha256;

  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ArticleFile() {}

  ArticleFile(Article article, FileName name, FileContent content, OffsetDateTime at, String by) {
    this.article = article;
    this.name = name.value();
    replace(content, at, by);
  }

  /** A file first read from the content folder. */
  static ArticleFile imported(Article article, FileName name, FileContent content, OffsetDateTime at) {
    ArticleFile file = new ArticleFile(article, name, content, at, "import");
    file.importedSha256 = content.sha256();
    return file;
  }

  final void replace(FileContent content, OffsetDateTime at, String by) {
    this.mediaType = content.type().mediaType();
    this.size = content.bytes().length;
    this.sha256 = content.sha256();
    this.content = content.bytes();
    this.updatedAt = at;
    this.updatedBy = by;
  }

  /**
   * Takes the content folder's version when the folder changed since it was last imported;
   * a folder that did not change leaves alone what an editor uploaded since.
   *
   * @return whether the stored file changed
   */
  boolean importFromFolder(FileContent content, OffsetDateTime at) {
    if (content.sha256().equals(importedSha256) || content.sha256().equals(sha256)) {
      importedSha256 = content.sha256();
      return false;
    }
    replace(content, at, "import");
    importedSha256 = content.sha256();
    return true;
  }

  public FileName name() {
    return new FileName(name);
  }

  public Article article() {
    return article;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public FileType type() {
    return FileType.byExtension(name().extension()).orElseThrow();
  }

  Optional<String> importedSha256() {
    return Optional.ofNullable(importedSha256);
  }
}
