package app.guidepost.editing;

import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Translation jobs as XLIFF 2.0, for translators' own tools. A job is one file per article, each
 * holding the article's title, summary and body, cut into units at blank lines (code blocks are
 * one unit, marked not to translate), and naming the source revision it was made from; one
 * document may carry the files of many articles, all in one language pair. Each unit is one
 * segment, and the files say so ({@code canResegment="no"}). Reading one back refuses DTDs and
 * entity references; the caller checks that every source text is still the one exported.
 */
public final class Xliff {

  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
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
        // Guidepost matches a translation to its source unit by unit, one segment each.
        xml.writeAttribute("canResegment", "no");
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
    return read(() -> FACTORY.createXMLStreamReader(new StringReader(text)));
  }

  /**
   * Reads a document back as it arrives, element by element: a job of hundreds of articles is
   * never held as a tree beside its text. The caller bounds its size (over HTTP,
   * RequestBodyLimits). Every refusal says what is wrong.
   */
  public static Bundle read(InputStream input) {
    BufferedInputStream in = new BufferedInputStream(input);
    if (blank(in)) {
      throw invalid("The request body is empty; send the XLIFF 2.0 file.");
    }
    return read(() -> FACTORY.createXMLStreamReader(in));
  }

  private interface Opening {
    XMLStreamReader open() throws XMLStreamException;
  }

  private static Bundle read(Opening opening) {
    XMLStreamReader xml = null;
    try {
      xml = opening.open();
      return new Reading(xml).bundle();
    } catch (XMLStreamException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      throw invalid("The file is not well-formed XML: " + InvalidInputException.excerpt(message));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // Nothing was held open but the parser itself.
        }
      }
    }
  }

  /** A parser that never reads a DTD or an outside entity: the classic XML attacks (XXE, billion laughs) have nothing to expand. */
  private static final XMLInputFactory FACTORY = secureFactory();

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  /** Whether nothing but white space comes before the end; the stream is left where it was. */
  private static boolean blank(BufferedInputStream in) {
    try {
      in.mark(4096);
      for (int i = 0; i < 4096; i++) {
        int b = in.read();
        if (b == -1) {
          return true;
        }
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          break;
        }
      }
      in.reset();
      return false;
    } catch (IOException e) {
      throw invalid("The file could not be read: " + InvalidInputException.excerpt(String.valueOf(e.getMessage())));
    }
  }

  /** One pass over a document: each method starts on an element's start and ends on its end. */
  private static final class Reading {
    private final XMLStreamReader xml;

    Reading(XMLStreamReader xml) {
      this.xml = xml;
    }

    Bundle bundle() throws XMLStreamException {
      nextElement();
      if (!isOurs("xliff") || !"2.0".equals(attribute("version"))) {
        throw invalid("This is not an XLIFF 2.0 file (root element <xliff version=\"2.0\"> in " + NAMESPACE + ").");
      }
      Language source = language(attribute("srcLang"), "srcLang");
      Language target = language(attribute("trgLang"), "trgLang");
      List<Job> jobs = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int files = 0;
      while (nextChild()) {
        if (!isOurs("file")) {
          skip();
        } else if (++files > MAX_FILES) {
          skip(); // counted only, for the message
        } else {
          Job job = file(source, target);
          if (!seen.add(job.article())) {
            throw invalid("Article '" + job.article() + "' has more than one <file>.");
          }
          jobs.add(job);
        }
      }
      if (files == 0 || files > MAX_FILES) {
        throw invalid("A Guidepost translation job has 1 to " + MAX_FILES + " <file> elements, one per article; this one has " + files + ".");
      }
      return new Bundle(source, target, List.copyOf(jobs));
    }

    private Job file(Language source, Language target) throws XMLStreamException {
      String original = attribute("original");
      String prefix = "articles/";
      String suffix = "/" + source.code() + ".md";
      if (!original.startsWith(prefix) || !original.endsWith(suffix)) {
        throw invalid("The file's 'original' must be articles/<slug>/" + source.code() + ".md, not '" + InvalidInputException.excerpt(original) + "'.");
      }
      String article = original.substring(prefix.length(), original.length() - suffix.length());
      Optional<Integer> revision = Optional.empty();
      Map<String, Unit> units = new LinkedHashMap<>();
      while (nextChild()) {
        if (isOurs("notes")) {
          Optional<Integer> noted = sourceRevision();
          revision = revision.or(() -> noted);
        } else if (isOurs("unit")) {
          Unit unit = unit();
          if (units.put(unit.id(), unit) != null) {
            throw invalid("Unit '" + InvalidInputException.excerpt(unit.id()) + "' appears twice.");
          }
        } else {
          skip();
        }
      }
      int sourceRevision = revision.orElseThrow(
          () -> invalid("The file does not say which source revision it was made from (<note id=\"source-revision\">)."));
      return new Job(article, source, target, sourceRevision, List.copyOf(units.values()));
    }

    /** The first note of this notes element that names the source revision, when it holds a number. */
    private Optional<Integer> sourceRevision() throws XMLStreamException {
      Optional<Integer> found = Optional.empty();
      boolean named = false;
      while (nextChild()) {
        if (isOurs("note") && !named && "source-revision".equals(attribute("id"))) {
          named = true;
          String text = text("note");
          try {
            found = Optional.of(Integer.parseInt(text.strip()));
          } catch (NumberFormatException e) {
            found = Optional.empty();
          }
        } else {
          skip();
        }
      }
      return found;
    }

    private Unit unit() throws XMLStreamException {
      String id = attribute("id");
      boolean translate = !"no".equals(attribute("translate"));
      int segments = 0;
      Optional<String> sourceText = Optional.empty();
      Optional<String> targetText = Optional.empty();
      while (nextChild()) {
        if (!isOurs("segment")) {
          skip();
          continue;
        }
        if (++segments > 1) {
          break;
        }
        while (nextChild()) {
          if (isOurs("source")) {
            sourceText = once(sourceText, "source");
          } else if (isOurs("target")) {
            targetText = once(targetText, "target");
          } else {
            skip();
          }
        }
      }
      if (id.isEmpty() || segments != 1) {
        throw invalid("Unit '" + InvalidInputException.excerpt(id) + "' must have an id and exactly one <segment>.");
      }
      String unitSource = sourceText.orElseThrow(() -> invalid("Unit '" + id + "' has no <source>."));
      return new Unit(id, unitSource, targetText.orElse(""), translate);
    }

    private Optional<String> once(Optional<String> already, String name) throws XMLStreamException {
      if (already.isPresent()) {
        throw invalid("A segment has more than one <" + name + ">.");
      }
      return Optional.of(text(name));
    }

    /** The text of the current element, which must hold no element of its own. */
    private String text(String name) throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      while (true) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
          case XMLStreamConstants.START_ELEMENT -> throw invalid("Inline markup in <" + name + "> is not supported; the text is Markdown.");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw invalid("Entity references (&" + xml.getLocalName() + ";) are not accepted in XLIFF files.");
          case XMLStreamConstants.END_ELEMENT -> {
            return text.toString();
          }
          default -> {
            // comments and processing instructions are not text
          }
        }
      }
    }

    /** Moves to the document's first element; a DTD before it is refused. */
    private void nextElement() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw invalid("Document type declarations (DOCTYPE) are not accepted in XLIFF files.");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          return;
        }
      }
      throw invalid("The file is not well-formed XML: it has no element.");
    }

    /** Moves to the current element's next child element: true there, false at its end. */
    private boolean nextChild() throws XMLStreamException {
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          return true;
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          return false;
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw invalid("Entity references (&" + xml.getLocalName() + ";) are not accepted in XLIFF files.");
        }
      }
    }

    /** Moves past the current element and everything in it (other modules' markup, which Guidepost does not use). */
    private void skip() throws XMLStreamException {
      while (nextChild()) {
        skip();
      }
    }

    private boolean isOurs(String name) {
      return NAMESPACE.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    private String attribute(String name) {
      String value = xml.getAttributeValue(null, name);
      return value == null ? "" : value;
    }
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
