package app.guidepost.content;

import app.guidepost.article.Slug;
import app.guidepost.files.FileContent;
import app.guidepost.files.FileName;
import app.guidepost.files.FileType;
import app.guidepost.i18n.Language;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The article files of a content folder, and the files articles show or link to. Only regular
 * files at {@code articles/<slug>/<lang>.md} and {@code articles/<slug>/files/<name>} inside the
 * folder count: symbolic links are not followed, and every path is checked to stay inside the
 * folder after resolving it.
 */
public final class ContentFolder {

  static final long MAX_FILE_BYTES = 512 * 1024;
  private static final Pattern LANGUAGE_FILE = Pattern.compile("[a-z]{2}\\.md");

  private final Path root;
  private final Path articles;

  public ContentFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.articles = this.root.resolve("articles");
  }

  public Path root() {
    return root;
  }

  /** What a scan found: the files to read, and the paths refused on the way. */
  public record Scan(List<ArticleFileRef> files, List<ContentProblem> problems) {}

  public Scan scan() throws IOException {
    List<ArticleFileRef> files = new ArrayList<>();
    List<ContentProblem> problems = new ArrayList<>();
    if (!Files.isDirectory(articles, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(ContentProblem.warning("articles", 1, "the content folder " + root + " has no articles/ folder"));
      return new Scan(files, problems);
    }
    Path realRoot = root.toRealPath();
    Map<String, Set<Language>> languagesBySlug = new HashMap<>();
    for (Path entry : sorted(articles)) {
      String relative = relative(entry);
      if (isHidden(entry)) {
        continue;
      }
      if (Files.isSymbolicLink(entry)) {
        problems.add(ContentProblem.error(relative, 1, "symbolic links are not followed; move the article into the content folder"));
        continue;
      }
      if (Files.isRegularFile(entry)) {
        if (entry.getFileName().toString().endsWith(".md")) {
          problems.add(ContentProblem.error(relative, 1, "article files belong in articles/<slug>/<lang>.md"));
        }
        continue;
      }
      String folder = entry.getFileName().toString();
      if (!Slug.isValid(folder)) {
        problems.add(ContentProblem.error(relative, 1, "'" + app.guidepost.platform.InvalidInputException.excerpt(folder)
            + "' is not a valid slug: use lowercase a-z, digits and single hyphens"));
        continue;
      }
      Slug slug = new Slug(folder);
      for (Path file : sorted(entry)) {
        String path = relative(file);
        String name = file.getFileName().toString();
        if (isHidden(file) || !name.endsWith(".md")) {
          continue;
        }
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          problems.add(ContentProblem.error(path, 1, "not a regular file inside the content folder (symbolic links are not followed)"));
          continue;
        }
        if (!file.toRealPath().startsWith(realRoot)) {
          problems.add(ContentProblem.error(path, 1, "the path leads outside the content folder"));
          continue;
        }
        String code = name.substring(0, name.length() - ".md".length());
        if (!LANGUAGE_FILE.matcher(name).matches() || Language.fromCode(code).isEmpty()) {
          problems.add(ContentProblem.error(path, 1, "unknown language '" + app.guidepost.platform.InvalidInputException.excerpt(code)
              + "': name the file en.md, vi.md, nb.md (or no.md), de.md or ar.md"));
          continue;
        }
        Language language = Language.require(code);
        if (!languagesBySlug.computeIfAbsent(folder, k -> EnumSet.noneOf(Language.class)).add(language)) {
          problems.add(ContentProblem.error(path, 1, "a second file for language " + language + " (no.md and nb.md are the same language)"));
          continue;
        }
        files.add(new ArticleFileRef(file, path, slug, language));
      }
    }
    return new Scan(files, problems);
  }

  /** What a scan of the articles' own files found: the files to read, and the paths refused on the way. */
  public record FileScan(List<AttachedFileRef> files, List<ContentProblem> problems) {}

  /**
   * The files of every article, at {@code articles/<slug>/files/<name>}, where the Markdown
   * beside them refers to them as {@code files/<name>}. Their contents are checked when read.
   */
  public FileScan scanFiles() throws IOException {
    List<AttachedFileRef> files = new ArrayList<>();
    List<ContentProblem> problems = new ArrayList<>();
    if (!Files.isDirectory(articles, LinkOption.NOFOLLOW_LINKS)) {
      return new FileScan(files, problems);
    }
    Path realRoot = root.toRealPath();
    for (Path entry : sorted(articles)) {
      Path folder = entry.resolve("files");
      if (isHidden(entry) || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) || !Slug.isValid(entry.getFileName().toString())
          || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(ContentProblem.error(relative(folder), 1, "files/ beside an article's Markdown is a folder of the files it shows or links to"));
        continue;
      }
      Slug slug = new Slug(entry.getFileName().toString());
      for (Path file : sorted(folder)) {
        String path = relative(file);
        String name = file.getFileName().toString();
        if (isHidden(file)) {
          continue;
        }
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          problems.add(ContentProblem.error(path, 1, "not a regular file inside the content folder (symbolic links and folders are not taken here)"));
          continue;
        }
        if (!file.toRealPath().startsWith(realRoot)) {
          problems.add(ContentProblem.error(path, 1, "the path leads outside the content folder"));
          continue;
        }
        if (!FileName.isValid(name)) {
          problems.add(ContentProblem.error(path, 1, "'" + app.guidepost.platform.InvalidInputException.excerpt(name)
              + "' is not a file name Guidepost serves: use lowercase a-z, digits and single - _ or . between them, and an extension"
              + FileName.suggestedFor(name).map(n -> " (for example " + n + ")").orElse("")));
          continue;
        }
        files.add(new AttachedFileRef(file, path, slug, new FileName(name)));
      }
    }
    return new FileScan(files, problems);
  }

  /** Reads an article's file whole, refusing it unread when it is larger than any file taken. */
  public static byte[] readFile(AttachedFileRef ref) throws IOException {
    if (Files.size(ref.file()) > FileType.MAX_BYTES) {
      throw new FileContent.FileTooLargeException();
    }
    return Files.readAllBytes(ref.file());
  }

  /** Reads a file as strict UTF-8; a bad byte is reported with its line. */
  public static String read(ArticleFileRef ref) throws ContentFileException, IOException {
    long size = Files.size(ref.file());
    if (size > MAX_FILE_BYTES) {
      throw new ContentFileException(1, "the file is " + size / 1024 + " KB; articles may be at most " + MAX_FILE_BYTES / 1024 + " KB");
    }
    byte[] bytes = Files.readAllBytes(ref.file());
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      throw new ContentFileException(lineAt(bytes, buffer.position()), "the file is not valid UTF-8");
    } catch (CharacterCodingException e) {
      throw new ContentFileException(1, "the file is not valid UTF-8");
    }
  }

  private static int lineAt(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  private static List<Path> sorted(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted(Comparator.comparing(Path::toString)).toList();
    }
  }
}
