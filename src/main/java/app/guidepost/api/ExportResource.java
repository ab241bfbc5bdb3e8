package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.content.ContentExport;
import app.guidepost.platform.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /api/export}: for editors, the published content as a content folder in a zip, to
 * keep in git or to import into another server. It holds internal articles too, so only staff
 * who may edit get it.
 */
@Path("export")
@RequestScoped
public class ExportResource {

  @Inject ContentExport export;
  @Inject Caller caller;
  @Inject Readiness readiness;

  @GET
  @Produces("application/zip")
  public Response export() {
    caller.require(Role.EDITOR, "Exports");
    readiness.requireReady();
    StreamingOutput zip = export::writeZip;
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"guidepost-content.zip\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
