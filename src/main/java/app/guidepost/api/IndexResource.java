package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.platform.Readiness;
import app.guidepost.search.IndexFollower;
import app.guidepost.search.index.ArticleIndex;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * This instance's search index, for admins: how far it has followed the change log, and a
 * rebuild from the database while it goes on serving ({@code POST /api/admin/index/rebuild},
 * answered at once; {@code GET /api/admin/index} shows when it is done).
 */
@Path("admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

  @Inject Caller caller;
  @Inject Readiness readiness;
  @Inject IndexFollower follower;
  @Inject ArticleIndex index;

  /** The state of this instance's index; {@code behind} counts changes not yet applied. */
  public record IndexState(int generation, int documents, long position, long head, long behind, boolean rebuilding, LastRebuild lastRebuild) {
    /** The last rebuild while serving since this instance started. */
    public record LastRebuild(long position, int documents, long millis) {}
  }

  @GET
  public IndexState state() {
    caller.require(Role.ADMIN, "The search index");
    readiness.requireReady();
    long position = follower.position();
    long head = follower.head();
    return new IndexState(index.generation(), index.documentCount(), position, head, Math.max(0, head - position), follower.isRebuilding(),
        follower.lastRebuild().map(r -> new IndexState.LastRebuild(r.position(), r.documents(), r.millis())).orElse(null));
  }

  @POST
  @Path("rebuild")
  public Response rebuild() {
    caller.require(Role.ADMIN, "Rebuilding the search index");
    readiness.requireReady();
    follower.startRebuild();
    return Response.accepted(state()).location(URI.create("/api/admin/index")).cacheControl(Caching.noStore()).build();
  }
}
