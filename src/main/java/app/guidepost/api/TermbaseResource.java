package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.editing.TermEditor;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.terminology.ConceptFilter;
import app.guidepost.terminology.TbxFileException;
import app.guidepost.terminology.TbxWriter;
import app.guidepost.terminology.Terminology;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The termbase as a TBX-Basic file, for terminology tools and translation agencies:
 * {@code GET /api/termbase} exports the concepts in effect ({@code ?origin=edited}: only those
 * edited in Guidepost, {@code ?subject=}: one subject), {@code POST /api/termbase} imports a
 * file's concepts as revisions over them. Importing needs an editor who may edit every language.
 */
@Path("termbase")
@RequestScoped
public class TermbaseResource {

  static final String MEDIA_TYPE = "application/x-tbx+xml";

  @Inject Caller caller;
  @Inject Readiness readiness;
  @Inject Terminology terminology;
  @Inject TermEditor editor;

  /** A line of the file that was left out, and why. */
  public record ProblemView(int line, String message) {}

  /** What an import did. */
  public record ImportView(int created, int revised, int unchanged, List<ProblemView> problems) {}

  @GET
  @Produces({MEDIA_TYPE, MediaType.APPLICATION_XML})
  public Response export(@QueryParam("origin") String origin, @QueryParam("subject") String subject) {
    caller.require(Role.EDITOR, "Terms");
    readiness.requireReady();
    Optional<Terminology.Origin> from = Optional.ofNullable(origin).filter(o -> !o.isBlank()).map(code -> {
      if (!code.equals(Terminology.Origin.EDITED.code())) {
        throw new InvalidInputException("Invalid origin", "Export all concepts in effect, or only those edited in Guidepost with 'origin=edited'.");
      }
      return Terminology.Origin.EDITED;
    });
    ConceptFilter filter = new ConceptFilter(Optional.empty(), Optional.ofNullable(subject).filter(s -> !s.isBlank()), Optional.empty(), from, false);
    List<Terminology.Entry> entries = filter.apply(terminology.entries());
    String name = "guidepost-termbase" + from.map(o -> "-edited").orElse("") + Optional.ofNullable(subject).filter(s -> s.matches("[a-z0-9-]{1,60}"))
        .map(s -> "-" + s).orElse("") + ".tbx";
    return Response.ok(TbxWriter.document("Guidepost termbase", entries.stream().map(Terminology.Entry::concept).toList()), MEDIA_TYPE + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .cacheControl(Caching.noStore())
        .build();
  }

  @POST
  @Consumes({MEDIA_TYPE, "application/x-tbx", MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public ImportView importFile(InputStream body) {
    caller.require(Role.EDITOR, "Changes to terms");
    for (Language language : Language.values()) {
      if (!caller.mayEdit(language)) {
        throw new Caller.NotAllowedException("Importing a termbase needs an account that may edit every language; this one may not edit "
            + language.code() + ".");
      }
    }
    readiness.requireReady();
    try {
      TermEditor.Imported imported = editor.importTbx(body, caller.actor(), Optional.of("Imported from a TBX file"));
      return new ImportView(imported.created(), imported.revised(), imported.unchanged(),
          imported.problems().stream().map(p -> new ProblemView(p.line(), p.message())).toList());
    } catch (TbxFileException e) {
      throw new InvalidInputException("Unreadable termbase", "Line " + e.line() + ": " + e.getMessage() + ". Nothing was imported.");
    }
  }
}
