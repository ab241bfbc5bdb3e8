package app.guidepost.content;

import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.article.TranslationContent;
import app.guidepost.content.ParsedArticleFile.ContentFileWarning;
import app.guidepost.i18n.Language;
import app.guidepost.text.LineEnds;
import app.guidepost.text.UnsafeCharacters;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads an article file: a YAML front matter block between {@code ---} lines, then the
 * Markdown body. YAML is read safely: only the core schema's tags, few aliases, shallow
 * nesting and a small block, so billion-laughs, deep nesting and {@code !!java} tags fail
 * with a clear message instead of costing memory or running code.
 */
public final class FrontMatterParser {

  static final int MAX_FRONT_MATTER_CHARS = 16 * 1024;
  static final int MAX_NESTING = 8;
  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 300;
  /** {@code source_title} and {@code source_author}: the published original an article credits. */
  public static final int MAX_SOURCE_CREDIT = 300;
  public static final int MAX_TAGS = 20;
  public static final int MAX_TAG_LENGTH = 64;

  private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT, Tag.SEQ, Tag.MAP);
  private static final Pattern FENCE = Pattern.compile("---[ \t]*");
  private static final Pattern CLOSING_FENCE = Pattern.compile("(---|\\.\\.\\.)[ \t]*");
  /** Lowercase letters and digits joined by hyphens; fillers that show as nothing (U+3164) are no letters. */
  public static final Pattern TAG = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}&&[^\\u115F\\u1160\\u3164\\uFFA0]]+(?:-[\\p{Ll}\\p{Lo}\\p{N}&&[^\\u115F\\u1160\\u3164\\uFFA0]]+)*");

  private final Language language;
  private final List<ContentFileWarning> warnings = new ArrayList<>();

  private FrontMatterParser(Language language) {
    this.language = language;
  }

  /** Parses the text of an article file written in {@code language}. */
  public static ParsedArticleFile parse(String text, Language language) throws ContentFileException {
    try {
      return new FrontMatterParser(language).read(text);
    } catch (UncheckedContentFileException e) {
      throw new ContentFileException(e.line, e.getMessage());
    }
  }

  private ParsedArticleFile read(String raw) throws ContentFileException {
    String text = normalize(raw);
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !FENCE.matcher(lines[0]).matches()) {
      throw new ContentFileException(
          1, "the file must start with a front matter block: a line '---', the fields (title: ...), and a closing '---'");
    }
    int closing = -1;
    for (int i = 1; i < lines.length; i++) {
      if (CLOSING_FENCE.matcher(lines[i]).matches()) {
        closing = i;
        break;
      }
    }
    if (closing < 0) {
      throw new ContentFileException(1, "the front matter block opened here is never closed with a line '---'");
    }
    String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, closing));
    String afterFrontMatter = String.join("\n", java.util.Arrays.asList(lines).subList(closing + 1, lines.length));
    MappingNode fields = compose(yaml);
    // The same rule as a text saved in the editor: a file must not bring in what a save refuses.
    // What changes the reading is refused; what only hides itself is dropped, with a warning.
    java.util.OptionalInt dangerous = UnsafeCharacters.dangerousFirstLine(afterFrontMatter);
    if (dangerous.isPresent()) {
      throw new ContentFileException(closing + 1 + dangerous.getAsInt(),
          "the text contains a control character, a bidirectional override or an isolate, which could make it read in another order than it is stored");
    }
    java.util.OptionalInt invisible = UnsafeCharacters.firstLine(afterFrontMatter);
    if (invisible.isPresent()) {
      warnings.add(new ContentFileWarning(closing + 1 + invisible.getAsInt(),
          "invisible characters (zero-width spaces, byte order marks, direction marks, soft hyphens) were removed from the text"));
      afterFrontMatter = UnsafeCharacters.withoutInvisible(afterFrontMatter);
    }
    TranslationContent content = toContent(fields, afterFrontMatter.strip(), closing + 1);
    return new ParsedArticleFile(content, warnings);
  }

  /** One form for every file: no byte order mark, LF line ends, NFC. */
  static String normalize(String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    text = LineEnds.lf(text);
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private MappingNode compose(String yaml) throws ContentFileException {
    if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
      throw new ContentFileException(1, "the front matter is longer than " + MAX_FRONT_MATTER_CHARS + " characters");
    }
    checkNesting(yaml);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel("front matter")
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(10)
            .setCodePointLimit(MAX_FRONT_MATTER_CHARS)
            .setUseMarks(true)
            .build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(FrontMatterParser::fileLine).orElse(1);
      throw new ContentFileException(line, "invalid YAML in the front matter: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new ContentFileException(1, "invalid YAML in the front matter: " + e.getMessage());
    }
    if (root.isEmpty()) {
      throw new ContentFileException(1, "the front matter is empty; at least 'title' is required");
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      throw new ContentFileException(lineOf(root.get()), "the front matter must be a list of 'field: value' lines");
    }
    return mapping;
  }

  /**
   * Refuses deeply nested flow or block collections before the composer recurses into them:
   * front matter needs at most a list inside the top-level fields.
   */
  private static void checkNesting(String yaml) throws ContentFileException {
    int line = 2;
    int depth = 0;
    for (String text : yaml.split("\n", -1)) {
      int blockDepth = 0;
      String rest = text.stripLeading();
      while (rest.startsWith("- ") || rest.startsWith("? ")) {
        blockDepth++;
        rest = rest.substring(2).stripLeading();
      }
      int deepest = depth;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '[' || c == '{') {
          deepest = Math.max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
          depth--;
        }
      }
      if (deepest > MAX_NESTING || blockDepth > MAX_NESTING || (text.length() - text.stripLeading().length()) > 64) {
        throw new ContentFileException(line, "the front matter is nested too deeply");
      }
      line++;
    }
  }

  private TranslationContent toContent(MappingNode fields, String body, int closingLine) throws ContentFileException {
    Optional<String> title = Optional.empty();
    Optional<String> summary = Optional.empty();
    Optional<Slug> category = Optional.empty();
    List<String> tags = List.of();
    Audience audience = Audience.PUBLIC;
    Optional<Language> translationOf = Optional.empty();
    Optional<Integer> sourceRevision = Optional.empty();
    int sourceRevisionLine = 1;
    Optional<URI> sourceUrl = Optional.empty();
    Optional<String> sourceTitle = Optional.empty();
    Optional<String> sourceAuthor = Optional.empty();

    Set<String> seen = new java.util.HashSet<>();
    for (NodeTuple tuple : fields.getValue()) {
      Node keyNode = tuple.getKeyNode();
      Node value = tuple.getValueNode();
      checkTags(keyNode);
      checkTags(value);
      if (!(keyNode instanceof ScalarNode key)) {
        throw new ContentFileException(lineOf(keyNode), "a field name must be a plain word such as 'title'");
      }
      if (!seen.add(key.getValue())) {
        throw new ContentFileException(lineOf(keyNode), "'" + clip(key.getValue()) + "' appears twice in the front matter");
      }
      switch (key.getValue()) {
        case "title" -> title = Optional.of(oneLine(value, "title", MAX_TITLE));
        case "summary" -> summary = optionalText(value, "summary", MAX_SUMMARY);
        case "category" -> category = optionalScalar(value, "category").map(c -> slug(c, value, "category"));
        case "tags" -> tags = tags(value);
        case "audience" -> audience = audience(value);
        case "translation_of" -> translationOf = optionalScalar(value, "translation_of").map(code -> sourceLanguage(code, value));
        case "source_revision" -> {
          sourceRevision = optionalScalar(value, "source_revision").map(n -> positiveInteger(n, value));
          sourceRevisionLine = lineOf(value);
        }
        case "source_url" -> sourceUrl = optionalScalar(value, "source_url").map(u -> httpUrl(u, value));
        case "source_title" -> sourceTitle = Optional.of(oneLine(value, "source_title", MAX_SOURCE_CREDIT));
        case "source_author" -> sourceAuthor = Optional.of(oneLine(value, "source_author", MAX_SOURCE_CREDIT));
        default -> warnings.add(new ContentFileWarning(lineOf(keyNode), "unknown field '" + clip(key.getValue()) + "' is ignored"));
      }
    }
    if (title.isEmpty()) {
      throw new ContentFileException(1, "the front matter has no 'title'; every article needs one");
    }
    if (sourceRevision.isPresent() && translationOf.isEmpty()) {
      throw new ContentFileException(sourceRevisionLine, "'source_revision' needs 'translation_of' to say which language it refers to");
    }
    if (body.isEmpty()) {
      throw new ContentFileException(closingLine, "the article has no text after its front matter");
    }

    return new TranslationContent(
        title.get(), summary, category, tags, audience, translationOf, sourceRevision, sourceUrl, sourceTitle, sourceAuthor, body);
  }

  private void checkTags(Node node) throws ContentFileException {
    if (!CORE_TAGS.contains(node.getTag())) {
      throw new ContentFileException(lineOf(node), "YAML tags such as '" + clip(node.getTag().getValue()) + "' are not allowed in front matter");
    }
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        checkTags(item);
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        checkTags(tuple.getKeyNode());
        checkTags(tuple.getValueNode());
      }
    }
  }

  private static String scalar(Node node, String field) throws ContentFileException {
    if (!(node instanceof ScalarNode scalar)) {
      throw new ContentFileException(lineOf(node), "'" + field + "' must be a single value, not a list or a block of fields");
    }
    return scalar.getValue();
  }

  private static Optional<String> optionalScalar(Node node, String field) throws ContentFileException {
    if (node.getTag().equals(Tag.NULL)) {
      return Optional.empty();
    }
    String value = scalar(node, field).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static String oneLine(Node node, String field, int maxLength) throws ContentFileException {
    String value = UnsafeCharacters.replacedInLine(scalar(node, field)).replaceAll("\\s+", " ").strip();
    if (value.isEmpty()) {
      throw new ContentFileException(lineOf(node), "'" + field + "' is empty");
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new ContentFileException(lineOf(node), "'" + field + "' is longer than " + maxLength + " characters");
    }
    return value;
  }

  private static Optional<String> optionalText(Node node, String field, int maxLength) throws ContentFileException {
    if (optionalScalar(node, field).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(oneLine(node, field, maxLength));
  }

  private static Slug slug(String value, Node node, String field) {
    return Slug.parse(value)
        .orElseThrow(() -> new UncheckedContentFileException(
            lineOf(node), "'" + field + "' must be a slug (lowercase a-z, digits, hyphens), not '" + clip(value) + "'"));
  }

  private static List<String> tags(Node node) throws ContentFileException {
    List<Node> items;
    if (node instanceof SequenceNode sequence) {
      items = sequence.getValue();
    } else if (node.getTag().equals(Tag.NULL)) {
      return List.of();
    } else {
      items = List.of(node);
    }
    if (items.size() > MAX_TAGS) {
      throw new ContentFileException(lineOf(node), "at most " + MAX_TAGS + " tags are allowed");
    }
    Set<String> tags = new LinkedHashSet<>();
    for (Node item : items) {
      String tag = scalar(item, "tags").strip().toLowerCase(Locale.ROOT);
      if (tag.length() > MAX_TAG_LENGTH || !TAG.matcher(tag).matches()) {
        throw new ContentFileException(
            lineOf(item), "tag '" + clip(tag) + "' must be a lowercase word or words joined by hyphens, at most " + MAX_TAG_LENGTH + " characters");
      }
      tags.add(tag);
    }
    return List.copyOf(tags);
  }

  private static Audience audience(Node node) throws ContentFileException {
    String value = optionalScalar(node, "audience").orElse("public");
    return Audience.fromCode(value)
        .orElseThrow(() -> new ContentFileException(lineOf(node), "'audience' must be 'public' or 'agent', not '" + clip(value) + "'"));
  }

  private Language sourceLanguage(String code, Node node) {
    Language source =
        Language.fromCode(code)
            .orElseThrow(() -> new UncheckedContentFileException(
                lineOf(node), "'translation_of' names an unknown language '" + clip(code) + "'; use en, vi, nb, de or ar"));
    if (source == language) {
      throw new UncheckedContentFileException(lineOf(node), "'translation_of' names the file's own language '" + code + "'");
    }
    return source;
  }

  private static Integer positiveInteger(String value, Node node) {
    try {
      int number = Integer.parseInt(value);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below with the line
    }
    throw new UncheckedContentFileException(lineOf(node), "'source_revision' must be a whole number of 1 or more, not '" + clip(value) + "'");
  }

  private static URI httpUrl(String value, Node node) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below with the line
    }
    throw new UncheckedContentFileException(lineOf(node), "'source_url' must be an http or https address, not '" + clip(value) + "'");
  }

  private static int lineOf(Node node) {
    return node.getStartMark().map(FrontMatterParser::fileLine).orElse(1);
  }

  /** YAML marks count from 0 inside the block, which starts on the file's line 2. */
  private static int fileLine(Mark mark) {
    return mark.getLine() + 2;
  }

  private static String clip(String value) {
    return app.guidepost.platform.InvalidInputException.excerpt(value);
  }

  /** Lets the Optional-mapping helpers above fail with a located problem. */
  private static final class UncheckedContentFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    UncheckedContentFileException(int line, String message) {
      super(message);
      this.line = line;
    }
  }
}
