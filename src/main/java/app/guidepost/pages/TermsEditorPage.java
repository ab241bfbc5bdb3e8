package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.editing.ConceptInput;
import app.guidepost.editing.PreconditionRequiredException;
import app.guidepost.editing.StaleRevisionException;
import app.guidepost.editing.TermEditor;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.ConceptFilter;
import app.guidepost.terminology.EditedConcepts;
import app.guidepost.terminology.TbxFileException;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Terminology;
import app.guidepost.text.LineEnds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /{lang}/editor/terms}: the termbase for editors and translators. The list finds
 * concepts by their words in any language, by subject, by a language that has no term yet, by
 * where their version comes from, and retired ones; it exports the termbase as TBX and imports a
 * TBX file. {@code ?concept=<id>} edits one concept: its terms in every language, one per line
 * (the first one preferred, deprecated ones apart), saved against the revision the editor started
 * from (409 when someone saved first), with its history; it can be retired and restored, and
 * an edited concept that a file has can be reverted to the file's version, after a confirmation
 * that shows that version (the editor's unsaved input stays in the form until the revert is done).
 * {@code ?new} creates one. Languages the editor may not edit are shown, not editable.
 */
@ApplicationScoped
public class TermsEditorPage {

  /** Concepts per page of the list. */
  static final int PAGE_SIZE = 50;

  @Inject PageResponses responses;
  @Inject ErrorPages errors;
  @Inject Terminology terminology;
  @Inject EditedConcepts editedConcepts;
  @Inject TermEditor termEditor;
  @Inject Caller caller;

  /**
   * What the concept's page says besides the form: a save or revert done, a conflict (and the
   * key of its explanation), a problem, or a revert to confirm.
   */
  private record Outcome(Integer saved, Integer reverted, Integer conflict, String conflictKey, String problem, boolean confirmRevert) {
    static final Outcome NONE = new Outcome(null, null, null, null, null, false);
    static final Outcome CONFIRM_REVERT = new Outcome(null, null, null, null, null, true);

    static Outcome problem(String problem) {
      return new Outcome(null, null, null, null, problem, false);
    }

    static Outcome conflict(int revision, String key) {
      return new Outcome(null, null, revision, key, null, false);
    }
  }

  void show(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Optional<String> concept = Optional.ofNullable(request.getParameter("concept"));
    if (concept.isPresent()) {
      Optional<Terminology.Entry> entry = terminology.entry(concept.get());
      if (entry.isEmpty()) {
        errors.render(request, response, request.getRequestURI(), 404);
        return;
      }
      Outcome outcome = new Outcome(number(request, "saved"), number(request, "reverted"), null, null, null, false);
      renderConcept(request, response, ui, entry.get().concept().id(), false, storedForm(entry.get()), outcome, 200);
    } else if (request.getParameter("new") != null) {
      Map<String, String> form = new HashMap<>();
      form.put("base", "0");
      renderConcept(request, response, ui, "", true, form, Outcome.NONE, 200);
    } else {
      renderList(request, response, ui, null, null, List.of(), 200);
    }
  }

  void post(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    String action = Optional.ofNullable(request.getParameter("action")).orElse("");
    if (action.equals("import")) {
      importFile(request, response, ui);
      return;
    }
    Map<String, String> form = new HashMap<>();
    request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : LineEnds.lf(values[0])));
    boolean isNew = form.containsKey("new");
    String id = form.getOrDefault("id", "").strip();
    Optional<Terminology.Entry> before = terminology.entry(id);
    if (!isNew && before.isEmpty()) {
      errors.render(request, response, request.getRequestURI(), 404);
      return;
    }
    int basedOn = Integer.parseInt(form.getOrDefault("base", "0"));
    Optional<String> message = Optional.of(form.getOrDefault("message", ""));
    Texts texts = responses.texts(ui);
    boolean reverting = action.equals("revert") || action.equals("confirm-revert");
    if (reverting && isNew) {
      errors.render(request, response, request.getRequestURI(), 400);
      return;
    }
    Optional<Refusal> refusal = reverting ? revertRefusal(texts, before.get()) : Optional.empty();
    if (refusal.isPresent()) {
      renderConcept(request, response, ui, id, false, form, Outcome.problem(refusal.get().text()), refusal.get().status());
      return;
    }
    if (action.equals("revert") || action.equals("keep-editing")) {
      // Asks before reverting, or goes back to the form: nothing is stored, the input stays as typed.
      renderConcept(request, response, ui, id, isNew, form, action.equals("revert") ? Outcome.CONFIRM_REVERT : Outcome.NONE, 200);
      return;
    }
    try {
      TermEditor.Saved saved;
      if (action.equals("confirm-revert")) {
        saved = termEditor.revert(id, Optional.of(basedOn), caller.actor(), message);
        PageResponses.redirect(response, conceptUrl(request, ui, id) + "&reverted=" + saved.entry().revision(), HttpServletResponse.SC_SEE_OTHER);
        return;
      } else if (action.equals("retire")) {
        saved = termEditor.retire(id, Optional.of(basedOn), caller.actor(), message);
      } else if (!action.equals("save") && !action.equals("restore")) {
        errors.render(request, response, request.getRequestURI(), 400);
        return;
      } else {
        if (isNew && before.isPresent()) {
          throw new InvalidInputException("Id taken", responses.texts(ui).t("terms.idTaken", "id", id));
        }
        Concept concept = concept(id, form, before.map(Terminology.Entry::concept));
        saved = termEditor.save(concept, Optional.of(basedOn), caller.actor(), message);
      }
      PageResponses.redirect(response, conceptUrl(request, ui, id) + "&saved=" + saved.entry().revision(), HttpServletResponse.SC_SEE_OTHER);
    } catch (StaleRevisionException | PreconditionRequiredException e) {
      form.put("base", String.valueOf(e.current()));
      renderConcept(request, response, ui, id, isNew, form,
          Outcome.conflict(e.current(), action.equals("confirm-revert") ? "terms.revert.conflict" : "terms.conflict"), 409);
    } catch (TermEditor.NothingToRevertException e) {
      // Someone reverted it (or this instance has not seen the edit yet): the file's version is in effect.
      renderConcept(request, response, ui, id, false, form, Outcome.problem(texts.t("terms.revert.nothing")), 409);
    } catch (InvalidInputException e) {
      renderConcept(request, response, ui, id, isNew, form, Outcome.problem(e.detail()), 400);
    }
  }

  /** Why a revert is refused, as the page says it, with the status the API would answer. */
  private record Refusal(String text, int status) {}

  /**
   * Why this editor cannot revert the concept to its file's version: no file has it, it is not
   * edited, or the revert would change terms of a language the editor may not edit.
   */
  private Optional<Refusal> revertRefusal(Texts texts, Terminology.Entry entry) {
    Optional<Terminology.FileVersion> file = terminology.fileVersion(entry.concept().id());
    if (file.isEmpty()) {
      return Optional.of(new Refusal(texts.t("terms.revert.noFile"), 409));
    }
    if (entry.origin() != Terminology.Origin.EDITED) {
      return Optional.of(new Refusal(texts.t("terms.revert.nothing"), 409));
    }
    boolean allowed = ConceptInput.languagesChanged(Optional.of(entry.concept()), file.get().concept()).stream().allMatch(caller::mayEdit);
    return allowed ? Optional.empty() : Optional.of(new Refusal(texts.t("terms.revert.notYours"), 403));
  }

  /** The concept the form describes; the languages this editor may not edit keep their terms as they were. */
  private Concept concept(String id, Map<String, String> form, Optional<Concept> before) {
    Map<Language, List<Term>> terms = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      if (!caller.mayEdit(language)) {
        terms.put(language, before.map(c -> c.terms(language)).orElse(List.of()));
        continue;
      }
      List<Term> previous = before.map(c -> c.terms(language)).orElse(List.of());
      List<Term> list = new ArrayList<>();
      List<String> inUse = lines(form.getOrDefault("terms." + language.code(), ""));
      for (int i = 0; i < inUse.size(); i++) {
        list.add(new Term(inUse.get(i), i == 0 ? Term.Status.PREFERRED : Term.Status.ADMITTED, abbreviation(inUse.get(i), previous)));
      }
      for (String text : lines(form.getOrDefault("deprecated." + language.code(), ""))) {
        boolean superseded = previous.stream().anyMatch(t -> t.text().equals(text) && t.status() == Term.Status.SUPERSEDED);
        list.add(new Term(text, superseded ? Term.Status.SUPERSEDED : Term.Status.DEPRECATED, abbreviation(text, previous)));
      }
      terms.put(language, list);
    }
    return ConceptInput.concept(id, Optional.of(form.getOrDefault("subject", "")), Optional.of(form.getOrDefault("definition", "")), terms);
  }

  /** An abbreviation as the concept marked it before, or, for a new term, by how it is written. */
  private static boolean abbreviation(String text, List<Term> previous) {
    return previous.stream().filter(t -> t.text().equals(text)).findFirst().map(Term::abbreviation)
        .orElseGet(() -> ConceptInput.looksLikeAbbreviation(text));
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private void importFile(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Texts texts = responses.texts(ui);
    for (Language language : Language.values()) {
      if (!caller.mayEdit(language)) {
        renderList(request, response, ui, texts.t("terms.import.allLanguages"), null, List.of(), 403);
        return;
      }
    }
    Part file;
    try {
      file = request.getPart("file");
    } catch (ServletException | IllegalStateException e) {
      renderList(request, response, ui, texts.t("terms.import.tooLarge"), null, List.of(), 400);
      return;
    }
    if (file == null || file.getSize() == 0) {
      renderList(request, response, ui, texts.t("terms.import.noFile"), null, List.of(), 400);
      return;
    }
    try (InputStream in = file.getInputStream()) {
      TermEditor.Imported imported = termEditor.importTbx(in, caller.actor(),
          Optional.of("Imported from " + Optional.ofNullable(file.getSubmittedFileName()).orElse("a TBX file")));
      renderList(request, response, ui, null,
          texts.t("terms.import.done", "created", imported.created(), "revised", imported.revised(), "unchanged", imported.unchanged()),
          imported.problems().stream().map(p -> texts.t("terms.import.problem", "line", p.line(), "message", p.message())).toList(), 200);
    } catch (TbxFileException e) {
      renderList(request, response, ui, texts.t("terms.import.unreadable", "line", e.line(), "message", e.getMessage()), null, List.of(), 400);
    } catch (StaleRevisionException e) {
      renderList(request, response, ui, texts.t("terms.import.conflict"), null, List.of(), 409);
    }
  }

  private void renderList(HttpServletRequest request, HttpServletResponse response, Language ui, String problem, String imported,
      List<String> importProblems, int status) throws IOException {
    Texts texts = responses.texts(ui);
    Optional<String> q = parameter(request, "q");
    Optional<String> subject = parameter(request, "subject");
    Optional<Language> missing = parameter(request, "missing").flatMap(Language::fromCode);
    Optional<Terminology.Origin> origin = parameter(request, "origin").flatMap(code -> java.util.Arrays.stream(Terminology.Origin.values())
        .filter(o -> o.code().equals(code)).findFirst());
    boolean retired = parameter(request, "retired").filter("true"::equals).isPresent();
    List<Terminology.Entry> all = terminology.entries();
    List<Terminology.Entry> found = new ConceptFilter(q.map(s -> s.length() > 200 ? s.substring(0, 200) : s), subject, missing, origin, retired)
        .apply(all);
    int pageNumber = Math.max(1, parameter(request, "page").map(p -> {
      try {
        return Integer.parseInt(p);
      } catch (NumberFormatException e) {
        return 1;
      }
    }).orElse(1));
    int from = (int) Math.min((long) (pageNumber - 1) * PAGE_SIZE, found.size());
    List<TermViews.Row> rows = new ArrayList<>();
    for (Terminology.Entry entry : found.subList(from, Math.min(found.size(), from + PAGE_SIZE))) {
      List<TermViews.Cell> cells = new ArrayList<>();
      for (Language language : Language.values()) {
        List<String> inUse = entry.concept().wordsInUse(language);
        cells.add(new TermViews.Cell(language.code(), entry.concept().preferred(language).map(Term::text).orElse(null), Math.max(0, inUse.size() - 1)));
      }
      rows.add(new TermViews.Row(entry.concept().id(), conceptUrl(request, ui, entry.concept().id()), entry.concept().subject().orElse(""),
          texts.t("terms.origin." + entry.origin().code()), cells));
    }
    String listUrl = listUrl(request, ui);
    StringBuilder query = new StringBuilder();
    q.ifPresent(v -> query.append("q=").append(encode(v)).append('&'));
    subject.ifPresent(v -> query.append("subject=").append(encode(v)).append('&'));
    missing.ifPresent(v -> query.append("missing=").append(v.code()).append('&'));
    origin.ifPresent(v -> query.append("origin=").append(v.code()).append('&'));
    if (retired) {
      query.append("retired=true&");
    }
    String previous = pageNumber > 1 && from > 0 ? listUrl + "?" + query + "page=" + (pageNumber - 1) : null;
    String next = from + PAGE_SIZE < found.size() ? listUrl + "?" + query + "page=" + (pageNumber + 1) : null;
    List<TermViews.Option> subjects = new ArrayList<>();
    subjects.add(new TermViews.Option("", texts.t("terms.filter.anySubject"), subject.isEmpty()));
    ConceptFilter.subjects(all).forEach(s -> subjects.add(new TermViews.Option(s, s, subject.filter(s::equals).isPresent())));
    List<TermViews.Option> languages = new ArrayList<>();
    languages.add(new TermViews.Option("", texts.t("terms.filter.noMissing"), missing.isEmpty()));
    for (Language language : Language.values()) {
      languages.add(new TermViews.Option(language.code(), texts.language(language), missing.filter(language::equals).isPresent()));
    }
    List<TermViews.Option> origins = new ArrayList<>();
    origins.add(new TermViews.Option("", texts.t("terms.filter.anyOrigin"), origin.isEmpty()));
    for (Terminology.Origin o : Terminology.Origin.values()) {
      origins.add(new TermViews.Option(o.code(), texts.t("terms.origin." + o.code()), origin.filter(o::equals).isPresent()));
    }
    String api = request.getContextPath() + "/api/termbase";
    TermViews.ListView view = new TermViews.ListView(listUrl, q.orElse(""), subjects, languages, origins, retired,
        java.util.Arrays.stream(Language.values()).map(Language::code).toList(), rows, found.size(), previous, next, listUrl + "?new",
        api, api + "?origin=edited", EditorLinks.of(request, ui).list() + "/lexicon", FormGuard.csrfToken(request), problem, imported, importProblems);
    responses.editorPage(response, status, "pages/editor-terms.jte",
        responses.page(request, ui, texts.t("terms.title"), null, "/editor/terms", List.of()), view);
  }

  private void renderConcept(HttpServletRequest request, HttpServletResponse response, Language ui, String id, boolean isNew,
      Map<String, String> form, Outcome outcome, int status) throws IOException {
    Texts texts = responses.texts(ui);
    Optional<Terminology.Entry> entry = isNew ? Optional.empty() : terminology.entry(id);
    Integer conflict = outcome.conflict();
    List<TermViews.LanguageFields> fields = new ArrayList<>();
    for (Language language : Language.values()) {
      fields.add(new TermViews.LanguageFields(language.code(), texts.language(language), form.getOrDefault("terms." + language.code(), ""),
          form.getOrDefault("deprecated." + language.code(), ""), caller.mayEdit(language)));
    }
    List<TermViews.LanguageFields> theirs = conflict == null ? List.of()
        : terminology.entry(id).map(e -> languageFields(texts, e.concept())).orElse(List.of());
    List<TermViews.HistoryEntry> history = isNew ? List.of() : editedConcepts.revisions(id).stream()
        .map(r -> new TermViews.HistoryEntry(r.number(), texts.date(r.createdAt()), r.author(), r.message().orElse(""), r.retired(), r.reverted()))
        .collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
          java.util.Collections.reverse(list);
          return list;
        }));
    // Offered for an edited concept that a file has; the confirmation shows the file's version.
    Optional<Terminology.FileVersion> file = entry.filter(e -> e.origin() == Terminology.Origin.EDITED).flatMap(e -> terminology.fileVersion(id));
    TermViews.Revert revert = file.map(f -> new TermViews.Revert(texts.t("terms.origin." + f.origin().code()), outcome.confirmRevert(),
        outcome.confirmRevert() ? languageFields(texts, f.concept()) : List.of())).orElse(null);
    TermViews.EditView view = new TermViews.EditView(id, isNew, form.getOrDefault("subject", ""), form.getOrDefault("definition", ""),
        entry.map(e -> texts.t("terms.origin." + e.origin().code())).orElse(""), entry.map(Terminology.Entry::retired).orElse(false),
        Integer.parseInt(form.getOrDefault("base", "0")), fields, List.copyOf(ConceptFilter.subjects(terminology.entries())),
        form.getOrDefault("message", ""), FormGuard.csrfToken(request), listUrl(request, ui), listUrl(request, ui), outcome.problem(),
        outcome.saved(), outcome.reverted(), conflict, conflict == null ? null : texts.t(outcome.conflictKey(), "revision", conflict), theirs,
        revert, history);
    String title = isNew ? texts.t("terms.new") : texts.t("terms.concept", "id", "\u2068" + id + "\u2069");
    responses.editorPage(response, status, "pages/editor-term.jte", responses.page(request, ui, title, null, "/editor/terms", List.of()), view);
  }

  /** The form as the concept in effect fills it. */
  private static Map<String, String> storedForm(Terminology.Entry entry) {
    Map<String, String> form = new HashMap<>();
    Concept concept = entry.concept();
    form.put("base", String.valueOf(entry.revision()));
    form.put("subject", concept.subject().orElse(""));
    form.put("definition", concept.definition().orElse(""));
    for (Language language : Language.values()) {
      form.put("terms." + language.code(), String.join("\n", inUse(concept, language)));
      form.put("deprecated." + language.code(), concept.terms(language).stream().filter(t -> !t.status().inUse()).map(Term::text)
          .collect(Collectors.joining("\n")));
    }
    return form;
  }

  private static List<TermViews.LanguageFields> languageFields(Texts texts, Concept concept) {
    List<TermViews.LanguageFields> fields = new ArrayList<>();
    for (Language language : Language.values()) {
      fields.add(new TermViews.LanguageFields(language.code(), texts.language(language), String.join("\n", inUse(concept, language)),
          concept.terms(language).stream().filter(t -> !t.status().inUse()).map(Term::text).collect(Collectors.joining("\n")), false));
    }
    return fields;
  }

  private static List<String> inUse(Concept concept, Language language) {
    return concept.wordsInUsePreferredFirst(language);
  }

  /** A revision number the address carries after a save or revert; anything else is none. */
  private static Integer number(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value != null && value.matches("[0-9]{1,9}") ? Integer.valueOf(value) : null;
  }

  private static Optional<String> parameter(HttpServletRequest request, String name) {
    return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static String listUrl(HttpServletRequest request, Language ui) {
    return EditorLinks.of(request, ui).list() + "/terms";
  }

  private static String conceptUrl(HttpServletRequest request, Language ui, String id) {
    return listUrl(request, ui) + "?concept=" + encode(id);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
