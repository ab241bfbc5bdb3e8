package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.editing.ConceptInput;
import app.guidepost.editing.TermEditor;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.search.SearchRequest;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.ConceptFilter;
import app.guidepost.terminology.EditedConcepts;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Terminology;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The termbase for editors, concept by concept: {@code GET /api/terms?q=&subject=&missing=&origin=&retired=}
 * finds concepts (words of a term, in any language, without regard to case or diacritics);
 * {@code GET /api/terms/{id}} reads one with its revision as ETag; {@code PUT} saves it with
 * {@code If-Match} (a new id creates a concept), {@code DELETE} retires it,
 * {@code POST /api/terms/{id}/revert} puts its file version back in effect (also with
 * {@code If-Match}), and {@code GET /api/terms/{id}/revisions} lists its history. A change is in
 * effect for searches when the call answers. An editor limited to some languages may change only
 * their terms.
 */
@Path("terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermResource {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private static final Set<String> FIELDS = Set.of("subject", "definition", "terms", "message");
  private static final Set<String> TERM_FIELDS = Set.of("text", "status", "abbreviation");
  private static final Set<String> REVERT_FIELDS = Set.of("message");

  @Inject Caller caller;
  @Inject Readiness readiness;
  @Inject Terminology terminology;
  @Inject EditedConcepts editedConcepts;
  @Inject TermEditor editor;

  /** A term: its text, its status ({@code preferred}, {@code admitted}, {@code deprecated}, {@code superseded}), whether an abbreviation. */
  public record TermView(String text, String status, boolean abbreviation) {}

  /** A concept, where its version comes from ({@code shipped}, {@code content-folder}, {@code edited}) and its revision (0 until edited). */
  public record ConceptView(String id, String subject, String definition, String origin, int revision, boolean retired,
      Map<String, List<TermView>> terms) {}

  /** A page of concepts found, with the subjects there are to filter by. */
  public record ConceptList(int total, int offset, List<ConceptView> concepts, List<String> subjects) {}

  /** One revision of an edited concept; {@code reverted}: it put the file version back, which {@code concept} is as the file said it then. */
  public record RevisionView(int number, boolean retired, boolean reverted, String author, String message, String origin, String createdAt,
      ConceptView concept) {}

  @GET
  public ConceptList find(@QueryParam("q") String q, @QueryParam("subject") String subject, @QueryParam("missing") String missing,
      @QueryParam("origin") String origin, @QueryParam("retired") String retired, @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    caller.require(Role.EDITOR, "Terms");
    readiness.requireReady();
    if (q != null && q.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new InvalidInputException("Query too long", "'q' has at most " + SearchRequest.MAX_QUERY_LENGTH + " characters.");
    }
    ConceptFilter filter = new ConceptFilter(present(q), present(subject), present(missing).map(Language::require),
        present(origin).map(TermResource::origin), bool("retired", retired));
    int from = SearchRequest.integer("offset", Optional.ofNullable(offset), 0, 0, Integer.MAX_VALUE);
    int count = SearchRequest.integer("limit", Optional.ofNullable(limit), DEFAULT_LIMIT, 1, MAX_LIMIT);
    List<Terminology.Entry> all = terminology.entries();
    List<Terminology.Entry> found = filter.apply(all);
    List<ConceptView> page = found.stream().skip(from).limit(count).map(TermResource::view).toList();
    return new ConceptList(found.size(), from, page, List.copyOf(ConceptFilter.subjects(all)));
  }

  @GET
  @Path("{id}")
  public Response concept(@PathParam("id") String id) {
    caller.require(Role.EDITOR, "Terms");
    readiness.requireReady();
    Terminology.Entry entry = terminology.entry(id).orElseThrow(() -> new TermEditor.ConceptNotFoundException(id));
    return tagged(Response.ok(view(entry)), entry).build();
  }

  @GET
  @Path("{id}/revisions")
  public List<RevisionView> revisions(@PathParam("id") String id) {
    caller.require(Role.EDITOR, "Terms");
    readiness.requireReady();
    terminology.entry(id).orElseThrow(() -> new TermEditor.ConceptNotFoundException(id));
    return editedConcepts.revisions(id).stream().map(r -> new RevisionView(r.number(), r.retired(), r.reverted(), r.author(), r.message().orElse(null),
        r.origin().name().toLowerCase(Locale.ROOT), r.createdAt().toString(),
        view(new Terminology.Entry(r.concept(), Terminology.Origin.EDITED, r.number(), r.retired())))).toList();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(@PathParam("id") String id, String body, @HeaderParam("If-Match") String ifMatch) {
    caller.require(Role.EDITOR, "Changes to terms");
    readiness.requireReady();
    JsonObject json = JsonBodies.object(body, FIELDS);
    Concept concept = ConceptInput.concept(id, JsonBodies.string(json, "subject"), JsonBodies.string(json, "definition"), terms(json));
    Optional<Terminology.Entry> before = terminology.entry(id);
    requireLanguages(ConceptInput.languagesChanged(before.map(Terminology.Entry::concept), concept));
    TermEditor.Saved saved = editor.save(concept, IfMatch.revision(ifMatch), caller.actor(), JsonBodies.string(json, "message"));
    int status = before.isEmpty() ? 201 : 200;
    return tagged(Response.status(status).entity(view(saved.entry())), saved.entry()).build();
  }

  @DELETE
  @Path("{id}")
  public Response retire(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    caller.require(Role.EDITOR, "Changes to terms");
    readiness.requireReady();
    Terminology.Entry entry = terminology.entry(id).orElseThrow(() -> new TermEditor.ConceptNotFoundException(id));
    requireLanguages(languagesWithTerms(entry.concept()));
    TermEditor.Saved saved = editor.retire(id, IfMatch.revision(ifMatch), caller.actor(), Optional.empty());
    return tagged(Response.ok(view(saved.entry())), saved.entry()).build();
  }

  /**
   * Puts the concept's file version (the content folder's, else the shipped one) back in effect:
   * the concept counts as not edited again, and the revert is a revision of its history. The body
   * is empty or {@code {"message": "..."}}.
   */
  @POST
  @Path("{id}/revert")
  @Consumes(MediaType.WILDCARD)
  public Response revert(@PathParam("id") String id, String body, @HeaderParam("If-Match") String ifMatch) {
    caller.require(Role.EDITOR, "Changes to terms");
    readiness.requireReady();
    Optional<String> message = JsonBodies.string(JsonBodies.object(body, REVERT_FIELDS), "message");
    Terminology.Entry entry = terminology.entry(id).orElseThrow(() -> new TermEditor.ConceptNotFoundException(id));
    terminology.fileVersion(id).ifPresent(file -> requireLanguages(ConceptInput.languagesChanged(Optional.of(entry.concept()), file.concept())));
    TermEditor.Saved saved = editor.revert(id, IfMatch.revision(ifMatch), caller.actor(), message);
    return tagged(Response.ok(view(saved.entry())), saved.entry()).build();
  }

  /** A concept as the API shows it. */
  static ConceptView view(Terminology.Entry entry) {
    Concept concept = entry.concept();
    Map<String, List<TermView>> terms = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      List<Term> list = concept.terms(language);
      if (!list.isEmpty()) {
        terms.put(language.code(), list.stream().map(t -> new TermView(t.text(), status(t.status()), t.abbreviation())).toList());
      }
    }
    return new ConceptView(concept.id(), concept.subject().orElse(null), concept.definition().orElse(null), entry.origin().code(),
        entry.revision(), entry.retired(), terms);
  }

  static String status(Term.Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private void requireLanguages(Set<Language> languages) {
    for (Language language : languages) {
      if (!caller.mayEdit(language)) {
        throw new Caller.NotAllowedException("This account may not edit terms in " + language.code() + ".");
      }
    }
  }

  private static Set<Language> languagesWithTerms(Concept concept) {
    Set<Language> languages = java.util.EnumSet.noneOf(Language.class);
    for (Language language : Language.values()) {
      if (!concept.terms(language).isEmpty()) {
        languages.add(language);
      }
    }
    return languages;
  }

  /** The {@code terms} object: per language code, an array of terms. */
  private static Map<Language, List<Term>> terms(JsonObject json) {
    JsonValue value = json.get("terms");
    if (!(value instanceof JsonObject byLanguage)) {
      throw new InvalidInputException("Invalid terms", "'terms' must be an object of language codes, each with an array of terms.");
    }
    Map<Language, List<Term>> terms = new EnumMap<>(Language.class);
    for (Map.Entry<String, JsonValue> entry : byLanguage.entrySet()) {
      Language language = Language.require(entry.getKey());
      if (!(entry.getValue() instanceof JsonArray array)) {
        throw new InvalidInputException("Invalid terms", "'terms." + language.code() + "' must be an array of terms.");
      }
      List<Term> list = new ArrayList<>();
      for (JsonValue item : array) {
        list.add(term(language, item));
      }
      terms.merge(language, list, (a, b) -> {
        List<Term> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
      });
    }
    return terms;
  }

  /** A term as an object ({@code text}, {@code status}, {@code abbreviation}) or as its text alone (admitted). */
  private static Term term(Language language, JsonValue item) {
    if (item instanceof JsonString text) {
      return new Term(text.getString(), Term.Status.ADMITTED, ConceptInput.looksLikeAbbreviation(text.getString().strip()));
    }
    if (!(item instanceof JsonObject object)) {
      throw new InvalidInputException("Invalid terms", "Each term of 'terms." + language.code() + "' is a string or an object with 'text'.");
    }
    for (String key : object.keySet()) {
      if (!TERM_FIELDS.contains(key)) {
        throw new InvalidInputException("Unknown field", "'" + InvalidInputException.excerpt(key) + "' is not a field of a term; the fields are "
            + TERM_FIELDS.stream().sorted().toList() + ".");
      }
    }
    String text = JsonBodies.requiredString(object, "text");
    Term.Status status = JsonBodies.string(object, "status").map(TermResource::termStatus).orElse(Term.Status.ADMITTED);
    JsonValue abbreviation = object.get("abbreviation");
    boolean isAbbreviation;
    if (abbreviation == null || abbreviation == JsonValue.NULL) {
      isAbbreviation = ConceptInput.looksLikeAbbreviation(text.strip());
    } else if (abbreviation == JsonValue.TRUE || abbreviation == JsonValue.FALSE) {
      isAbbreviation = abbreviation == JsonValue.TRUE;
    } else {
      throw new InvalidInputException("Invalid abbreviation", "'abbreviation' must be true or false.");
    }
    return new Term(text, status, isAbbreviation);
  }

  private static Term.Status termStatus(String code) {
    for (Term.Status status : Term.Status.values()) {
      if (status(status).equals(code)) {
        return status;
      }
    }
    throw new InvalidInputException("Invalid status", "'" + InvalidInputException.excerpt(code)
        + "' is not a term status; the statuses are preferred, admitted, deprecated and superseded.");
  }

  private static Terminology.Origin origin(String code) {
    for (Terminology.Origin origin : Terminology.Origin.values()) {
      if (origin.code().equals(code)) {
        return origin;
      }
    }
    throw new InvalidInputException("Invalid origin", "'origin' is shipped, content-folder or edited.");
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static boolean bool(String name, String value) {
    if (value == null || value.isBlank() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidInputException("Invalid " + name, "'" + name + "' is true or false.");
  }

  private static Response.ResponseBuilder tagged(Response.ResponseBuilder answer, Terminology.Entry entry) {
    return answer.tag(new EntityTag(String.valueOf(entry.revision()))).cacheControl(Caching.noStore());
  }
}
