package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.article.Audience;
import app.guidepost.article.Edit;
import app.guidepost.article.Revision;
import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.article.TranslationContent;
import app.guidepost.article.WorkflowState;
import app.guidepost.content.FrontMatterParser;
import app.guidepost.editing.ArticleEditor;
import app.guidepost.files.ArticleFiles;
import app.guidepost.editing.LineDiff;
import app.guidepost.editing.SourceSections;
import app.guidepost.editing.TranslationInput;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.TermConsistency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Editors' view of one translation: the newest revision (which may be a draft) with its ETag,
 * saving with {@code If-Match}, workflow states, revision history with authors, diffs and
 * restore. Editors limited to some languages can change only those.
 */
@Path("articles/{slug}/translations/{lang}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TranslationEditingResource {


  private static final Set<String> FIELDS = Set.of(
      "title", "summary", "category", "tags", "audience", "translationOf", "sourceRevision", "body", "message", "state", "noTranslationUpdateNeeded");
  private static final CacheControl NO_STORE = Caching.noStore();

  @Inject ArticleEditor editor;
  @Inject TermConsistency termConsistency;
  @Inject Caller caller;
  @Inject Readiness readiness;

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

  @PathParam("slug") String slug;
  @PathParam("lang") String lang;

  /** The newest revision of a translation, as an editor works on it. */
  public record WorkingCopy(
      String article, String lang, int revision, Integer publishedRevision, String state, String title, String summary, String category,
      List<String> tags, String audience, String translationOf, Integer sourceRevision, Boolean outdated, String body, String author, String message,
      OffsetDateTime savedAt) {}

  /** One revision in the history. */
  public record HistoryEntry(int number, String title, String state, String author, String message, String origin, OffsetDateTime createdAt, boolean published) {}

  /** What changed between two revisions: each field that differs, and the body line by line. */
  public record Diff(String article, String lang, int from, int to, List<FieldChange> fields, List<LineDiff.Line> body) {
    /** A changed field. */
    public record FieldChange(String field, String before, String after) {}
  }

  /**
   * The term-consistency check of the newest revision against the source's published text, with
   * the help desk's own terminology (the content folder's concepts and those edited in
   * Guidepost): source terms whose approved translation the section does not use, and deprecated
   * terms it uses.
   */
  public record TermCheck(String article, String lang, String source, List<TermConsistency.Finding> findings) {}

  @GET
  @Path("terms")
  public TermCheck terms() {
    Translation translation = readable();
    Language target = Language.require(lang);
    Optional<Translation> source = translation.translationOf().flatMap(from -> translation.article().translation(from));
    List<TermConsistency.Finding> findings = source
        .map(s -> termConsistency.check(s.language(), s.publishedRevision().isPresent() ? s.newestPublished().body() : s.newest().content().body(),
            target, translation.newest().content().body()))
        .orElse(List.of());
    return new TermCheck(slug, target.code(), source.map(s -> s.language().code()).orElse(null), findings);
  }

  @GET
  public Response workingCopy() {
    Translation translation = readable();
    return withTag(Response.ok(view(translation, translation.newest())), translation).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(String body, @HeaderParam("If-Match") String ifMatch) {
    Slug article = Slug.parse(slug).orElseThrow(() -> invalidSlug(slug));
    Language language = Language.require(lang);
    requireEditor(language);
    JsonObject json = JsonBodies.text(body, FIELDS);
    TranslationContent content = TranslationInput.read(TranslationInput.Fields.fromJson(json), language);
    WorkflowState state = JsonBodies.string(json, "state").map(TranslationEditingResource::state).orElse(WorkflowState.DRAFT);
    Edit edit = new Edit(caller.actor(), JsonBodies.string(json, "message"), state, RevisionOrigin.EDITOR);
    readiness.requireReady();
    ArticleEditor.Saved saved = editor.save(article, language, content, edit, revisionOf(ifMatch), flag(json, "noTranslationUpdateNeeded"));
    Translation translation = saved.translation();
    Response.ResponseBuilder answer = saved.created()
        ? Response.created(URI.create("/api/articles/" + article.value() + "/translations/" + language.code()))
        : Response.ok();
    return withTag(answer.entity(view(translation, translation.newest())), translation).build();
  }

  @POST
  @Path("state")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response moveTo(String body, @HeaderParam("If-Match") String ifMatch) {
    Language language = Language.require(lang);
    requireEditor(language);
    WorkflowState state = state(JsonBodies.requiredString(JsonBodies.object(body, Set.of("state")), "state"));
    readiness.requireReady();
    Translation translation = editor.moveTo(slug(), language, state, required(ifMatch), caller.actor());
    return withTag(Response.ok(view(translation, translation.newest())), translation).build();
  }

  @GET
  @Path("revisions")
  public List<HistoryEntry> history() {
    Translation translation = readable();
    List<HistoryEntry> entries = new ArrayList<>();
    for (Revision r : translation.revisions()) {
      entries.add(new HistoryEntry(r.number(), r.content().title(), r.savedAs().code(), r.author(), r.message().orElse(null),
          r.origin().name().toLowerCase(java.util.Locale.ROOT), r.createdAt(), translation.publishedRevision().filter(p -> p == r.number()).isPresent()));
    }
    return entries;
  }

  @GET
  @Path("revisions/{number}")
  public WorkingCopy revision(@PathParam("number") String number) {
    Translation translation = readable();
    return view(translation, revisionNumbered(translation, number));
  }

  @POST
  @Path("revisions/{number}/restore")
  public Response restore(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
    Language language = Language.require(lang);
    requireEditor(language);
    int wanted = SearchRequestNumbers.positive("number", number);
    readiness.requireReady();
    ArticleEditor.Saved saved = editor.restore(slug(), language, wanted,
        new Edit(caller.actor(), Optional.empty(), WorkflowState.DRAFT, RevisionOrigin.EDITOR), required(ifMatch));
    return withTag(Response.ok(view(saved.translation(), saved.translation().newest())), saved.translation()).build();
  }

  @GET
  @Path("diff")
  public Diff diff(@QueryParam("from") String from, @QueryParam("to") String to) {
    Translation translation = readable();
    Revision before = revisionNumbered(translation, from);
    Revision after = to == null || to.isBlank() ? translation.newest() : revisionNumbered(translation, to);
    TranslationContent a = before.content();
    TranslationContent b = after.content();
    List<Diff.FieldChange> fields = new ArrayList<>();
    compare(fields, "title", a.title(), b.title());
    compare(fields, "summary", a.summary().orElse(null), b.summary().orElse(null));
    compare(fields, "category", a.category().map(Slug::value).orElse(null), b.category().map(Slug::value).orElse(null));
    compare(fields, "tags", String.join(", ", a.tags()), String.join(", ", b.tags()));
    compare(fields, "audience", a.audience().code(), b.audience().code());
    return new Diff(slug, translation.language().code(), before.number(), after.number(), fields, LineDiff.between(a.body(), b.body()));
  }

  /** What changed in the source since this translation was made, section by section. */
  public record SourceChanges(
      String article, String lang, String source, Integer translatedFrom, int sourceRevision, boolean outdated, List<Diff.FieldChange> fields,
      List<SourceSections.Compared> sections) {}

  @GET
  @Path("source-changes")
  public SourceChanges sourceChanges() {
    Translation translation = readable();
    Language source = translation.translationOf().orElseThrow(() -> new InvalidInputException("Not a translation",
        "The " + translation.language().code() + " text of this article is not a translation of another language, so it has no source to follow."));
    Translation original = translation.article().translation(source).filter(Translation::isPublished).orElseThrow(() -> new InvalidInputException(
        "No source", "The source language " + source.code() + " has no published text."));
    int now = original.publishedRevision().orElseThrow();
    Integer from = translation.sourceRevision().orElse(null);
    Revision after = original.revision(now).orElseThrow();
    // A translation that names no source revision (or one that does not exist) is compared with an empty text: everything is new to it.
    Optional<Revision> before = Optional.ofNullable(from).flatMap(original::revision);
    List<Diff.FieldChange> fields = new ArrayList<>();
    before.ifPresent(b -> {
      compare(fields, "title", b.content().title(), after.content().title());
      compare(fields, "summary", b.content().summary().orElse(null), after.content().summary().orElse(null));
    });
    return new SourceChanges(slug, translation.language().code(), source.code(), from, now, translation.isOutdated().orElse(false), fields,
        SourceSections.compare(before.map(r -> r.content().body()).orElse(""), after.content().body()));
  }

  /** The sanitized HTML a body would show as, for a live preview; nothing is saved. */
  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response preview(String body) {
    requireEditor(Language.require(lang));
    String markdown = JsonBodies.string(JsonBodies.text(body, Set.of("body")), "body").orElse("");
    if (markdown.length() > TranslationInput.MAX_BODY) {
      throw new InvalidInputException("Body too long", "A body has at most " + TranslationInput.MAX_BODY + " characters.");
    }
    var rendered = MarkdownRenderer.render(markdown, Optional.of(ArticleFiles.servedAt(uri.getBaseUri().getPath().replaceAll("/api/?$", ""), slug())));
    return Response.ok(java.util.Map.of("html", rendered.html(), "sections", rendered.sections().stream().map(s -> java.util.Map.of("anchor", s.anchor(), "title", s.title())).toList()))
        .cacheControl(NO_STORE).build();
  }

  /** The translation, for editors of any language (who may read every language) and agents reading internal history. */
  private Translation readable() {
    caller.require(Role.EDITOR, "Working copies and revision histories");
    readiness.requireReady();
    return editor.find(slug(), Language.require(lang));
  }

  private void requireEditor(Language language) {
    caller.require(Role.EDITOR, "Saving articles");
    if (!caller.mayEdit(language)) {
      throw new Caller.NotAllowedException("This account may edit only in " + caller.account().map(a -> a.languages().stream().map(Language::code).sorted().toList()).orElse(List.of())
          + ", not in " + language.code() + ".");
    }
  }

  private Slug slug() {
    return Slug.parse(slug).orElseThrow(() -> invalidSlug(slug));
  }

  private static InvalidInputException invalidSlug(String slug) {
    return new InvalidInputException("Invalid slug", "'" + InvalidInputException.excerpt(slug) + "' is not an article slug: lowercase a-z, digits and single hyphens.");
  }

  private static Revision revisionNumbered(Translation translation, String number) {
    int wanted = SearchRequestNumbers.positive("revision", number);
    return translation.revision(wanted).orElseThrow(() -> new InvalidInputException("No such revision",
        "This translation has revisions 1 to " + translation.currentRevision() + ", not " + wanted + "."));
  }

  private static Response.ResponseBuilder withTag(Response.ResponseBuilder answer, Translation translation) {
    return answer.tag(new EntityTag(String.valueOf(translation.currentRevision()))).cacheControl(NO_STORE);
  }

  private static Optional<Integer> revisionOf(String ifMatch) {
    return IfMatch.revision(ifMatch);
  }

  private static int required(String ifMatch) {
    return revisionOf(ifMatch).orElseThrow(() -> new InvalidInputException("If-Match required",
        "Send If-Match with the ETag of the revision you started from, such as \"3\"."));
  }

  private static WorkingCopy view(Translation translation, Revision revision) {
    TranslationContent c = revision.content();
    return new WorkingCopy(
        translation.article().slug().value(), translation.language().code(), revision.number(), translation.publishedRevision().orElse(null),
        revision.number() == translation.currentRevision() ? translation.state().code() : revision.savedAs().code(),
        c.title(), c.summary().orElse(null), c.category().map(Slug::value).orElse(null), c.tags(), c.audience().code(),
        c.translationOf().map(Language::code).orElse(null), c.sourceRevision().orElse(null), translation.isOutdated().orElse(null), c.body(),
        revision.author(), revision.message().orElse(null), revision.createdAt());
  }

  private static void compare(List<Diff.FieldChange> changes, String field, String before, String after) {
    if (!java.util.Objects.equals(before, after)) {
      changes.add(new Diff.FieldChange(field, before, after));
    }
  }

  private static WorkflowState state(String code) {
    return WorkflowState.fromCode(code).orElseThrow(() -> new InvalidInputException("Invalid state",
        "'" + InvalidInputException.excerpt(code) + "' is not a state: draft, review or published."));
  }

  private static boolean flag(JsonObject json, String field) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
      return false;
    }
    if (value == JsonValue.TRUE) {
      return true;
    }
    throw new InvalidInputException("Invalid " + field, "'" + field + "' must be true or false.");
  }

}
