package app.guidepost.content;

import app.guidepost.article.Article;
import app.guidepost.changes.GuidesChanged;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideProblem;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.Outcome;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.Language;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.render.Section;
import app.guidepost.vocabulary.Vocabulary;
import app.guidepost.vocabulary.VocabularyRevisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Reads {@code ticket-steps.yaml} and {@code guides/<slug>/} after the articles, validates
 * every guide completely (shape, links to article sections, texts), stores the valid ones with
 * a revision per change, and publishes what the database holds. A broken guide or translation
 * is reported by file and line and not stored; the others are.
 */
@ApplicationScoped
public class GuideImport {

  static final String TICKET_STEPS = "ticket-steps.yaml";
  static final String GUIDES = "guides";

  private static final Logger LOG = Logger.getLogger(GuideImport.class.getName());

  @Inject ArticleRepository articles;
  @Inject GuideRepository repository;
  @Inject GuideStore store;
  @Inject GuideCatalog catalog;
  @Inject VocabularyRevisions vocabularies;

  /** Imports what the folder holds, then publishes the stored guides; returns the number of files refused. */
  public int importAll(Path root, List<ContentProblem> problems) {
    int failed = 0;
    List<TicketStep> ticketSteps = List.of();
    Path stepsFile = root.resolve(TICKET_STEPS);
    Optional<List<TicketStep>> edited = editedTicketSteps();
    if (edited.isPresent()) {
      ticketSteps = edited.get();
    } else if (Files.isRegularFile(stepsFile, LinkOption.NOFOLLOW_LINKS)) {
      try {
        ticketSteps = GuideFiles.ticketSteps(read(stepsFile));
      } catch (ContentFileException e) {
        problems.add(ContentProblem.error(TICKET_STEPS, e.line(), e.getMessage()));
        failed++;
      } catch (IOException e) {
        problems.add(ContentProblem.error(TICKET_STEPS, 1, "cannot read the file: " + e.getMessage()));
        failed++;
      }
    }
    Set<String> stepIds = new HashSet<>();
    ticketSteps.forEach(step -> stepIds.add(step.id()));
    Predicate<String> sections = articleSections();
    Path guides = root.resolve(GUIDES);
    if (Files.isDirectory(guides, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> folders = Files.list(guides)) {
        for (Path folder : folders.sorted().toList()) {
          failed += importGuide(root, folder, stepIds, sections, problems);
        }
      } catch (IOException e) {
        problems.add(ContentProblem.error(GUIDES, 1, "cannot read the guides folder: " + e.getMessage()));
        failed++;
      }
    }
    failed += publish(ticketSteps, stepIds, sections, problems);
    return failed;
  }

  /** The ticket steps edited in Guidepost, when they were: the newest revision, which wins over the folder's file. */
  private Optional<List<TicketStep>> editedTicketSteps() {
    return vocabularies.newest(Vocabulary.TICKET_STEPS).flatMap(revision -> {
      try {
        return Optional.of(GuideFiles.ticketSteps(revision.yaml()));
      } catch (ContentFileException e) {
        LOG.log(Level.SEVERE, "Ticket steps revision {0} cannot be read: {1}", new Object[] {revision.number(), e.getMessage()});
        return Optional.empty();
      }
    });
  }

  /** Ticket steps saved here or on another instance: the guides published again with them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void ticketStepsChanged() {
    List<TicketStep> ticketSteps = editedTicketSteps().orElse(catalog.ticketSteps());
    Set<String> stepIds = new HashSet<>();
    ticketSteps.forEach(step -> stepIds.add(step.id()));
    List<ContentProblem> problems = new ArrayList<>();
    publish(ticketSteps, stepIds, articleSections(), problems);
    problems.forEach(p -> LOG.log(Level.WARNING, "Guides: {0}", p));
  }

  /**
   * Publishes the stored guides again, with the ticket steps in use, when the change log shows
   * guide changes (an editor's save here or on another instance): the same checks as at import
   * decide what readers see.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void guidesChanged(@Observes GuidesChanged change) {
    List<TicketStep> ticketSteps = catalog.ticketSteps();
    Set<String> stepIds = new HashSet<>();
    ticketSteps.forEach(step -> stepIds.add(step.id()));
    List<ContentProblem> problems = new ArrayList<>();
    publish(ticketSteps, stepIds, articleSections(), problems);
    problems.forEach(p -> LOG.log(Level.WARNING, "Guides: {0}", p));
  }

  /**
   * Publishes every stored guide whose shape is still valid against the ticket steps and article
   * sections, with each language whose texts fit that shape. A guide stored earlier stays
   * published when its file is broken now: nothing already stored is lost.
   */
  private int publish(List<TicketStep> ticketSteps, Set<String> stepIds, Predicate<String> sections, List<ContentProblem> problems) {
    Map<String, GuideCatalog.PublishedGuide> published = new LinkedHashMap<>();
    for (StoredGuide stored : repository.findAll()) {
      try {
        Guide guide = GuideFiles.guide(new Slug(stored.slug()), stored.shape());
        List<GuideProblem> shapeProblems = guide.problems(stepIds, sections);
        if (!shapeProblems.isEmpty()) {
          LOG.log(Level.WARNING, "Guide {0} is not published: {1}", new Object[] {stored.slug(), shapeProblems.get(0).message()});
          continue;
        }
        Map<Language, GuideTexts> texts = new EnumMap<>(Language.class);
        Map<Language, Integer> revisions = new EnumMap<>(Language.class);
        for (GuideTranslation translation : stored.texts()) {
          GuideTexts parsed = GuideFiles.texts(translation.language(), translation.body());
          if (parsed.problems(guide).isEmpty()) {
            texts.put(translation.language(), parsed);
            revisions.put(translation.language(), translation.currentRevision());
          }
        }
        if (texts.containsKey(guide.source())) {
          published.put(stored.slug(), new GuideCatalog.PublishedGuide(guide, stored.shapeRevision(), texts, revisions));
        }
      } catch (ContentFileException e) {
        LOG.log(Level.WARNING, "Guide {0} as stored cannot be read: {1}", new Object[] {stored.slug(), e.getMessage()});
      }
    }
    int refused = refuseBrokenContinuations(published, problems);
    catalog.replace(ticketSteps, published);
    return refused;
  }

  /**
   * Takes out guides that continue in a guide that is not published, or that a public guide's
   * visitors may not read (an internal one), until every remaining continuation leads somewhere.
   */
  private static int refuseBrokenContinuations(Map<String, GuideCatalog.PublishedGuide> published, List<ContentProblem> problems) {
    int refused = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (GuideCatalog.PublishedGuide candidate : List.copyOf(published.values())) {
        Guide guide = candidate.guide();
        for (GuideStep step : guide.steps()) {
          Optional<String> target = step.outcome().filter(o -> o.kind() == Outcome.Kind.CONTINUE).flatMap(Outcome::guide);
          if (target.isEmpty()) {
            continue;
          }
          GuideCatalog.PublishedGuide next = published.get(target.get());
          String problem = next == null
              ? "step '" + step.id() + "' continues in guide '" + target.get() + "', which is not published"
              : guide.audience() == Audience.PUBLIC && next.guide().audience() != Audience.PUBLIC
                  ? "step '" + step.id() + "' of a public guide continues in '" + target.get() + "', which is for agents only"
                  : null;
          if (problem != null) {
            problems.add(ContentProblem.error(GUIDES + "/" + guide.slug() + "/guide.yaml", step.line(), problem + "; the guide is not published"));
            published.remove(guide.slug());
            refused++;
            changed = true;
            break;
          }
        }
      }
    }
    return refused;
  }

  private int importGuide(Path root, Path folder, Set<String> ticketSteps, Predicate<String> sections, List<ContentProblem> problems) {
    String relative = root.relativize(folder).toString().replace('\\', '/');
    String name = folder.getFileName().toString();
    if (name.startsWith(".")) {
      return 0;
    }
    if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Slug.isValid(name)) {
      problems.add(ContentProblem.error(relative, 1, "a guide is a folder guides/<slug>/ named with a slug (lowercase a-z, digits, hyphens)"));
      return 1;
    }
    String shapePath = relative + "/guide.yaml";
    Guide guide;
    String shapeYaml;
    try {
      shapeYaml = read(folder.resolve("guide.yaml"));
      guide = GuideFiles.guide(new Slug(name), shapeYaml);
    } catch (ContentFileException e) {
      problems.add(ContentProblem.error(shapePath, e.line(), e.getMessage()));
      return 1;
    } catch (IOException e) {
      problems.add(ContentProblem.error(shapePath, 1, "cannot read the file: " + e.getMessage()));
      return 1;
    }
    List<GuideProblem> shapeProblems = guide.problems(ticketSteps, sections);
    if (!shapeProblems.isEmpty()) {
      shapeProblems.forEach(p -> problems.add(ContentProblem.error(shapePath, p.line(), p.message())));
      return 1;
    }
    int failed = 0;
    List<GuideStore.ParsedTexts> texts = new ArrayList<>();
    for (Language language : Language.values()) {
      Path file = folder.resolve(language.code() + ".yaml");
      String path = relative + "/" + language.code() + ".yaml";
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        String yaml = read(file);
        GuideTexts read = GuideFiles.texts(language, yaml);
        List<GuideProblem> textProblems = read.problems(guide);
        if (textProblems.isEmpty()) {
          texts.add(new GuideStore.ParsedTexts(read, yaml));
        } else {
          textProblems.forEach(p -> problems.add(ContentProblem.error(path, p.line(), p.message())));
          failed++;
        }
      } catch (ContentFileException e) {
        problems.add(ContentProblem.error(path, e.line(), e.getMessage()));
        failed++;
      } catch (IOException e) {
        problems.add(ContentProblem.error(path, 1, "cannot read the file: " + e.getMessage()));
        failed++;
      }
    }
    if (texts.stream().noneMatch(t -> t.texts().language() == guide.source())) {
      problems.add(ContentProblem.error(relative + "/" + guide.source().code() + ".yaml", 1,
          "the guide's source language " + guide.source().code() + " has no complete texts; the guide is not published"));
      return failed + 1;
    }
    try {
      store.store(guide, shapeYaml, texts);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not store guide " + name, e);
      problems.add(ContentProblem.error(shapePath, 1, "could not be stored in the database: " + e.getClass().getSimpleName()));
      return failed + 1;
    }
    return failed;
  }

  private static String read(Path file) throws IOException, ContentFileException {
    if (Files.isSymbolicLink(file)) {
      throw new ContentFileException(1, "symbolic links are not followed");
    }
    if (Files.size(file) > SafeYaml.MAX_CHARS) {
      throw new ContentFileException(1, "the file is larger than " + SafeYaml.MAX_CHARS / 1024 + " KB");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /**
   * Whether a {@code slug#anchor} names a section of an imported article, in any of its
   * languages. Reads only the articles guides link to, each once: a guide import costs the
   * same beside five articles as beside a hundred thousand.
   */
  private Predicate<String> articleSections() {
    Map<String, Set<String>> anchorsBySlug = new HashMap<>();
    return link -> {
      int hash = link.indexOf('#');
      String slug = hash < 0 ? link : link.substring(0, hash);
      Set<String> anchors = anchorsBySlug.computeIfAbsent(slug, this::anchorsOf);
      return hash >= 0 && anchors.contains(link.substring(hash + 1));
    };
  }

  private Set<String> anchorsOf(String slug) {
    Set<String> anchors = new HashSet<>();
    Slug.parse(slug).flatMap(articles::find).ifPresent(article -> {
      for (Translation translation : article.published()) {
        for (Section section : MarkdownRenderer.render(translation.body()).sections()) {
          anchors.add(section.anchor());
        }
      }
    });
    return anchors;
  }

}
