package app.guidepost.content;

import app.guidepost.article.CategoryCatalog;
import app.guidepost.article.CategoryNames;
import app.guidepost.changes.VocabularyChanged;
import app.guidepost.files.ArticleFiles;
import app.guidepost.files.FileContent;
import app.guidepost.platform.GuidepostSettings;
import app.guidepost.platform.ProblemException;
import app.guidepost.terminology.TbxFileException;
import app.guidepost.terminology.TbxReader;
import app.guidepost.terminology.Termbase;
import app.guidepost.terminology.Terminology;
import app.guidepost.vocabulary.Vocabulary;
import app.guidepost.vocabulary.VocabularyRevision;
import app.guidepost.vocabulary.VocabularyRevisions;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports the content folder into the database. Idempotent: an unchanged file writes nothing,
 * a changed one adds a revision. Each file is read, validated and stored on its own, so a bad
 * file is reported with its path and line and the others still import.
 */
@ApplicationScoped
public class ContentImporter {

  private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());
  static final String GLOSSARY = "glossary.yaml";
  static final String TERMBASE = "termbase.tbx";
  static final String CATEGORIES = "categories.yaml";
  /** Files stored per transaction: one disk write per batch, not per file. */
  static final int BATCH = 200;

  @Inject GuidepostSettings settings;
  @Inject TranslationStore store;
  @Inject Clock clock;
  @Inject Terminology terminology;
  @Inject CategoryCatalog categories;
  @Inject GuideImport guides;
  @Inject ArticleFiles files;
  @Inject VocabularyRevisions vocabularies;

  private final AtomicReference<ImportReport> lastReport = new AtomicReference<>();

  public ImportReport importAll() {
    long started = System.nanoTime();
    ContentFolder folder = new ContentFolder(settings.contentDir());
    List<ContentProblem> problems = new ArrayList<>();
    int created = 0;
    int revised = 0;
    int unchanged = 0;
    int failed = 0;
    ContentFolder.Scan scan;
    try {
      scan = folder.scan();
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Cannot read the content folder " + folder.root(), e);
      scan = new ContentFolder.Scan(List.of(), List.of(ContentProblem.error(".", 1, "cannot read the content folder: " + e.getMessage())));
    }
    problems.addAll(scan.problems());
    failed += (int) scan.problems().stream().filter(ContentProblem::isError).count();
    List<Parsed> batch = new ArrayList<>();
    List<Optional<StoreOutcome>> outcomes = new ArrayList<>();
    for (ArticleFileRef ref : scan.files()) {
      Optional<ParsedArticleFile> parsed = parse(ref, problems);
      if (parsed.isEmpty()) {
        outcomes.add(Optional.empty());
        continue;
      }
      batch.add(new Parsed(ref, parsed.get()));
      if (batch.size() == BATCH) {
        outcomes.addAll(storeBatch(batch, problems));
        batch.clear();
        // A first import of thousands of files takes a while: the operator sees it advance.
        LOG.log(Level.INFO, "Content import: {0} of {1} files stored", new Object[] {outcomes.size(), scan.files().size()});
      }
    }
    outcomes.addAll(storeBatch(batch, problems));
    for (Optional<StoreOutcome> outcome : outcomes) {
      if (outcome.isEmpty()) {
        failed++;
        continue;
      }
      switch (outcome.get()) {
        case CREATED -> created++;
        case REVISED -> revised++;
        case UNCHANGED -> unchanged++;
      }
    }
    failed += importFiles(folder, problems);
    if (!importTerms(folder.root(), problems)) {
      failed++;
    }
    if (!importCategories(folder.root(), problems)) {
      failed++;
    }
    failed += guides.importAll(folder.root(), problems);
    ImportReport report =
        new ImportReport(
            folder.root().toString(),
            scan.files().size(),
            created,
            revised,
            unchanged,
            failed,
            problems,
            OffsetDateTime.now(clock),
            Duration.ofNanos(System.nanoTime() - started));
    problems.forEach(p -> LOG.log(p.isError() ? Level.WARNING : Level.INFO, "Content: {0}", p));
    LOG.log(
        Level.INFO,
        "Imported {0}: {1} files, {2} new, {3} revised, {4} unchanged, {5} refused, in {6} ms",
        new Object[] {report.contentDir(), report.filesFound(), created, revised, unchanged, failed, report.took().toMillis()});
    lastReport.set(report);
    return report;
  }

  /** A file read and parsed, waiting to be stored. */
  record Parsed(ArticleFileRef ref, ParsedArticleFile file) {}

  static Optional<ParsedArticleFile> parse(ArticleFileRef ref, List<ContentProblem> problems) {
    try {
      ParsedArticleFile parsed = FrontMatterParser.parse(ContentFolder.read(ref), ref.language());
      parsed.warnings().forEach(w -> problems.add(ContentProblem.warning(ref.relativePath(), w.line(), w.message())));
      return Optional.of(parsed);
    } catch (ContentFileException e) {
      problems.add(ContentProblem.error(ref.relativePath(), e.line(), e.getMessage()));
    } catch (IOException e) {
      problems.add(ContentProblem.error(ref.relativePath(), 1, "cannot read the file: " + e.getMessage()));
    }
    return Optional.empty();
  }

  /** Stores a batch in one transaction; if that fails, each file alone, so that only the bad one is refused. */
  List<Optional<StoreOutcome>> storeBatch(List<Parsed> batch, List<ContentProblem> problems) {
    if (batch.isEmpty()) {
      return List.of();
    }
    try {
      return store.storeAll(batch.stream().map(p -> new TranslationStore.Item(p.ref().slug(), p.ref().language(), p.file().content())).toList())
          .stream().map(Optional::of).toList();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "A batch of files could not be stored together; storing them one by one", e);
      return batch.stream().map(p -> storeAlone(p, problems)).toList();
    }
  }

  private Optional<StoreOutcome> storeAlone(Parsed parsed, List<ContentProblem> problems) {
    ArticleFileRef ref = parsed.ref();
    try {
      return Optional.of(store.store(ref.slug(), ref.language(), parsed.file().content()));
    } catch (RuntimeException e) {
      // The file's transaction has rolled back; the others go on.
      LOG.log(Level.WARNING, "Could not store " + ref.relativePath(), e);
      problems.add(ContentProblem.error(ref.relativePath(), 1, "could not be stored in the database: " + rootMessage(e)));
    }
    return Optional.empty();
  }

  /**
   * Stores the articles' own files, each on its own: a file of a type not taken, of contents
   * other than its name says, or of an article the folder does not have, is reported by path.
   *
   * @return how many files were refused
   */
  private int importFiles(ContentFolder folder, List<ContentProblem> problems) {
    ContentFolder.FileScan scan;
    try {
      scan = folder.scanFiles();
    } catch (IOException e) {
      problems.add(ContentProblem.error("articles", 1, "cannot read the articles' files: " + e.getMessage()));
      return 1;
    }
    problems.addAll(scan.problems());
    int refused = scan.problems().size();
    Map<ArticleFiles.Imported, Integer> outcomes = new EnumMap<>(ArticleFiles.Imported.class);
    for (AttachedFileRef ref : scan.files()) {
      try {
        Optional<ArticleFiles.Imported> outcome = files.importFile(ref.slug(), ref.name(), FileContent.of(ref.name(), ContentFolder.readFile(ref)));
        if (outcome.isEmpty()) {
          problems.add(ContentProblem.error(ref.relativePath(), 1, "there is no article " + ref.slug().value() + " to show it: its Markdown files were refused or are missing"));
          refused++;
        } else {
          outcomes.merge(outcome.get(), 1, Integer::sum);
        }
      } catch (ProblemException e) {
        problems.add(ContentProblem.error(ref.relativePath(), 1, e.detail()));
        refused++;
      } catch (IOException e) {
        problems.add(ContentProblem.error(ref.relativePath(), 1, "cannot read the file: " + e.getMessage()));
        refused++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not store " + ref.relativePath(), e);
        problems.add(ContentProblem.error(ref.relativePath(), 1, "could not be stored in the database: " + rootMessage(e)));
        refused++;
      }
    }
    if (!scan.files().isEmpty()) {
      LOG.log(Level.INFO, "Articles'' files: {0} new, {1} replaced, {2} unchanged, {3} refused", new Object[] {outcomes.getOrDefault(ArticleFiles.Imported.CREATED, 0),
          outcomes.getOrDefault(ArticleFiles.Imported.REPLACED, 0), outcomes.getOrDefault(ArticleFiles.Imported.UNCHANGED, 0), refused});
    }
    return refused;
  }

  /**
   * Puts the folder's own terms in effect over the shipped termbase: {@code termbase.tbx}
   * (TBX-Basic) and, from folders written before it, {@code glossary.yaml}, whose concepts win
   * over the TBX file's. A file that cannot be read keeps the termbase in use and is reported
   * like a broken article; an entry or term it cannot use is left out with a warning at its line.
   *
   * @return false when a file exists and could not be read
   */
  private boolean importTerms(Path root, List<ContentProblem> problems) {
    Optional<Termbase> fromTbx = Optional.of(Termbase.EMPTY);
    Path tbx = root.resolve(TERMBASE);
    if (Files.isRegularFile(tbx, LinkOption.NOFOLLOW_LINKS)) {
      fromTbx = Optional.empty();
      try (InputStream in = Files.newInputStream(tbx, LinkOption.NOFOLLOW_LINKS)) {
        TbxReader.Result read = TbxReader.read(in);
        read.problems().forEach(problem -> problems.add(ContentProblem.warning(TERMBASE, problem.line(), problem.message())));
        fromTbx = Optional.of(read.termbase());
      } catch (TbxFileException e) {
        problems.add(ContentProblem.error(TERMBASE, e.line(), e.getMessage()));
      } catch (IOException e) {
        problems.add(ContentProblem.error(TERMBASE, 1, "cannot read the file: " + e.getMessage()));
      }
    }
    Optional<Termbase> fromYaml = Optional.of(Termbase.EMPTY);
    Path yaml = root.resolve(GLOSSARY);
    if (Files.isRegularFile(yaml, LinkOption.NOFOLLOW_LINKS)) {
      fromYaml = Optional.empty();
      try {
        fromYaml = Optional.of(GlossaryParser.parse(Files.readString(yaml, StandardCharsets.UTF_8)));
      } catch (ContentFileException e) {
        problems.add(ContentProblem.error(GLOSSARY, e.line(), e.getMessage()));
      } catch (IOException e) {
        problems.add(ContentProblem.error(GLOSSARY, 1, "cannot read the file: " + e.getMessage()));
      }
    }
    if (fromTbx.isEmpty() || fromYaml.isEmpty()) {
      return false;
    }
    Termbase own = fromTbx.get().overriddenBy(fromYaml.get());
    Termbase inEffect = terminology.replaceOwn(own);
    LOG.log(Level.INFO, "Termbase: {0} concepts ({1} of the content folder''s own)", new Object[] {inEffect.size(), own.size()});
    return true;
  }

  /**
   * Reads {@code categories.yaml} if the folder has one; a broken file keeps the names in use.
   *
   * @return false when the file exists and could not be read
   */
  private boolean importCategories(Path root, List<ContentProblem> problems) {
    Optional<VocabularyRevision> edited = vocabularies.newest(Vocabulary.CATEGORIES);
    if (edited.isPresent()) {
      // Edited in Guidepost: the newest revision wins over the folder's file, as edited terms do.
      return useEditedCategories(edited.get());
    }
    Path file = root.resolve(CATEGORIES);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try {
      CategoryNames read = CategoryNamesParser.parse(Files.readString(file, StandardCharsets.UTF_8));
      categories.replace(read);
      LOG.log(Level.INFO, "Category names: {0} categories", read.size());
      return true;
    } catch (ContentFileException e) {
      problems.add(ContentProblem.error(CATEGORIES, e.line(), e.getMessage()));
    } catch (IOException e) {
      problems.add(ContentProblem.error(CATEGORIES, 1, "cannot read the file: " + e.getMessage()));
    }
    return false;
  }

  private boolean useEditedCategories(VocabularyRevision revision) {
    try {
      categories.replace(CategoryNamesParser.parse(revision.yaml()));
      return true;
    } catch (ContentFileException e) {
      // Checked when saved: only a parser changed since could refuse it. The names in use stay.
      LOG.log(Level.SEVERE, "Topics revision {0} cannot be read: {1}", new Object[] {revision.number(), e.getMessage()});
      return false;
    }
  }

  /**
   * Topics or ticket steps saved here (once the save commits) or on another instance (when the
   * change log shows it): in effect here too.
   */
  void vocabularyChanged(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) VocabularyChanged changed) {
    if (changed.vocabularies().contains(Vocabulary.CATEGORIES.code())) {
      vocabularies.newest(Vocabulary.CATEGORIES).ifPresent(this::useEditedCategories);
    }
    if (changed.vocabularies().contains(Vocabulary.TICKET_STEPS.code())) {
      guides.ticketStepsChanged();
    }
  }

  /** The report of the last import, once one has run. */
  public Optional<ImportReport> lastReport() {
    return Optional.ofNullable(lastReport.get());
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName();
  }
}
