package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.article.Slug;
import app.guidepost.files.ArticleFile;
import app.guidepost.files.ArticleFiles;
import app.guidepost.files.FileContent;
import app.guidepost.files.FileName;
import app.guidepost.files.FileType;
import app.guidepost.files.StoredFile;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.ProblemException;
import app.guidepost.platform.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/articles/{slug}/files}: an article's files. Anyone who may read the article gets a
 * file ({@code GET .../files/{name}}): images shown inline, anything else as a download, each
 * with a policy that lets it run nothing. Editors list them, add one with {@code PUT} (the body
 * is the file; {@code If-None-Match: *} to add only, {@code If-Match} with the ETag to replace),
 * and remove one with {@code DELETE} and {@code If-Match}.
 */
@Path("articles/{slug}/files")
@RequestScoped
public class ArticleFileResource {

  /** Files cannot run anything, be framed, or be read by a page of another site as script. */
  static final String FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

  @Inject ArticleFiles files;
  @Inject Caller caller;
  @Inject Readiness readiness;
  @Context UriInfo uri;

  @PathParam("slug") String slug;

  /** The files of an article, for its editors. */
  public record FileList(String article, List<Entry> files, int maxFiles, long maxBytes) {}

  /** One file: where it is served and how Markdown refers to it. */
  public record Entry(String name, String mediaType, long size, String etag, String url, String markdown, boolean image, OffsetDateTime updatedAt,
      String updatedBy) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    caller.require(Role.EDITOR, "Lists of an article's files");
    readiness.requireReady();
    Slug article = slug();
    files.requireArticle(article);
    List<Entry> entries = files.list(article).stream().map(this::entry).toList();
    return Response.ok(new FileList(article.value(), entries, ArticleFiles.MAX_PER_ARTICLE, FileType.MAX_BYTES)).cacheControl(Caching.noStore()).build();
  }

  @GET
  @Path("{name}")
  public Response file(@PathParam("name") String name, @Context Request request) {
    readiness.requireReady();
    Slug article = slug();
    FileName fileName = FileName.require(name);
    boolean readable = caller.isStaff() || files.isPublic(article);
    ArticleFile file = (readable ? files.find(article, fileName) : Optional.<ArticleFile>empty())
        .orElseThrow(() -> new ArticleFiles.FileNotFoundException(article, fileName));
    EntityTag tag = new EntityTag(file.sha256());
    CacheControl caching = new CacheControl();
    if (readable && !caller.isStaff()) {
      caching.setMaxAge(300);
    } else {
      caching.setPrivate(true);
      caching.setNoCache(true);
    }
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.cacheControl(caching).build();
    }
    FileType type = file.type();
    return Response.ok(file.content(), type.mediaType())
        .tag(tag)
        .cacheControl(caching)
        .header("Content-Disposition", (type.isInline() ? "inline" : "attachment") + "; filename=\"" + file.name() + "\"")
        .header("Content-Security-Policy", FILE_POLICY)
        .header("Cross-Origin-Resource-Policy", "same-origin")
        .build();
  }

  @PUT
  @Path("{name}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response save(@PathParam("name") String name, InputStream body, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    readiness.requireReady();
    Slug article = slug();
    FileName fileName = FileName.require(name);
    files.requireMayChange(caller, article);
    FileContent content = FileContent.of(fileName, readAtMost(body, FileType.MAX_BYTES));
    ArticleFiles.Expected expected = "*".equals(strip(ifNoneMatch)) ? ArticleFiles.Expected.nothing()
        : Optional.ofNullable(ifMatch).map(ArticleFileResource::version).map(ArticleFiles.Expected::version).orElse(ArticleFiles.Expected.ANYTHING);
    ArticleFiles.Saved saved = files.save(article, fileName, content, expected, caller.actor());
    Entry entry = entry(saved.file());
    Response.ResponseBuilder answer = saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
    return answer.entity(entry).tag(new EntityTag(saved.file().sha256())).cacheControl(Caching.noStore()).build();
  }

  @DELETE
  @Path("{name}")
  public Response remove(@PathParam("name") String name, @HeaderParam("If-Match") String ifMatch) {
    readiness.requireReady();
    Slug article = slug();
    FileName fileName = FileName.require(name);
    files.requireMayChange(caller, article);
    String expected = Optional.ofNullable(ifMatch).map(ArticleFileResource::version).orElseThrow(() -> new VersionRequiredException(fileName));
    files.remove(article, fileName, expected, caller.actor());
    return Response.noContent().build();
  }

  private Entry entry(StoredFile file) {
    return new Entry(file.name(), file.mediaType(), file.size(), file.tag(), uri.getBaseUri().getPath() + "articles/" + slug + "/files/" + file.name(),
        file.markdown(), file.isImage(), file.updatedAt(), file.updatedBy());
  }

  /** Reads the body, refusing it the moment it passes {@code limit}, so no larger body is ever held. */
  static byte[] readAtMost(InputStream body, int limit) {
    try (InputStream in = body) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new FileContent.FileTooLargeException();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version(String ifMatch) {
    String tag = strip(ifMatch);
    if (!tag.matches("(W/)?\"[0-9a-f]{64}\"")) {
      throw new InvalidInputException("Invalid If-Match", "If-Match must be the file's ETag, a quoted SHA-256 such as the one its GET answered with.");
    }
    return tag.substring(tag.indexOf('"') + 1, tag.length() - 1);
  }

  private static String strip(String header) {
    return header == null ? "" : header.strip();
  }

  private Slug slug() {
    return ArticleResource.slugOf(slug);
  }

  /** A removal without the version removed: 428. */
  static final class VersionRequiredException extends ProblemException {
    private static final long serialVersionUID = 1L;

    VersionRequiredException(FileName name) {
      super(428, "Precondition required", "Send If-Match with the ETag of " + name + " to remove it, so that a file someone else replaced is not removed unseen.");
    }
  }
}
