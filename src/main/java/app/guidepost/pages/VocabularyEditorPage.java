package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.article.Slug;
import app.guidepost.article.TopicIcon;
import app.guidepost.content.VocabularyFiles;
import app.guidepost.editing.VocabularyEditor;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.vocabulary.Vocabulary;
import app.guidepost.vocabulary.VocabularyRevisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/editor/topics} and {@code /{lang}/editor/ticket-steps}: the topics (each with its
 * icon and its name in every language) and the ticket steps (in the order of a call), edited as a
 * whole and saved as a revision on top of the one the page was loaded with; someone else's save
 * in between comes back as a conflict with the editor's changes kept. Names in languages the
 * editor may not edit are shown, not editable. Each save is in effect on every instance at once.
 */
@ApplicationScoped
public class VocabularyEditorPage {

  /** Rows a page offers for new entries. */
  static final int NEW_ROWS = 2;

  @Inject PageResponses responses;
  @Inject VocabularyEditor editor;
  @Inject Caller caller;

  /** One name field: its language, the value, and whether this editor may change it. */
  public record Cell(String lang, String label, String value, boolean editable) {}

  /** One topic or ticket step; {@code key} empty for a new one. */
  public record Row(int index, String key, boolean existing, String icon, int order, List<Cell> names) {}

  /** The page: which list, its rows, the revision it was loaded with, what happened. */
  public record View(String kind, String action, boolean topics, List<Row> rows, List<String> icons, int base, String message, String csrf,
      String saved, String problem, String conflict, List<Saved> history) {}

  /** One revision in the page's history. */
  public record Saved(int number, String author, String when, String message) {}

  void show(HttpServletRequest request, HttpServletResponse response, Language ui, Vocabulary vocabulary) throws IOException {
    Texts texts = responses.texts(ui);
    String saved = Optional.ofNullable(request.getParameter("saved")).filter(s -> s.matches("[0-9]{1,9}"))
        .map(n -> texts.t("vocabulary.saved", "revision", n)).orElse(null);
    render(request, response, ui, vocabulary, current(vocabulary), currentRevision(vocabulary), "", saved, null, null, 200);
  }

  void save(HttpServletRequest request, HttpServletResponse response, Language ui, Vocabulary vocabulary) throws IOException {
    Texts texts = responses.texts(ui);
    List<Row> rows = fromForm(request, vocabulary);
    int base = Optional.ofNullable(request.getParameter("base")).filter(b -> b.matches("[0-9]{1,9}")).map(Integer::parseInt).orElse(0);
    Optional<String> message = Optional.ofNullable(request.getParameter("message")).map(String::strip).filter(m -> !m.isEmpty());
    List<Row> kept = rows.stream().filter(r -> !r.key().isBlank()).sorted(Comparator.comparingInt(Row::order)).toList();
    try {
      int revision;
      if (vocabulary == Vocabulary.CATEGORIES) {
        List<VocabularyFiles.Topic> topics = new ArrayList<>();
        for (Row row : kept) {
          Slug slug = Slug.parse(row.key()).orElseThrow(() -> new InvalidInputException("Invalid topic", texts.t("vocabulary.invalidKey", "key", row.key())));
          topics.add(new VocabularyFiles.Topic(slug, TopicIcon.fromCode(row.icon()).filter(i -> i != TopicIcon.BOOK), names(row)));
        }
        revision = editor.saveTopics(topics, base, message).number();
      } else {
        List<TicketStep> steps = new ArrayList<>();
        for (Row row : kept) {
          if (Slug.parse(row.key()).isEmpty()) {
            throw new InvalidInputException("Invalid ticket step", texts.t("vocabulary.invalidStepKey", "key", row.key()));
          }
          steps.add(new TicketStep(row.key(), names(row)));
        }
        revision = editor.saveTicketSteps(steps, base, message).number();
      }
      PageResponses.redirect(response, EditorLinks.of(request, ui).list() + "/" + path(vocabulary) + "?saved=" + revision, HttpServletResponse.SC_SEE_OTHER);
    } catch (VocabularyRevisions.StaleVocabularyException e) {
      render(request, response, ui, vocabulary, rows, e.current(), message.orElse(""), null, null, texts.t("vocabulary.conflict", "revision", e.current()), 409);
    } catch (InvalidInputException e) {
      render(request, response, ui, vocabulary, rows, base, message.orElse(""), null, e.detail(), null, 400);
    } catch (Caller.NotAllowedException e) {
      render(request, response, ui, vocabulary, rows, base, message.orElse(""), null, e.detail(), null, 403);
    } catch (VocabularyEditor.StepInUseException e) {
      render(request, response, ui, vocabulary, rows, base, message.orElse(""), null, e.detail(), null, 409);
    }
  }

  private static Map<Language, String> names(Row row) {
    Map<Language, String> names = new EnumMap<>(Language.class);
    row.names().stream().filter(c -> !c.value().isBlank()).forEach(c -> names.put(Language.require(c.lang()), c.value().strip()));
    return names;
  }

  /** The rows as the form sent them: existing ones (unless marked removed) and filled new ones. */
  private List<Row> fromForm(HttpServletRequest request, Vocabulary vocabulary) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String key = request.getParameter("key." + i);
      if (key == null) {
        break;
      }
      if (request.getParameter("remove." + i) != null) {
        continue;
      }
      List<Cell> names = new ArrayList<>();
      for (Language language : Language.values()) {
        names.add(new Cell(language.code(), language.code(), Optional.ofNullable(request.getParameter("name." + i + "." + language.code())).orElse(""),
            caller.mayEdit(language)));
      }
      int order = Optional.ofNullable(request.getParameter("order." + i)).filter(o -> o.matches("[0-9]{1,4}")).map(Integer::parseInt).orElse(1000 + i);
      rows.add(new Row(i, key.strip(), "true".equals(request.getParameter("existing." + i)), Optional.ofNullable(request.getParameter("icon." + i)).orElse(""),
          order, names));
    }
    return rows;
  }

  private List<Row> current(Vocabulary vocabulary) {
    List<Row> rows = new ArrayList<>();
    if (vocabulary == Vocabulary.CATEGORIES) {
      for (VocabularyFiles.Topic topic : editor.topics().topics()) {
        rows.add(new Row(rows.size(), topic.slug().value(), true, topic.icon().map(TopicIcon::code).orElse(TopicIcon.BOOK.code()), rows.size() + 1,
            cells(topic.names())));
      }
    } else {
      for (TicketStep step : editor.ticketSteps().steps()) {
        rows.add(new Row(rows.size(), step.id(), true, "", rows.size() + 1, cells(step.names())));
      }
    }
    return rows;
  }

  private List<Cell> cells(Map<Language, String> names) {
    List<Cell> cells = new ArrayList<>();
    for (Language language : Language.values()) {
      cells.add(new Cell(language.code(), language.code(), names.getOrDefault(language, ""), caller.mayEdit(language)));
    }
    return cells;
  }

  private int currentRevision(Vocabulary vocabulary) {
    return vocabulary == Vocabulary.CATEGORIES ? editor.topics().revision() : editor.ticketSteps().revision();
  }

  private void render(HttpServletRequest request, HttpServletResponse response, Language ui, Vocabulary vocabulary, List<Row> given, int base,
      String message, String saved, String problem, String conflict, int status) throws IOException {
    Texts texts = responses.texts(ui);
    List<Row> rows = new ArrayList<>(given.stream().filter(r -> !r.key().isBlank() || !r.existing()).toList());
    long blank = rows.stream().filter(r -> r.key().isBlank()).count();
    for (long i = blank; i < NEW_ROWS; i++) {
      rows.add(new Row(0, "", false, TopicIcon.BOOK.code(), rows.size() + 1, cells(Map.of())));
    }
    List<Row> numbered = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      List<Cell> labelled = r.names().stream().map(c -> new Cell(c.lang(), texts.language(Language.require(c.lang())), c.value(), caller.mayEdit(Language.require(c.lang()))))
          .toList();
      numbered.add(new Row(i, r.key(), r.existing(), r.icon(), i + 1, labelled));
    }
    List<Saved> history = editor.history(vocabulary).stream().limit(20)
        .map(r -> new Saved(r.number(), r.author(), texts.dateTime(r.createdAt()), r.message().orElse(null))).toList();
    boolean topics = vocabulary == Vocabulary.CATEGORIES;
    String title = texts.t(topics ? "vocabulary.topics.title" : "vocabulary.steps.title");
    responses.editorPage(response, status, "pages/editor-vocabulary.jte",
        responses.page(request, ui, title, null, "/editor/" + path(vocabulary), List.of()),
        new View(vocabulary.code(), EditorLinks.of(request, ui).list() + "/" + path(vocabulary), topics, numbered,
            java.util.Arrays.stream(TopicIcon.values()).map(TopicIcon::code).toList(), base, message, FormGuard.csrfToken(request), saved, problem,
            conflict, history));
  }

  static String path(Vocabulary vocabulary) {
    return vocabulary == Vocabulary.CATEGORIES ? "topics" : "ticket-steps";
  }
}
