package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Retirement;
import app.guidepost.article.Slug;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/articles/{slug}/retirement}: whether an article is taken out of the help center.
 * {@code PUT} retires it ({@code {"because": "..."}}, optional), {@code DELETE} puts it back as it
 * was; both need an editor of every language the article has, and both are idempotent.
 */
@Path("articles/{slug}/retirement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticleRetirementResource {

  @Inject ArticleEditor editor;
  @Inject ArticleRepository articles;
  @Inject Caller caller;
  @Inject Readiness readiness;

  @PathParam("slug") String slug;

  /** An article's retirement: when, by whom and why, or {@code retired: false}. */
  public record State(String article, boolean retired, OffsetDateTime at, String by, String because) {
    static State of(Slug slug, Optional<Retirement> retirement) {
      return new State(slug.value(), retirement.isPresent(), retirement.map(Retirement::at).orElse(null), retirement.map(Retirement::by).orElse(null),
          retirement.flatMap(Retirement::because).orElse(null));
    }
  }

  @GET
  public State state() {
    caller.require(Role.EDITOR, "Article retirements");
    readiness.requireReady();
    Slug article = slug();
    return State.of(article, articles.find(article).orElseThrow(() -> new ArticleNotFoundException(article.value())).retirement());
  }

  @PUT
  @Consumes(MediaType.WILDCARD)
  public State retire(String body) {
    caller.require(Role.EDITOR, "Retiring articles");
    readiness.requireReady();
    Optional<String> because = body == null || body.isBlank() ? Optional.empty()
        : JsonBodies.string(JsonBodies.text(body, Set.of("because")), "because");
    because.filter(b -> b.length() > Retirement.MAX_REASON).ifPresent(b -> {
      throw new InvalidInputException("Reason too long", "Say why in at most " + Retirement.MAX_REASON + " characters.");
    });
    Slug article = slug();
    return State.of(article, editor.retire(article, because).retirement());
  }

  @DELETE
  public State reinstate() {
    caller.require(Role.EDITOR, "Reinstating articles");
    readiness.requireReady();
    Slug article = slug();
    return State.of(article, editor.reinstate(article).retirement());
  }

  private Slug slug() {
    return ArticleResource.slugOf(slug);
  }
}
