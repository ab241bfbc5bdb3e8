package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.editing.PreconditionRequiredException;
import app.guidepost.editing.StaleRevisionException;

import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.NotReadyException;
import app.guidepost.walkthrough.WalkthroughRefusedException;
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

  /** Input Guidepost refuses: 400 with the rule that was broken. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return answer(Problem.of(400, e.title(), e.detail()));
    }
  }

  /** 404 for an article that does not exist or that the reader may not see. */
  @Provider
  public static class ArticleNotFound implements ExceptionMapper<ArticleNotFoundException> {
    @Override
    public Response toResponse(ArticleNotFoundException e) {
      return answer(Problem.of(404, "Article not found", e.getMessage()));
    }
  }

  /** 400 for a request body that is not the JSON it should be. */
  @Provider
  public static class BadJson implements ExceptionMapper<jakarta.json.JsonException> {
    @Override
    public Response toResponse(jakarta.json.JsonException e) {
      return answer(Problem.of(400, "Invalid JSON", "The request body is not a valid JSON object."));
    }
  }

  /** 409 for a save based on an old revision, with the current one so the editor can load it. */
  @Provider
  public static class StaleRevision implements ExceptionMapper<StaleRevisionException> {
    @Override
    public Response toResponse(StaleRevisionException e) {
      return Response.status(409).type(Problem.MEDIA_TYPE)
          .entity(new RevisionProblem("https://guidepost.app/problems/edit-conflict", "Edit conflict", 409, e.getMessage(), e.current()))
          .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(e.current())))
          .build();
    }
  }

  /** 428 for a change to an existing translation that does not say which revision it started from. */
  @Provider
  public static class PreconditionRequired implements ExceptionMapper<PreconditionRequiredException> {
    @Override
    public Response toResponse(PreconditionRequiredException e) {
      return Response.status(428).type(Problem.MEDIA_TYPE)
          .entity(new RevisionProblem("https://guidepost.app/problems/if-match-required", "If-Match required", 428, e.getMessage(), e.current()))
          .build();
    }
  }

  /** A problem that names the current revision. */
  @jakarta.json.bind.annotation.JsonbPropertyOrder({"type", "title", "status", "detail", "currentRevision"})
  public record RevisionProblem(String type, String title, int status, String detail, int currentRevision) {}

  /** 404 for a translation or revision that does not exist. */
  @Provider
  public static class TranslationNotFound implements ExceptionMapper<ArticleEditor.TranslationNotFoundException> {
    @Override
    public Response toResponse(ArticleEditor.TranslationNotFoundException e) {
      return answer(Problem.of(404, "Translation not found", e.getMessage()));
    }
  }

  /** 404 for a revision that does not exist. */
  @Provider
  public static class RevisionNotFound implements ExceptionMapper<ArticleEditor.RevisionNotFoundException> {
    @Override
    public Response toResponse(ArticleEditor.RevisionNotFoundException e) {
      return answer(Problem.of(404, "Revision not found", e.getMessage()));
    }
  }

  /** 404 for an unknown account. */
  @Provider
  public static class AccountNotFound implements ExceptionMapper<app.guidepost.account.Accounts.AccountNotFoundException> {
    @Override
    public Response toResponse(app.guidepost.account.Accounts.AccountNotFoundException e) {
      return answer(Problem.of(404, "Account not found", e.getMessage()));
    }
  }

  /** 401 for an answer that needs a signed-in caller. */
  @Provider
  public static class SignInRequired implements ExceptionMapper<Caller.SignInRequiredException> {
    @Override
    public Response toResponse(Caller.SignInRequiredException e) {
      return Response.fromResponse(answer(Problem.of(401, "Sign-in required", e.getMessage())))
          // Not "Basic": a browser would then prompt and keep the credentials, which it sends on
          // cross-site requests too; pages sign in through POST /api/session instead.
          .header("WWW-Authenticate", "Session realm=\"Guidepost\"").build();
    }
  }

  /** 403 for an answer the signed-in caller's role does not allow. */
  @Provider
  public static class NotAllowed implements ExceptionMapper<Caller.NotAllowedException> {
    @Override
    public Response toResponse(Caller.NotAllowedException e) {
      return answer(Problem.of(403, "Forbidden", e.getMessage()));
    }
  }

  /** 404 for a guide that does not exist or that the reader may not see. */
  @Provider
  public static class GuideNotFound implements ExceptionMapper<GuideNotFoundException> {
    @Override
    public Response toResponse(GuideNotFoundException e) {
      return answer(Problem.of(404, "Guide not found", e.getMessage()));
    }
  }

  /** 404 for an unknown ticket step. */
  @Provider
  public static class TicketStepNotFound implements ExceptionMapper<TicketStepResource.TicketStepNotFoundException> {
    @Override
    public Response toResponse(TicketStepResource.TicketStepNotFoundException e) {
      return answer(Problem.of(404, "Ticket step not found", e.getMessage()));
    }
  }

  /** A walkthrough request refused: the status and title say why (404, 409, 410 or 400). */
  @Provider
  public static class WalkthroughRefused implements ExceptionMapper<WalkthroughRefusedException> {
    @Override
    public Response toResponse(WalkthroughRefusedException e) {
      return answer(Problem.of(e.refusal().status(), e.refusal().title(), e.getMessage()));
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

  /** 409 when a rebuild of the index is asked for while one is running. */
  @Provider
  public static class RebuildRunning implements ExceptionMapper<app.guidepost.search.IndexFollower.RebuildRunningException> {
    @Override
    public Response toResponse(app.guidepost.search.IndexFollower.RebuildRunningException e) {
      return answer(Problem.of(409, "Rebuild running", e.getMessage()));
    }
  }

  /** 503 while start-up is still importing or indexing. */
  @Provider
  public static class NotReady implements ExceptionMapper<NotReadyException> {
    @Override
    public Response toResponse(NotReadyException e) {
      return Response.fromResponse(answer(Problem.of(503, "Not ready", e.getMessage()))).header("Retry-After", "5").build();
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
