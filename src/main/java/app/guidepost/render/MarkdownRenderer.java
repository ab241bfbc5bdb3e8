package app.guidepost.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * CommonMark to sanitized HTML. Raw HTML in the Markdown is shown as text, never as markup;
 * the OWASP sanitizer runs last with an allowlist of formatting elements and only http,
 * https and mailto (or relative) links.
 */
public final class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

  /** Links in content never pass on the reader's page, its referrer, or the site's ranking. */
  static final String LINK_REL = "nofollow noopener noreferrer";

  static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
              "strong", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "del", "kbd", "mark")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href").onElements("a")
          .allowAttributes("title").onElements("a", "img")
          .allowAttributes("src", "alt").onElements("img")
          .allowAttributes("id").matching(Pattern.compile("[\\p{L}\\p{N}-]{1," + Anchors.MAX_LENGTH + "}"))
          .onElements("h1", "h2", "h3", "h4", "h5", "h6")
          .allowAttributes("class").matching(Pattern.compile("language-[a-zA-Z0-9+#_-]{1,30}")).onElements("code")
          .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
          .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
          // Set by the renderer on every link; the sanitizer's own requireRelsOnLinks writes the
          // three words in a different order from run to run.
          .allowAttributes("rel").matching(true, LINK_REL).onElements("a")
          .toFactory();

  private static final Pattern OWN_FILE = Pattern.compile("(?:\\./)?files/([a-z0-9]+(?:[-_.][a-z0-9]+)*\\.[a-z0-9]{1,5})");

  private MarkdownRenderer() {}

  public static RenderedArticle render(String markdown) {
    return render(markdown, Optional.empty());
  }

  /**
   * As {@link #render(String)}, with the article's own files ({@code files/<name>}, the address
   * that works beside the Markdown file in a content folder) pointing at {@code filesAt}, where
   * they are served ({@code /api/articles/<slug>/files/}).
   */
  public static RenderedArticle render(String markdown, Optional<String> filesAt) {
    Node document = PARSER.parse(markdown);
    Map<Heading, String> anchors = new IdentityHashMap<>();
    List<Section> sections = new ArrayList<>();
    Anchors names = new Anchors();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            String title = TEXT.render(heading).strip();
            String anchor = names.next(title);
            anchors.put(heading, anchor);
          }
        });
    collectSections(document, anchors, sections);
    HtmlRenderer html =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(
                context ->
                    (node, tagName, attributes) -> {
                      if (node instanceof Heading heading && anchors.containsKey(heading)) {
                        attributes.put("id", anchors.get(heading));
                      }
                      if (node instanceof Link link) {
                        attributes.put("rel", LINK_REL);
                        filesAt.flatMap(at -> ownFile(link.getDestination(), at)).ifPresent(url -> attributes.put("href", url));
                      }
                      if (node instanceof Image image) {
                        filesAt.flatMap(at -> ownFile(image.getDestination(), at)).ifPresent(url -> attributes.put("src", url));
                      }
                    })
            .build();
    return new RenderedArticle(POLICY.sanitize(html.render(document)), sections);
  }

  /** Where a reference to one of the article's files ({@code files/x.png}, {@code ./files/x.png}) is served. */
  static Optional<String> ownFile(String destination, String filesAt) {
    Matcher own = OWN_FILE.matcher(destination);
    return own.matches() ? Optional.of(filesAt + own.group(1)) : Optional.empty();
  }

  /** The level-2 sections of {@code document}, each with the text of the blocks under it. */
  private static void collectSections(Node document, Map<Heading, String> anchors, List<Section> sections) {
    Heading open = null;
    StringBuilder text = new StringBuilder();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading && heading.getLevel() <= 2) {
        if (open != null) {
          sections.add(section(open, anchors, text));
        }
        open = heading.getLevel() == 2 ? heading : null;
        text.setLength(0);
      } else if (open != null) {
        block.accept(new PlainTextCollector(text));
      }
    }
    if (open != null) {
      sections.add(section(open, anchors, text));
    }
  }

  private static Section section(Heading heading, Map<Heading, String> anchors, StringBuilder text) {
    return new Section(anchors.get(heading), TEXT.render(heading).strip(), 2, text.toString().replaceAll("[ \t]*\n[\\s]*", "\n").strip());
  }

  /**
   * The words of the article without markup, for indexing and snippets: one line per block,
   * link text without its address.
   */
  public static String plainText(String markdown) {
    StringBuilder text = new StringBuilder();
    PARSER.parse(markdown).accept(new PlainTextCollector(text));
    return text.toString().replaceAll("[ \t]*\n[\\s]*", "\n").strip();
  }

  /** Collects text, code and line breaks; ends every block with a new line. */
  private static final class PlainTextCollector extends AbstractVisitor {
    private final StringBuilder text;

    PlainTextCollector(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void visit(org.commonmark.node.Text node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(org.commonmark.node.Code node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(org.commonmark.node.FencedCodeBlock node) {
      text.append(node.getLiteral()).append('\n');
    }

    @Override
    public void visit(org.commonmark.node.IndentedCodeBlock node) {
      text.append(node.getLiteral()).append('\n');
    }

    @Override
    public void visit(org.commonmark.node.SoftLineBreak node) {
      text.append(' ');
    }

    @Override
    public void visit(org.commonmark.node.HardLineBreak node) {
      text.append('\n');
    }

    @Override
    public void visit(org.commonmark.node.Paragraph node) {
      visitChildren(node);
      text.append('\n');
    }

    @Override
    public void visit(Heading node) {
      visitChildren(node);
      text.append('\n');
    }

    @Override
    public void visit(org.commonmark.node.CustomBlock node) {
      visitChildren(node);
      text.append('\n');
    }

    @Override
    public void visit(org.commonmark.node.CustomNode node) {
      visitChildren(node);
      text.append(' ');
    }
  }

  /** Sanitizes HTML made elsewhere (snippets) with the same policy as article bodies. */
  public static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
