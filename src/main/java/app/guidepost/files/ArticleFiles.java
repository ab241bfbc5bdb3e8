package app.guidepost.files;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Slug;
import app.guidepost.audit.AuditLog;
import app.guidepost.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The files of every article: listed without their bytes, read whole to be served, added,
 * replaced and removed by editors against the version they saw (an ETag, the file's SHA-256),
 * and imported from the content folder. Every change is in the audit log.
 */
@ApplicationScoped
public class ArticleFiles {

  /** The most files one article carries: a guide with a screenshot per step, not a file share. */
  public static final int MAX_PER_ARTICLE = 50;

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject ArticleRepository articles;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** What a save asks of the file there is now: nothing there yet, or the version seen. */
  public record Expected(boolean nothingThere, Optional<String> sha256) {
    public static final Expected ANYTHING = new Expected(false, Optional.empty());

    public static Expected nothing() {
      return new Expected(true, Optional.empty());
    }

    public static Expected version(String sha256) {
      return new Expected(false, Optional.of(sha256));
    }
  }

  /** What a save did. */
  public record Saved(StoredFile file, boolean created) {}

  /** Where the files of {@code slug} are served, for an application deployed at {@code root} ({@code ""} at the server's root). */
  public static String servedAt(String root, Slug slug) {
    return root + "/api/articles/" + slug.value() + "/files/";
  }

  public List<StoredFile> list(Slug slug) {
    return entityManager.createQuery("select new app.guidepost.files.StoredFile(f.name, f.mediaType, f.size, f.sha256, f.updatedAt, f.updatedBy)"
            + " from ArticleFile f where f.article.slug = :slug order by f.name", StoredFile.class)
        .setParameter("slug", slug.value())
        .getResultList();
  }

  public Optional<ArticleFile> find(Slug slug, FileName name) {
    return entityManager.createQuery("select f from ArticleFile f where f.article.slug = :slug and f.name = :name", ArticleFile.class)
        .setParameter("slug", slug.value())
        .setParameter("name", name.value())
        .getResultStream()
        .findFirst();
  }

  /**
   * Refuses a caller who may not change the article's files: an editor may when they may edit
   * one of its languages, an admin always.
   */
  public void requireMayChange(Caller caller, Slug slug) {
    caller.require(Role.EDITOR, "Changes to an article's files");
    Article article = articles.find(slug).orElseThrow(() -> new FileNotFoundException(slug));
    if (article.translations().stream().noneMatch(t -> caller.mayEdit(t.language()))) {
      throw new Caller.NotAllowedException("This account may edit only in " + caller.account().map(a -> a.languages().stream()
          .map(l -> l.code()).sorted().toList()).orElse(List.of()) + ", and the article '" + slug.value() + "' is in none of them.");
    }
  }

  /** Whether readers without an account may have the article's files: exactly when they may read the article. */
  public boolean isPublic(Slug slug) {
    return articles.isPublic(slug);
  }

  /**
   * Adds or replaces a file. The article's row is locked first, so that two saves of one
   * article's files run one after the other and the limit on their number holds.
   *
   * @throws FileConflictException when the file there is not the one {@code expected}
   */
  @Transactional
  public Saved save(Slug slug, FileName name, FileContent content, Expected expected, String actor) {
    Article article = lockedArticle(slug);
    Optional<ArticleFile> existing = find(slug, name);
    if (existing.isPresent()) {
      ArticleFile file = existing.get();
      if (expected.nothingThere()) {
        throw FileConflictException.taken(name, file.sha256());
      }
      if (expected.sha256().isEmpty()) {
        throw FileConflictException.versionRequired(name, file.sha256());
      }
      if (!expected.sha256().get().equals(file.sha256())) {
        throw FileConflictException.replacedSince(name, file.sha256());
      }
      if (!file.sha256().equals(content.sha256())) {
        file.replace(content, OffsetDateTime.now(clock), actor);
        audit.record(actor, "file.replace", target(slug, name), content.type().mediaType() + ", " + content.bytes().length + " bytes");
      }
      return new Saved(stored(file), false);
    }
    if (expected.sha256().isPresent()) {
      throw FileConflictException.removedSince(name);
    }
    if (count(slug) >= MAX_PER_ARTICLE) {
      throw new TooManyFilesException();
    }
    ArticleFile file = new ArticleFile(article, name, content, OffsetDateTime.now(clock), actor);
    entityManager.persist(file);
    audit.record(actor, "file.add", target(slug, name), content.type().mediaType() + ", " + content.bytes().length + " bytes");
    return new Saved(stored(file), true);
  }

  /** Removes a file, which must be the version the editor saw. */
  @Transactional
  public void remove(Slug slug, FileName name, String expectedSha256, String actor) {
    lockedArticle(slug);
    ArticleFile file = find(slug, name).orElseThrow(() -> new FileNotFoundException(slug, name));
    if (!file.sha256().equals(expectedSha256)) {
      throw FileConflictException.replacedSince(name, file.sha256());
    }
    entityManager.remove(file);
    audit.record(actor, "file.remove", target(slug, name), null);
  }

  /** What importing one file of the content folder did. */
  public enum Imported { CREATED, REPLACED, UNCHANGED }

  /** Stores a file of the content folder; empty when the folder has no article {@code slug}. */
  @Transactional
  public Optional<Imported> importFile(Slug slug, FileName name, FileContent content) {
    Optional<Article> article = articles.find(slug);
    if (article.isEmpty()) {
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<ArticleFile> existing = find(slug, name);
    if (existing.isPresent()) {
      return Optional.of(existing.get().importFromFolder(content, now) ? Imported.REPLACED : Imported.UNCHANGED);
    }
    entityManager.persist(ArticleFile.imported(article.get(), name, content, now));
    return Optional.of(Imported.CREATED);
  }

  /** Every file with its bytes, for the export, article by article. */
  public List<ArticleFile> all() {
    return entityManager.createQuery("select f from ArticleFile f join f.article a order by a.slug, f.name", ArticleFile.class).getResultList();
  }

  /** Refuses an address of an article that does not exist. */
  public void requireArticle(Slug slug) {
    articles.find(slug).orElseThrow(() -> new FileNotFoundException(slug));
  }

  private Article lockedArticle(Slug slug) {
    Article article = articles.find(slug).orElseThrow(() -> new FileNotFoundException(slug));
    entityManager.lock(article, LockModeType.PESSIMISTIC_WRITE);
    return article;
  }

  private long count(Slug slug) {
    return entityManager.createQuery("select count(f) from ArticleFile f where f.article.slug = :slug", Long.class)
        .setParameter("slug", slug.value()).getSingleResult();
  }

  private static StoredFile stored(ArticleFile file) {
    return new StoredFile(file.name().value(), file.mediaType(), file.size(), file.sha256(), file.updatedAt(), file.updatedBy());
  }

  private static String target(Slug slug, FileName name) {
    return "article:" + slug.value() + "/files/" + name.value();
  }

  /** No such article, or no such file of it: 404. */
  public static final class FileNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public FileNotFoundException(Slug slug) {
      super(404, "Article not found", "There is no article '" + slug.value() + "'.");
    }

    public FileNotFoundException(Slug slug, FileName name) {
      super(404, "File not found", "The article '" + slug.value() + "' has no file '" + name.value() + "'.");
    }
  }

  /** An article with as many files as it may have: 409. */
  public static final class TooManyFilesException extends ProblemException {
    private static final long serialVersionUID = 1L;

    TooManyFilesException() {
      super(409, "Too many files", "An article may have at most " + MAX_PER_ARTICLE + " files. Remove one it no longer uses first.");
    }
  }
}
