package app.guidepost.editing;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.article.CategoryCatalog;
import app.guidepost.article.CategoryNames;
import app.guidepost.article.Slug;
import app.guidepost.content.CategoryNamesParser;
import app.guidepost.content.ContentFileException;
import app.guidepost.content.GuideFiles;
import app.guidepost.content.VocabularyFiles;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.ProblemException;
import app.guidepost.vocabulary.Vocabulary;
import app.guidepost.vocabulary.VocabularyRevision;
import app.guidepost.vocabulary.VocabularyRevisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Topics and ticket steps edited in Guidepost. A save is the whole list, checked by the parser
 * of the content folder's file (the file is what is stored), and refused when it changes a name
 * in a language the editor may not edit, or takes away a ticket step a guide still uses.
 */
@ApplicationScoped
public class VocabularyEditor {

  @Inject VocabularyRevisions revisions;
  @Inject CategoryCatalog categories;
  @Inject GuideCatalog guides;
  @Inject Caller caller;

  /** The topics in effect, and the revision they are (0: the content folder's file). */
  public record Topics(int revision, List<VocabularyFiles.Topic> topics) {}

  /** The ticket steps in effect, and the revision they are (0: the content folder's file). */
  public record Steps(int revision, List<TicketStep> steps) {}

  public Topics topics() {
    CategoryNames names = categories.current();
    return new Topics(revision(Vocabulary.CATEGORIES), names.categories().stream()
        .map(slug -> new VocabularyFiles.Topic(slug, names.namedIcon(slug), names.namesOf(slug))).toList());
  }

  public Steps ticketSteps() {
    return new Steps(revision(Vocabulary.TICKET_STEPS), guides.ticketSteps());
  }

  /** The file of the topics in effect, as an export would write it. */
  public String topicsFile() {
    return revisions.newest(Vocabulary.CATEGORIES).map(VocabularyRevision::yaml).orElseGet(() -> VocabularyFiles.categories(topics().topics()));
  }

  public String ticketStepsFile() {
    return revisions.newest(Vocabulary.TICKET_STEPS).map(VocabularyRevision::yaml).orElseGet(() -> VocabularyFiles.ticketSteps(guides.ticketSteps()));
  }

  public VocabularyRevision saveTopics(List<VocabularyFiles.Topic> topics, int basedOn, Optional<String> message) {
    return saveTopicsFile(VocabularyFiles.categories(topics), basedOn, message);
  }

  /** Saves a whole {@code categories.yaml}; a problem in it is a 400 naming its line. */
  public VocabularyRevision saveTopicsFile(String yaml, int basedOn, Optional<String> message) {
    caller.require(Role.EDITOR, "Changes to topics");
    CategoryNames saved;
    try {
      saved = CategoryNamesParser.parse(yaml);
    } catch (ContentFileException e) {
      throw new InvalidInputException("Invalid topics", "Line " + e.line() + ": " + e.getMessage());
    }
    CategoryNames now = categories.current();
    Set<Slug> all = new java.util.LinkedHashSet<>(now.categories());
    all.addAll(saved.categories());
    Set<Language> changed = EnumSet.noneOf(Language.class);
    for (Slug slug : all) {
      for (Language language : Language.values()) {
        if (!java.util.Objects.equals(now.namesOf(slug).get(language), saved.namesOf(slug).get(language))) {
          changed.add(language);
        }
      }
    }
    requireMayEdit(changed, "topics");
    return revisions.save(Vocabulary.CATEGORIES, yaml, basedOn, caller.actor(), message);
  }

  public VocabularyRevision saveTicketSteps(List<TicketStep> steps, int basedOn, Optional<String> message) {
    return saveTicketStepsFile(VocabularyFiles.ticketSteps(steps), basedOn, message);
  }

  /** Saves a whole {@code ticket-steps.yaml}; a step a published guide uses cannot go. */
  public VocabularyRevision saveTicketStepsFile(String yaml, int basedOn, Optional<String> message) {
    caller.require(Role.EDITOR, "Changes to ticket steps");
    List<TicketStep> saved;
    try {
      saved = GuideFiles.ticketSteps(yaml);
    } catch (ContentFileException e) {
      throw new InvalidInputException("Invalid ticket steps", "Line " + e.line() + ": " + e.getMessage());
    }
    Set<String> kept = new TreeSet<>();
    saved.forEach(step -> kept.add(step.id()));
    Set<String> stillUsed = new TreeSet<>();
    guides.guides().values().forEach(published -> published.guide().steps().forEach(step -> step.ticketStep()
        .filter(id -> !kept.contains(id)).ifPresent(id -> stillUsed.add(id + " (" + published.guide().slug() + ")"))));
    if (!stillUsed.isEmpty()) {
      throw new StepInUseException(stillUsed);
    }
    Map<String, TicketStep> now = new java.util.HashMap<>();
    guides.ticketSteps().forEach(step -> now.put(step.id(), step));
    Set<Language> changed = EnumSet.noneOf(Language.class);
    Set<String> ids = new java.util.HashSet<>(now.keySet());
    ids.addAll(kept);
    for (String id : ids) {
      for (Language language : Language.values()) {
        String before = Optional.ofNullable(now.get(id)).map(s -> s.names().get(language)).orElse(null);
        String after = saved.stream().filter(s -> s.id().equals(id)).findFirst().map(s -> s.names().get(language)).orElse(null);
        if (!java.util.Objects.equals(before, after)) {
          changed.add(language);
        }
      }
    }
    List<String> order = guides.ticketSteps().stream().map(TicketStep::id).filter(kept::contains).toList();
    if (changed.isEmpty() && !order.equals(saved.stream().map(TicketStep::id).filter(now::containsKey).toList())) {
      // Moving steps changes every language's list.
      changed.addAll(EnumSet.allOf(Language.class));
    }
    requireMayEdit(changed, "ticket steps");
    return revisions.save(Vocabulary.TICKET_STEPS, yaml, basedOn, caller.actor(), message);
  }

  public List<VocabularyRevision> history(Vocabulary vocabulary) {
    return revisions.history(vocabulary);
  }

  private int revision(Vocabulary vocabulary) {
    return revisions.newest(vocabulary).map(VocabularyRevision::number).orElse(0);
  }

  private void requireMayEdit(Set<Language> changed, String what) {
    List<String> outOfReach = changed.stream().filter(language -> !caller.mayEdit(language)).map(Language::code).sorted().toList();
    if (!outOfReach.isEmpty()) {
      throw new Caller.NotAllowedException("This change to the " + what + " changes names in " + String.join(", ", outOfReach)
          + ", which this account may not edit.");
    }
  }

  /** Ticket steps a guide still leads through cannot be taken away: 409. */
  public static final class StepInUseException extends ProblemException {
    private static final long serialVersionUID = 1L;

    StepInUseException(Set<String> used) {
      super(409, "Ticket step in use", "These ticket steps are still used by guides: " + String.join(", ", used)
          + ". Change those guides first, or keep the steps.");
    }
  }
}
