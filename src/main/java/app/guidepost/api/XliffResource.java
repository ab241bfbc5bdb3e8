package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Edit;
import app.guidepost.article.Revision;
import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.article.TranslationContent;
import app.guidepost.article.WorkflowState;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.editing.Xliff;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * Translation jobs for professional translators: {@code GET /api/xliff/{slug}?source=&target=}
 * exports an article as XLIFF 2.0; {@code POST /api/xliff} brings the translated file back as a
 * draft revision of the target translation, after checking it is the same job, unchanged.
 */
@Path("xliff")
@RequestScoped
public class XliffResource {

  static final String MEDIA_TYPE = "application/xliff+xml";

  @Inject ArticleRepository articles;
  @Inject ArticleEditor editor;
  @Inject Caller caller;
  @Inject Readiness readiness;

  /** What importing a job did. */
  public record Imported(String article, String lang, int revision, String state, int sourceRevision, String url) {}

  @GET
  @Path("{slug}")
  @Produces(MEDIA_TYPE)
  public Response export(@PathParam("slug") String slug, @QueryParam("source") String source, @QueryParam("target") String target) {
    caller.require(Role.EDITOR, "Translation jobs");
    Language from = Language.require(required(source, "source"));
    Language to = Language.require(required(target, "target"));
    sameLanguage(from, to);
    readiness.requireReady();
    Article article = article(slug);
    Translation original = published(article, from);
    Optional<Translation> existing = article.translation(to).filter(Translation::isPublished);
    TranslationContent content = original.newestPublished();
    Xliff.Job job = new Xliff.Job(article.slug().value(), from, to, original.publishedRevision().orElseThrow(),
        Xliff.units(content.title(), content.summary(), content.body(), existing.map(Translation::title), existing.flatMap(Translation::summary),
            existing.map(Translation::body)));
    return Response.ok(Xliff.write(job), MEDIA_TYPE + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + article.slug().value() + "." + from.code() + "-" + to.code() + ".xlf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Consumes({MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  public Response importJob(String body) {
    caller.require(Role.EDITOR, "Translation jobs");
    Xliff.Job job = Xliff.read(body);
    sameLanguage(job.source(), job.target());
    if (!caller.mayEdit(job.target())) {
      throw new Caller.NotAllowedException("This account may not edit " + job.target().code() + ".");
    }
    readiness.requireReady();
    Article article = article(job.article());
    Translation original = published(article, job.source());
    Revision exported = original.revision(job.sourceRevision()).orElseThrow(() -> new InvalidInputException("XLIFF mismatch",
        "The job names source revision " + job.sourceRevision() + ", which this article's " + job.source().code() + " text does not have."));
    TranslationContent source = exported.content();
    List<Xliff.Unit> expected = Xliff.units(source.title(), source.summary(), source.body(), Optional.empty(), Optional.empty(), Optional.empty());
    if (expected.size() != job.units().size()) {
      throw new InvalidInputException("XLIFF mismatch", "The job has " + job.units().size() + " units; the source revision it names has " + expected.size() + ".");
    }
    for (int i = 0; i < expected.size(); i++) {
      Xliff.Unit want = expected.get(i);
      Xliff.Unit got = job.units().get(i);
      if (!want.id().equals(got.id()) || !want.source().equals(got.source())) {
        throw new InvalidInputException("XLIFF source changed",
            "Unit '" + InvalidInputException.excerpt(got.id()) + "' does not hold the source text that was exported; sources must not be edited.");
      }
      if (want.translate() && got.target().isBlank()) {
        throw new InvalidInputException("Untranslated units", "Unit '" + got.id() + "' has no translation yet.");
      }
    }
    Optional<Translation> existing = article.translation(job.target());
    TranslationContent translated = new TranslationContent(
        job.target("title").orElseThrow().strip(),
        job.target("summary").map(String::strip).filter(s -> !s.isEmpty()),
        existing.flatMap(Translation::category).or(source::category),
        existing.map(Translation::tags).orElse(source.tags()),
        source.audience(),
        Optional.of(job.source()),
        Optional.of(job.sourceRevision()),
        Optional.empty(),
        job.body().strip());
    Edit edit = new Edit(caller.actor(), Optional.of("Imported from XLIFF (" + job.source().code() + " revision " + job.sourceRevision() + ")"),
        WorkflowState.DRAFT, RevisionOrigin.EDITOR);
    ArticleEditor.Saved saved = editor.save(article.slug(), job.target(), translated, edit, existing.map(Translation::currentRevision), false);
    Translation translation = saved.translation();
    return Response.status(saved.created() ? 201 : 200)
        .entity(new Imported(article.slug().value(), job.target().code(), translation.currentRevision(), translation.state().code(), job.sourceRevision(),
            "/api/articles/" + article.slug().value() + "/translations/" + job.target().code()))
        .build();
  }

  private Article article(String slug) {
    Slug id = Slug.parse(slug).orElseThrow(() -> new InvalidInputException("Invalid slug",
        "'" + InvalidInputException.excerpt(slug) + "' is not an article slug: lowercase a-z, digits and single hyphens."));
    return articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id.value()));
  }

  private static Translation published(Article article, Language language) {
    return article.translation(language).filter(Translation::isPublished).orElseThrow(() -> new InvalidInputException("No source text",
        "Article '" + article.slug().value() + "' has no published " + language.code() + " text to translate from."));
  }

  private static void sameLanguage(Language from, Language to) {
    if (from == to) {
      throw new InvalidInputException("Same languages", "The source and target languages of a job must differ.");
    }
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("Missing " + name, "Parameter '" + name + "' is required: a language code.");
    }
    return value;
  }
}
