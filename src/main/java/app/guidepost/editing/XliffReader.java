package app.guidepost.editing;

import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.SafeXml;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF 2.0 translation job back ({@link Xliff#read}): as a stream, element by element,
 * with a parser that never reads a DTD or an outside entity. One reader is one pass over a
 * document: each method starts on an element's start and ends on its end.
 */
final class XliffReader {

  /** Reads a whole document given as text. */
  static Xliff.Bundle read(String text) {
    if (text == null || text.isBlank()) {
      throw invalid("The request body is empty; send the XLIFF 2.0 file.");
    }
    return read(() -> SafeXml.inputFactory().createXMLStreamReader(new StringReader(text)));
  }

  /** Reads a document as it arrives. */
  static Xliff.Bundle read(InputStream input) {
    BufferedInputStream in = new BufferedInputStream(input);
    if (blank(in)) {
      throw invalid("The request body is empty; send the XLIFF 2.0 file.");
    }
    return read(() -> SafeXml.inputFactory().createXMLStreamReader(in));
  }

  private interface Opening {
    XMLStreamReader open() throws XMLStreamException;
  }

  private static Xliff.Bundle read(Opening opening) {
    XMLStreamReader xml = null;
    try {
      xml = opening.open();
      return new XliffReader(xml).bundle();
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

  private final XMLStreamReader xml;

  private XliffReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  private Xliff.Bundle bundle() throws XMLStreamException {
    nextElement();
    if (!isOurs("xliff") || !"2.0".equals(attribute("version"))) {
      throw invalid("This is not an XLIFF 2.0 file (root element <xliff version=\"2.0\"> in " + Xliff.NAMESPACE + ").");
    }
    Language source = language(attribute("srcLang"), "srcLang");
    Language target = language(attribute("trgLang"), "trgLang");
    List<Xliff.Job> jobs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int files = 0;
    while (nextChild()) {
      if (!isOurs("file")) {
        skip();
      } else if (++files > Xliff.MAX_FILES) {
        skip(); // counted only, for the message
      } else {
        Xliff.Job job = file(source, target);
        if (!seen.add(job.article())) {
          throw invalid("Article '" + job.article() + "' has more than one <file>.");
        }
        jobs.add(job);
      }
    }
    if (files == 0 || files > Xliff.MAX_FILES) {
      throw invalid("A Guidepost translation job has 1 to " + Xliff.MAX_FILES + " <file> elements, one per article; this one has " + files + ".");
    }
    return new Xliff.Bundle(source, target, List.copyOf(jobs));
  }

  private Xliff.Job file(Language source, Language target) throws XMLStreamException {
    String original = attribute("original");
    String prefix = "articles/";
    String suffix = "/" + source.code() + ".md";
    if (!original.startsWith(prefix) || !original.endsWith(suffix)) {
      throw invalid("The file's 'original' must be articles/<slug>/" + source.code() + ".md, not '" + InvalidInputException.excerpt(original) + "'.");
    }
    String article = original.substring(prefix.length(), original.length() - suffix.length());
    Optional<Integer> revision = Optional.empty();
    Map<String, Xliff.Unit> units = new LinkedHashMap<>();
    while (nextChild()) {
      if (isOurs("notes")) {
        Optional<Integer> noted = sourceRevision();
        revision = revision.or(() -> noted);
      } else if (isOurs("unit")) {
        Xliff.Unit unit = unit();
        if (units.put(unit.id(), unit) != null) {
          throw invalid("Unit '" + InvalidInputException.excerpt(unit.id()) + "' appears twice.");
        }
      } else {
        skip();
      }
    }
    int sourceRevision = revision.orElseThrow(
        () -> invalid("The file does not say which source revision it was made from (<note id=\"source-revision\">)."));
    return new Xliff.Job(article, source, target, sourceRevision, List.copyOf(units.values()));
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

  private Xliff.Unit unit() throws XMLStreamException {
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
    return new Xliff.Unit(id, unitSource, targetText.orElse(""), translate);
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
    return Xliff.NAMESPACE.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
  }

  private String attribute(String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value;
  }

  private static Language language(String code, String attribute) {
    return Language.fromCode(code).orElseThrow(() -> invalid("'" + attribute + "' is '" + InvalidInputException.excerpt(code)
        + "', which is not one of Guidepost's languages."));
  }

  private static InvalidInputException invalid(String detail) {
    return new InvalidInputException("Invalid XLIFF", detail);
  }
}
