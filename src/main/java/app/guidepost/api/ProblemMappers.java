package app.guidepost.api;

import app.guidepost.editing.RevisionConflictException;
import app.guidepost.platform.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one place where exceptions become {@code application/problem+json} answers. */
public final class ProblemMappers {

  private ProblemMappers() {}

  static Response answer(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * Every refusal of Guidepost's own (input that breaks a rule, something not found or not
   * allowed, not ready yet, a walkthrough move that does not fit): the status, title and
   * headers its exception carries.
   */
  @Provider
  public static class Refused implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
      Response.ResponseBuilder answer = Response.fromResponse(answer(Problem.of(e.status(), e.title(), e.detail())));
      e.headers().forEach(answer::header);
      return answer.build();
    }
  }

  /**
   * A change refused for the revision it was made on (409 after someone else saved, 428 without
   * If-Match): the answer names the current revision, so the editor can load it.
   */
  @Provider
  public static class RevisionConflict implements ExceptionMapper<RevisionConflictException> {
    @Override
    public Response toResponse(RevisionConflictException e) {
      Problem problem = Problem.of(e.status(), e.title(), e.detail());
      Response.ResponseBuilder answer = Response.status(e.status()).type(Problem.MEDIA_TYPE)
          .entity(new RevisionProblem(problem.type(), problem.title(), problem.status(), problem.detail(), e.current()));
      if (e.tagsCurrent()) {
        answer.tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(e.current())));
      }
      return answer.build();
    }
  }

  /** A problem that names the current revision. */
  @jakarta.json.bind.annotation.JsonbPropertyOrder({"type", "title", "status", "detail", "currentRevision"})
  public record RevisionProblem(String type, String title, int status, String detail, int currentRevision) {}

  /** 400 for a request body that is not the JSON it should be. */
  @Provider
  public static class BadJson implements ExceptionMapper<jakarta.json.JsonException> {
    @Override
    public Response toResponse(jakarta.json.JsonException e) {
      return answer(Problem.of(400, "Invalid JSON", "The request body is not a valid JSON object."));
    }
  }

  /** Two changes to the same record at once: the later one is refused, never merged silently. */
  @Provider
  public static class ConcurrentChange implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
      return answer(Problem.of(409, "Changed meanwhile", "Someone else changed this at the same moment. Reload it and try again."));
    }
  }

  /** JAX-RS's own errors (unknown path, wrong method, unacceptable type) keep their status. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      String detail = switch (status.getStatusCode()) {
        case 404 -> "There is nothing at this address.";
        case 405 -> "This address does not accept that method.";
        case 406 -> "This address answers with JSON only.";
        case 415 -> "This address does not accept that content type.";
        default -> status.getReasonPhrase();
      };
      return answer(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail));
    }
  }

  /** 413 for a body past its endpoint's limit, however deep in the reading it was cut off. */
  static Response tooLarge() {
    return Response.fromResponse(answer(Problem.of(413, "Body too large", "The request body is larger than this address takes.")))
        .header("Connection", "close").build();
  }

  /** The database away: 503 with Retry-After. Anything else unexpected: logged in full, answered without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof app.guidepost.platform.RequestBodyLimits.BodyTooLargeException) {
          return tooLarge();
        }
      }
      if (app.guidepost.platform.DatabaseUnavailable.isCause(e)) {
        LOG.log(Level.WARNING, "The database is unavailable: {0}", String.valueOf(e));
        return Response.fromResponse(answer(Problem.of(503, "Database unavailable",
            "The knowledge base cannot store or read this right now; searching still works. Try again in a moment.")))
            .header("Retry-After", "10").build();
      }
      LOG.log(Level.SEVERE, "Unexpected error while answering a request", e);
      return answer(Problem.of(500, "Internal error", "The server could not answer this request; the error has been logged."));
    }
  }
}
