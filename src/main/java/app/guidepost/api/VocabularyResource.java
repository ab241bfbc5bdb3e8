package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.editing.VocabularyEditor;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.ProblemException;
import app.guidepost.platform.Readiness;
import app.guidepost.vocabulary.Vocabulary;
import app.guidepost.vocabulary.VocabularyRevision;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/vocabulary/categories} and {@code /api/vocabulary/ticket-steps}: the topics and the
 * ticket steps as the content folder's file, with the revision in effect ({@code ETag}) and the
 * history, for editors; {@code PUT {"file", "message"}} with {@code If-Match} saves a new
 * revision, in effect at once on every instance.
 */
@Path("vocabulary/{kind}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

  @Inject VocabularyEditor editor;
  @Inject Caller caller;
  @Inject Readiness readiness;

  @PathParam("kind") String kind;

  /** A vocabulary as its file, and every revision saved here (newest first). */
  public record File(String kind, int revision, String file, List<Entry> history) {
    /** One saved revision. */
    public record Entry(int number, String author, OffsetDateTime createdAt, String message) {}
  }

  @GET
  public Response get() {
    caller.require(Role.EDITOR, "Topics and ticket steps");
    readiness.requireReady();
    Vocabulary vocabulary = vocabulary();
    int revision = vocabulary == Vocabulary.CATEGORIES ? editor.topics().revision() : editor.ticketSteps().revision();
    String file = vocabulary == Vocabulary.CATEGORIES ? editor.topicsFile() : editor.ticketStepsFile();
    List<File.Entry> history = editor.history(vocabulary).stream()
        .map(r -> new File.Entry(r.number(), r.author(), r.createdAt(), r.message().orElse(null))).toList();
    return Response.ok(new File(vocabulary.code(), revision, file, history)).tag(new EntityTag(String.valueOf(revision)))
        .cacheControl(Caching.noStore()).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(String body, @HeaderParam("If-Match") String ifMatch) {
    caller.require(Role.EDITOR, "Changes to topics and ticket steps");
    readiness.requireReady();
    Vocabulary vocabulary = vocabulary();
    var json = JsonBodies.text(body, Set.of("file", "message"));
    String file = JsonBodies.string(json, "file").orElseThrow(() -> new InvalidInputException("File required", "Send the whole file as 'file'."));
    Optional<String> message = JsonBodies.string(json, "message");
    int basedOn = Optional.ofNullable(ifMatch).map(String::strip).filter(m -> m.matches("(W/)?\"[0-9]{1,9}\""))
        .map(m -> Integer.parseInt(m.replaceAll("[^0-9]", "")))
        .orElseThrow(VersionRequiredException::new);
    VocabularyRevision saved = vocabulary == Vocabulary.CATEGORIES
        ? editor.saveTopicsFile(file, basedOn, message) : editor.saveTicketStepsFile(file, basedOn, message);
    return Response.ok(new File(vocabulary.code(), saved.number(), saved.yaml(), List.of())).tag(new EntityTag(String.valueOf(saved.number())))
        .cacheControl(Caching.noStore()).build();
  }

  private Vocabulary vocabulary() {
    return Vocabulary.fromCode(kind).orElseThrow(() -> new NotFound(kind));
  }

  /** A save without the revision it started from: 428. */
  static final class VersionRequiredException extends ProblemException {
    private static final long serialVersionUID = 1L;

    VersionRequiredException() {
      super(428, "Precondition required", "Send If-Match with the revision you started from (its ETag; \"0\" for the content folder's file).");
    }
  }

  /** Neither topics nor ticket steps: 404. */
  static final class NotFound extends ProblemException {
    private static final long serialVersionUID = 1L;

    NotFound(String kind) {
      super(404, "Not found", "'" + InvalidInputException.excerpt(kind) + "' is neither 'categories' nor 'ticket-steps'.");
    }
  }
}
