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
import app.guidepost.editing.Localization;
import app.guidepost.editing.TranslationInput;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translation jobs for professional translators: {@code GET /api/xliff/{slug}?source=&target=}
 * exports one article as XLIFF 2.0, {@code GET /api/xliff?source=&target=&article=a&article=b}
 * (or {@code &needed=true}: every article written in the source language whose target text is
 * missing or out of date) exports a set, one {@code <file>} per article. {@code POST /api/xliff}
 * brings a translated document back: every file is checked first (the same job, sources
 * unchanged, nothing left untranslated), then each becomes a draft revision of its target
 * translation.
 */
@Path("xliff")
@RequestScoped
public class XliffResource {

  static final String MEDIA_TYPE = "application/xliff+xml";

  @Inject ArticleRepository articles;
  @Inject ArticleEditor editor;
  @Inject Localization localization;
  @Inject Caller caller;
  @Inject Readiness readiness;

  /** What importing one article's file did. */
  public record Imported(String article, String lang, int revision, String state, int sourceRevision, boolean created, String url) {}

  /** What importing a document did, in the order of its files. */
  public record ImportedJob(List<Imported> translations) {}

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
    return attachment(new Xliff.Bundle(from, to, List.of(job(article, from, to))), article.slug().value() + "." + from.code() + "-" + to.code() + ".xlf");
  }

  @GET
  @Produces(MEDIA_TYPE)
  public Response exportSet(@QueryParam("source") String source, @QueryParam("target") String target, @QueryParam("article") List<String> slugs,
      @QueryParam("needed") String needed) {
    caller.require(Role.EDITOR, "Translation jobs");
    Language from = Language.require(required(source, "source"));
    Language to = Language.require(required(target, "target"));
    sameLanguage(from, to);
    boolean onlyNeeded = "true".equals(needed);
    if (needed != null && !onlyNeeded && !"false".equals(needed)) {
      throw new InvalidInputException("Invalid needed", "Parameter 'needed' is true or false, not '" + InvalidInputException.excerpt(needed) + "'.");
    }
    if (slugs.isEmpty() == !onlyNeeded) {
      throw new InvalidInputException("Which articles", "Name the articles with 'article' (repeated), or ask for every article that needs "
          + "translating with 'needed=true'; not both.");
    }
    readiness.requireReady();
    List<String> chosen = onlyNeeded
        ? localization.overview(to).stream()
            .filter(item -> item.type().equals("article") && item.source().equals(from.code())
                && (item.status().equals(Localization.Status.MISSING.code()) || item.status().equals(Localization.Status.OUTDATED.code())))
            .map(Localization.Item::slug)
            .sorted()
            .toList()
        : slugs.stream().distinct().toList();
    if (chosen.isEmpty()) {
      throw new InvalidInputException("Nothing to translate", "No article written in " + from.code() + " is missing or out of date in " + to.code() + ".");
    }
    if (chosen.size() > Xliff.MAX_FILES) {
      throw new InvalidInputException("Too many articles", "A job holds at most " + Xliff.MAX_FILES + " articles; this one would hold " + chosen.size()
          + ". Split it with 'article'.");
    }
    List<Xliff.Job> jobs = chosen.stream().map(slug -> job(article(slug), from, to)).toList();
    return attachment(new Xliff.Bundle(from, to, jobs), "guidepost-" + jobs.size() + "-articles." + from.code() + "-" + to.code() + ".xlf");
  }

  /** One transaction for the whole document: a file that fails to save (someone saved meanwhile) leaves none saved. */
  @POST
  @Consumes({MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  @jakarta.transaction.Transactional
  public ImportedJob importJob(java.io.InputStream body) {
    caller.require(Role.EDITOR, "Translation jobs");
    Xliff.Bundle bundle = Xliff.read(body);
    sameLanguage(bundle.source(), bundle.target());
    if (!caller.mayEdit(bundle.target())) {
      throw new Caller.NotAllowedException("This account may not edit " + bundle.target().code() + ".");
    }
    readiness.requireReady();
    // Checked as a whole first: a document with one bad file changes nothing.
    List<Checked> checked = bundle.files().stream().map(this::check).toList();
    List<Imported> imported = new ArrayList<>();
    for (Checked file : checked) {
      Xliff.Job job = file.job();
      Edit edit = new Edit(caller.actor(), Optional.of("Imported from XLIFF (" + job.source().code() + " revision " + job.sourceRevision() + ")"),
          WorkflowState.DRAFT, RevisionOrigin.EDITOR);
      ArticleEditor.Saved saved = editor.save(file.article().slug(), job.target(), file.content(), edit, file.basedOn(), false);
      Translation translation = saved.translation();
      imported.add(new Imported(file.article().slug().value(), job.target().code(), translation.currentRevision(), translation.state().code(),
          job.sourceRevision(), saved.created(), "/api/articles/" + file.article().slug().value() + "/translations/" + job.target().code()));
    }
    return new ImportedJob(List.copyOf(imported));
  }

  /** One file that passed every check, with what it saves. */
  private record Checked(Article article, Xliff.Job job, TranslationContent content, Optional<Integer> basedOn) {}

  private Checked check(Xliff.Job job) {
    Article article = article(job.article());
    Translation original = published(article, job.source());
    Revision exported = original.revision(job.sourceRevision()).orElseThrow(() -> new InvalidInputException("XLIFF mismatch",
        "The job names source revision " + job.sourceRevision() + " of '" + article.slug().value() + "', which its " + job.source().code()
            + " text does not have."));
    TranslationContent source = exported.content();
    List<Xliff.Unit> expected = Xliff.units(source.title(), source.summary(), source.body(), Optional.empty(), Optional.empty(), Optional.empty());
    String where = " of '" + article.slug().value() + "'";
    if (expected.size() != job.units().size()) {
      throw new InvalidInputException("XLIFF mismatch", "The job has " + job.units().size() + " units" + where + "; the source revision it names has "
          + expected.size() + ".");
    }
    for (int i = 0; i < expected.size(); i++) {
      Xliff.Unit want = expected.get(i);
      Xliff.Unit got = job.units().get(i);
      if (!want.id().equals(got.id()) || !want.source().equals(got.source())) {
        throw new InvalidInputException("XLIFF source changed",
            "Unit '" + InvalidInputException.excerpt(got.id()) + "'" + where + " does not hold the source text that was exported; sources must not be edited.");
      }
      if (want.translate() != got.translate()) {
        throw new InvalidInputException("XLIFF source changed", "Unit '" + got.id() + "'" + where + " was exported "
            + (want.translate() ? "to be translated" : "with translate=\"no\" (code is not translated)") + "; that must not be changed.");
      }
      if (want.translate() && got.target().isBlank()) {
        throw new InvalidInputException("Untranslated units", "Unit '" + got.id() + "'" + where + " has no translation yet.");
      }
    }
    Optional<Translation> existing = article.translation(job.target());
    // The translator's text passes the checks every editor's save passes (one-line titles within
    // their length, no control characters or bidi overrides, a body within its size), and the
    // flags come from the export, not from the file.
    TranslationInput.Fields text = new TranslationInput.Fields(Optional.of(expectedTarget(expected, job, "title")),
        Optional.ofNullable(expectedTarget(expected, job, "summary")).filter(s -> !s.isBlank()), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(expectedBody(expected, job)));
    TranslationContent checked;
    try {
      checked = TranslationInput.read(text, job.target());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.title(), e.detail() + " (in the file of '" + article.slug().value() + "')");
    }
    TranslationContent translated = new TranslationContent(
        checked.title(),
        checked.summary(),
        existing.flatMap(Translation::category).or(source::category),
        existing.map(Translation::tags).orElse(source.tags()),
        source.audience(),
        Optional.of(job.source()),
        Optional.of(job.sourceRevision()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        checked.body());
    return new Checked(article, job, translated, existing.map(Translation::currentRevision));
  }

  /** The text of unit {@code id} as the export meant it: the target where it is translated, the source where not; null when there is no such unit. */
  private static String expectedTarget(List<Xliff.Unit> expected, Xliff.Job job, String id) {
    for (int i = 0; i < expected.size(); i++) {
      if (expected.get(i).id().equals(id)) {
        return expected.get(i).translate() ? job.units().get(i).target() : expected.get(i).source();
      }
    }
    return null;
  }

  /** The body's blocks joined as the export cut them, code blocks from the source. */
  private static String expectedBody(List<Xliff.Unit> expected, Xliff.Job job) {
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (expected.get(i).id().startsWith("b")) {
        blocks.add(expected.get(i).translate() ? job.units().get(i).target() : expected.get(i).source());
      }
    }
    return String.join("\n\n", blocks);
  }

  private static Xliff.Job job(Article article, Language from, Language to) {
    Translation original = published(article, from);
    Optional<Translation> existing = article.translation(to).filter(Translation::isPublished);
    TranslationContent content = original.newestPublished();
    return new Xliff.Job(article.slug().value(), from, to, original.publishedRevision().orElseThrow(),
        Xliff.units(content.title(), content.summary(), content.body(), existing.map(Translation::title), existing.flatMap(Translation::summary),
            existing.map(Translation::body)));
  }

  private static Response attachment(Xliff.Bundle bundle, String filename) {
    return Response.ok(Xliff.write(bundle), MEDIA_TYPE + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Cache-Control", "no-store")
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
