package app.guidepost.editing;

import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Translation jobs as XLIFF 2.0, for translators' own tools. A job is one file per article, each
 * holding the article's title, summary and body, cut into units at blank lines (code blocks are
 * one unit, marked not to translate), and naming the source revision it was made from; one
 * document may carry the files of many articles, all in one language pair. Reading one back
 * refuses DTDs and external entities; the caller checks that every source text is still the one
 * exported.
 */
public final class Xliff {

  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
  static final int MAX_CHARS = 16 * 1024 * 1024;
  /** Articles in one document: a translation agency's batch, not the whole knowledge base. */
  public static final int MAX_FILES = 500;
  private static final Pattern FENCE = Pattern.compile("[ ]{0,3}(```|~~~).*");

  /** One unit: its id, the source text, the target text (possibly empty) and whether it is translated at all. */
  public record Unit(String id, String source, String target, boolean translate) {}

  /** A translation job: which article, which languages, which source revision, and its units in order. */
  public record Job(String article, Language source, Language target, int sourceRevision, List<Unit> units) {

    /** The target text of {@code id}, or its source where it is not translated. */
    public Optional<String> target(String id) {
      return units.stream().filter(u -> u.id().equals(id)).findFirst().map(u -> u.translate() ? u.target() : u.source());
    }

    /** The body as the translator wrote it: the body units joined by blank lines. */
    public String body() {
      List<String> blocks = new ArrayList<>();
      for (Unit unit : units) {
        if (unit.id().startsWith("b")) {
          blocks.add(unit.translate() ? unit.target() : unit.source());
        }
      }
      return String.join("\n\n", blocks);
    }
  }

  /** A document: one language pair, the files of one or more articles (each article once). */
  public record Bundle(Language source, Language target, List<Job> files) {}

  private Xliff() {}

  /** The units of a translatable text: title, summary (when there is one) and the body's blocks. */
  public static List<Unit> units(String title, Optional<String> summary, String body, Optional<String> targetTitle, Optional<String> targetSummary,
      Optional<String> targetBody) {
    List<Unit> units = new ArrayList<>();
    units.add(new Unit("title", title, targetTitle.orElse(""), true));
    summary.ifPresent(s -> units.add(new Unit("summary", s, targetSummary.orElse(""), true)));
    List<String> blocks = blocks(body);
    List<String> translated = targetBody.map(Xliff::blocks).filter(t -> t.size() == blocks.size()).orElse(List.of());
    for (int i = 0; i < blocks.size(); i++) {
      boolean code = FENCE.matcher(blocks.get(i).lines().findFirst().orElse("")).matches();
      units.add(new Unit("b" + (i + 1), blocks.get(i), code ? blocks.get(i) : translated.isEmpty() ? "" : translated.get(i), !code));
    }
    return units;
  }

  /** A body cut at blank lines, keeping fenced code blocks whole. */
  static List<String> blocks(String body) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    boolean inFence = false;
    for (String line : body.strip().split("\n", -1)) {
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
      }
      if (!inFence && line.isBlank()) {
        if (!block.isEmpty()) {
          blocks.add(block.toString());
          block.setLength(0);
        }
      } else {
        if (!block.isEmpty()) {
          block.append('\n');
        }
        block.append(line);
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block.toString());
    }
    return blocks;
  }

  public static String write(Job job) {
    return write(new Bundle(job.source(), job.target(), List.of(job)));
  }

  public static String write(Bundle bundle) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("xliff");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("version", "2.0");
      xml.writeAttribute("srcLang", bundle.source().code());
      xml.writeAttribute("trgLang", bundle.target().code());
      int number = 0;
      for (Job job : bundle.files()) {
      xml.writeStartElement("file");
      xml.writeAttribute("id", "f" + ++number);
      xml.writeAttribute("original", original(job.article(), job.source()));
      xml.writeStartElement("notes");
      xml.writeStartElement("note");
      xml.writeAttribute("id", "source-revision");
      xml.writeAttribute("category", "guidepost");
      xml.writeCharacters(String.valueOf(job.sourceRevision()));
      xml.writeEndElement();
      xml.writeEndElement();
      for (Unit unit : job.units()) {
        xml.writeStartElement("unit");
        xml.writeAttribute("id", unit.id());
        if (!unit.translate()) {
          xml.writeAttribute("translate", "no");
        }
        xml.writeStartElement("segment");
        xml.writeStartElement("source");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        xml.writeCharacters(unit.source());
        xml.writeEndElement();
        xml.writeStartElement("target");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        xml.writeCharacters(unit.target());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML to a string cannot fail", e);
    }
  }

  /** Reads a document back; every refusal says what is wrong. */
  public static Bundle read(String text) {
    if (text == null || text.isBlank()) {
      throw invalid("The request body is empty; send the XLIFF 2.0 file.");
    }
    if (text.length() > MAX_CHARS) {
      throw invalid("The file is larger than " + MAX_CHARS / (1024 * 1024) + " MB.");
    }
    Document document = parse(text);
    Element root = document.getDocumentElement();
    if (!NAMESPACE.equals(root.getNamespaceURI()) || !"xliff".equals(root.getLocalName()) || !"2.0".equals(root.getAttribute("version"))) {
      throw invalid("This is not an XLIFF 2.0 file (root element <xliff version=\"2.0\"> in " + NAMESPACE + ").");
    }
    Language source = language(root.getAttribute("srcLang"), "srcLang");
    Language target = language(root.getAttribute("trgLang"), "trgLang");
    List<Element> files = children(root, "file");
    if (files.isEmpty() || files.size() > MAX_FILES) {
      throw invalid("A Guidepost translation job has 1 to " + MAX_FILES + " <file> elements, one per article; this one has " + files.size() + ".");
    }
    List<Job> jobs = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Element file : files) {
      Job job = file(file, source, target);
      if (!seen.add(job.article())) {
        throw invalid("Article '" + job.article() + "' has more than one <file>.");
      }
      jobs.add(job);
    }
    return new Bundle(source, target, List.copyOf(jobs));
  }

  private static Job file(Element file, Language source, Language target) {
    String original = file.getAttribute("original");
    String prefix = "articles/";
    String suffix = "/" + source.code() + ".md";
    if (!original.startsWith(prefix) || !original.endsWith(suffix)) {
      throw invalid("The file's 'original' must be articles/<slug>/" + source.code() + ".md, not '" + InvalidInputException.excerpt(original) + "'.");
    }
    String article = original.substring(prefix.length(), original.length() - suffix.length());
    int revision = sourceRevision(file);
    Map<String, Unit> units = new LinkedHashMap<>();
    for (Element unit : children(file, "unit")) {
      String id = unit.getAttribute("id");
      List<Element> segments = children(unit, "segment");
      if (id.isEmpty() || segments.size() != 1) {
        throw invalid("Unit '" + InvalidInputException.excerpt(id) + "' must have an id and exactly one <segment>.");
      }
      String sourceText = text(segments.get(0), "source").orElseThrow(() -> invalid("Unit '" + id + "' has no <source>."));
      String targetText = text(segments.get(0), "target").orElse("");
      if (units.put(id, new Unit(id, sourceText, targetText, !"no".equals(unit.getAttribute("translate")))) != null) {
        throw invalid("Unit '" + InvalidInputException.excerpt(id) + "' appears twice.");
      }
    }
    return new Job(article, source, target, revision, List.copyOf(units.values()));
  }

  private static Document parse(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(text)));
    } catch (SAXException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.contains("DOCTYPE")) {
        throw invalid("Document type declarations (DOCTYPE) are not accepted in XLIFF files.");
      }
      throw invalid("The file is not well-formed XML: " + InvalidInputException.excerpt(message));
    } catch (IOException | ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser could not be set up", e);
    }
  }

  private static int sourceRevision(Element file) {
    for (Element notes : children(file, "notes")) {
      for (Element note : children(notes, "note")) {
        if ("source-revision".equals(note.getAttribute("id"))) {
          try {
            return Integer.parseInt(note.getTextContent().strip());
          } catch (NumberFormatException e) {
            break;
          }
        }
      }
    }
    throw invalid("The file does not say which source revision it was made from (<note id=\"source-revision\">).");
  }

  private static Optional<String> text(Element segment, String name) {
    List<Element> found = children(segment, name);
    if (found.size() > 1) {
      throw invalid("A segment has more than one <" + name + ">.");
    }
    for (Element element : found) {
      if (element.getElementsByTagNameNS("*", "*").getLength() > 0) {
        throw invalid("Inline markup in <" + name + "> is not supported; the text is Markdown.");
      }
      return Optional.of(element.getTextContent());
    }
    return Optional.empty();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && NAMESPACE.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static Language language(String code, String attribute) {
    return Language.fromCode(code).orElseThrow(() -> invalid("'" + attribute + "' is '" + InvalidInputException.excerpt(code)
        + "', which is not one of Guidepost's languages."));
  }

  static String original(String article, Language source) {
    return "articles/" + article + "/" + source.code() + ".md";
  }

  private static InvalidInputException invalid(String detail) {
    return new InvalidInputException("Invalid XLIFF", detail);
  }
}
