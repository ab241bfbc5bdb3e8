package app.guidepost.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.account.Caller;
import app.guidepost.i18n.UnknownLanguageException;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.NotReadyException;
import app.guidepost.platform.ProblemException;
import app.guidepost.platform.Readiness;
import app.guidepost.walkthrough.Refusal;
import app.guidepost.walkthrough.WalkthroughRefusedException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each refusal answers, pinned as clients see it: status, problem type, title and the
 * headers beside it. One mapper writes them all, so a change here is a change of the API.
 * (Refusals whose exceptions only their own package can make are checked over HTTP: EditingIT
 * for edit conflicts, missing translations and revisions, AccountsIT for accounts.)
 */
class RefusalsTest {

  private static void answers(ProblemException e, int status, String type, String title, Map<String, String> headers) {
    Problem problem = Problem.of(e.status(), e.title(), e.detail());
    assertThat(problem.status()).as(title).isEqualTo(status);
    assertThat(problem.type()).isEqualTo("https://guidepost.app/problems/" + type);
    assertThat(problem.title()).isEqualTo(title);
    assertThat(problem.detail()).isEqualTo(e.getMessage());
    assertThat(e.headers()).isEqualTo(headers);
  }

  @Test
  void eachRefusalHasItsStatusTypeTitleAndHeaders() {
    answers(new InvalidInputException("Invalid slug", "'x y' is not a slug."), 400, "invalid-slug", "Invalid slug", Map.of());
    answers(new UnknownLanguageException("fr"), 400, "unknown-language", "Unknown language", Map.of());
    answers(new ArticleNotFoundException("printer"), 404, "article-not-found", "Article not found", Map.of());
    answers(new GuideNotFoundException("printer"), 404, "guide-not-found", "Guide not found", Map.of());
    answers(new TicketStepResource.TicketStepNotFoundException("x"), 404, "ticket-step-not-found", "Ticket step not found", Map.of());
    answers(new Caller.SignInRequiredException("Sign in first."), 401, "sign-in-required", "Sign-in required",
        Map.of("WWW-Authenticate", "Session realm=\"Guidepost\""));
    answers(new Caller.NotAllowedException("Editors only."), 403, "forbidden", "Forbidden", Map.of());
    answers(new NotReadyException(Readiness.Phase.IMPORTING), 503, "not-ready", "Not ready", Map.of("Retry-After", "5"));
    answers(new app.guidepost.editing.TermEditor.NoFileVersionException("acme-portal"), 409, "no-file-version", "No file version", Map.of());
  }

  @Test
  void aWalkthroughRefusalAnswersWithItsReason() {
    answers(new WalkthroughRefusedException(Refusal.EXPIRED, "It expired."), 410, "walkthrough-expired", "Walkthrough expired", Map.of());
    answers(new WalkthroughRefusedException(Refusal.HANDED_OVER, "Done."), 409, "already-handed-over", "Already handed over", Map.of());
    answers(new WalkthroughRefusedException(Refusal.NOT_CONTACT_SUPPORT, "No."), 409, "not-a-contact-support-step", "Not a contact-support step", Map.of());
  }
}
