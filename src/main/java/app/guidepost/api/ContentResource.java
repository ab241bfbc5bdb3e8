package app.guidepost.api;

import app.guidepost.content.ContentImporter;
import app.guidepost.content.ImportReport;
import app.guidepost.platform.NotReadyException;
import app.guidepost.platform.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/content/import}: what the last import of the content folder did, file by file. */
@Path("content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

  @Inject ContentImporter importer;
  @Inject Readiness readiness;

  @GET
  @Path("import")
  public ImportReportView lastImport() {
    ImportReport report = importer.lastReport().orElseThrow(() -> new NotReadyException(readiness.phase()));
    return ImportReportView.of(report);
  }
}
