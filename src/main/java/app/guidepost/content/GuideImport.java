package app.guidepost.content;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideProblem;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.Language;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.render.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code ticket-steps.yaml} and {@code guides/<slug>/} after the articles, validates
 * every guide completely (shape, links to article sections, texts) and publishes the valid
 * ones. A broken guide or translation is reported by file and line and left out; the others
 * are published.
 */
@ApplicationScoped
public class GuideImport {

  static final String TICKET_STEPS = "ticket-steps.yaml";
  static final String GUIDES = "guides";

  @Inject ArticleRepository articles;
  @Inject GuideCatalog catalog;

  /** Imports what the folder holds; returns the number of files refused. */
  public int importAll(Path root, List<ContentProblem> problems) {
    int failed = 0;
    List<TicketStep> ticketSteps = List.of();
    Path stepsFile = root.resolve(TICKET_STEPS);
    if (Files.isRegularFile(stepsFile, LinkOption.NOFOLLOW_LINKS)) {
      try {
        ticketSteps = GuideFiles.ticketSteps(Files.readString(stepsFile, StandardCharsets.UTF_8));
      } catch (ContentFileException e) {
        problems.add(ContentProblem.error(TICKET_STEPS, e.line(), e.getMessage()));
        failed++;
      } catch (IOException e) {
        problems.add(ContentProblem.error(TICKET_STEPS, 1, "cannot read the file: " + e.getMessage()));
        failed++;
      }
    }
    Map<String, GuideCatalog.PublishedGuide> published = new LinkedHashMap<>();
    Path guides = root.resolve(GUIDES);
    if (Files.isDirectory(guides, LinkOption.NOFOLLOW_LINKS)) {
      Set<String> stepIds = new HashSet<>();
      ticketSteps.forEach(step -> stepIds.add(step.id()));
      Set<String> sections = articleSections();
      try (Stream<Path> folders = Files.list(guides)) {
        for (Path folder : folders.sorted().toList()) {
          failed += importGuide(root, folder, stepIds, sections, problems, published);
        }
      } catch (IOException e) {
        problems.add(ContentProblem.error(GUIDES, 1, "cannot read the guides folder: " + e.getMessage()));
        failed++;
      }
    }
    catalog.replace(ticketSteps, published);
    return failed;
  }

  private int importGuide(
      Path root, Path folder, Set<String> ticketSteps, Set<String> sections, List<ContentProblem> problems,
      Map<String, GuideCatalog.PublishedGuide> published) {
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
    try {
      guide = GuideFiles.guide(new Slug(name), read(folder.resolve("guide.yaml")));
    } catch (ContentFileException e) {
      problems.add(ContentProblem.error(shapePath, e.line(), e.getMessage()));
      return 1;
    } catch (IOException e) {
      problems.add(ContentProblem.error(shapePath, 1, "cannot read the file: " + e.getMessage()));
      return 1;
    }
    List<GuideProblem> shapeProblems = guide.problems(ticketSteps, sections::contains);
    if (!shapeProblems.isEmpty()) {
      shapeProblems.forEach(p -> problems.add(ContentProblem.error(shapePath, p.line(), p.message())));
      return 1;
    }
    int failed = 0;
    Map<Language, GuideTexts> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Path file = folder.resolve(language.code() + ".yaml");
      String path = relative + "/" + language.code() + ".yaml";
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        GuideTexts read = GuideFiles.texts(language, read(file));
        List<GuideProblem> textProblems = read.problems(guide);
        if (textProblems.isEmpty()) {
          texts.put(language, read);
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
    if (!texts.containsKey(guide.source())) {
      problems.add(ContentProblem.error(relative + "/" + guide.source().code() + ".yaml", 1,
          "the guide's source language " + guide.source().code() + " has no complete texts; the guide is not published"));
      return failed + 1;
    }
    published.put(name, new GuideCatalog.PublishedGuide(guide, texts));
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

  /** Every {@code slug#anchor} of the imported articles, in any of their languages. */
  private Set<String> articleSections() {
    Set<String> sections = new HashSet<>();
    for (Article article : articles.findAll()) {
      for (Translation translation : article.translations()) {
        for (Section section : MarkdownRenderer.render(translation.body()).sections()) {
          sections.add(article.slug().value() + "#" + section.anchor());
        }
      }
    }
    return sections;
  }
}
