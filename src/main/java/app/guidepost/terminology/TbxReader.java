package app.guidepost.terminology;

import app.guidepost.i18n.Language;
import app.guidepost.platform.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a TBX-Basic termbase (ISO 30042): TBX v3 ({@code <tbx>}, {@code conceptEntry},
 * {@code langSec}, {@code termSec}) as Guidepost writes it, and the TBX v2 that many
 * terminology tools still export ({@code <martif>}, {@code termEntry}, {@code langSet},
 * {@code tig}). One streaming pass with {@link SafeXml}'s parser.
 *
 * <p>What cannot be used is left out and reported with its line, the rest is kept: a term
 * with control or bidirectional characters, or too long; an entry without an id, with
 * an id already used, or without a term in any of the five languages. Languages Guidepost does
 * not serve ({@code fr}, {@code ja}) are skipped without a word: a shared termbase may hold
 * them. Regional tags count as their language ({@code de-DE}, {@code nb-NO}; {@code no} is
 * Bokmål). A term repeated within one language of an entry is kept once.
 */
public final class TbxReader {

  /** Larger than any help desk's termbase; past it the file is refused, not read into memory. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;
  static final int MAX_CONCEPTS = 50_000;

  /** What was read, and what was left out. */
  public record Result(Termbase termbase, List<TbxProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final XMLStreamReader xml;
  private final List<TbxProblem> problems = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final List<Concept> concepts = new ArrayList<>();

  private TbxReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  /**
   * Reads a whole TBX file; the stream is not closed.
   *
   * @throws TbxFileException when the file is not a TBX file that can be read (not well-formed,
   *     a DOCTYPE, another root element), with the line where it stopped
   */
  public static Result read(InputStream in) throws TbxFileException {
    XMLStreamReader xml;
    BoundedInputStream bounded = new BoundedInputStream(in, MAX_BYTES);
    try {
      xml = SafeXml.inputFactory().createXMLStreamReader(bounded);
    } catch (XMLStreamException e) {
      throw new TbxFileException(1, "not well-formed XML: " + e.getMessage());
    }
    TbxReader reader = new TbxReader(xml);
    try {
      reader.document();
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? xml.getLocation().getLineNumber() : e.getLocation().getLineNumber();
      throw new TbxFileException(Math.max(1, line), bounded.exceeded
          ? "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB"
          : "not well-formed XML: " + firstLine(e.getMessage()));
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // Nothing was held open but the parser itself.
      }
    }
    return new Result(Termbase.of(reader.concepts), reader.problems);
  }

  private void document() throws XMLStreamException, TbxFileException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw new TbxFileException(line(), "a document type declaration (DOCTYPE) is not accepted in a termbase");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String root = xml.getLocalName();
        if (!root.equals("tbx") && !root.equals("martif")) {
          throw new TbxFileException(line(), "not a TBX file: the root element is <" + root + ">, not <tbx> (or <martif>)");
        }
        body();
        return;
      }
    }
    throw new TbxFileException(1, "the file is empty");
  }

  /** Walks the whole document and reads every entry in it, wherever the body puts it. */
  private void body() throws XMLStreamException, TbxFileException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("conceptEntry") || name.equals("termEntry")) {
          entry();
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void entry() throws XMLStreamException, TbxFileException {
    int entryLine = line();
    String id = attribute("id").orElse("");
    Optional<String> subject = Optional.empty();
    Optional<String> definition = Optional.empty();
    Map<Language, List<Term>> terms = new EnumMap<>(Language.class);
    while (nextChild()) {
      String name = xml.getLocalName();
      if (name.equals("langSec") || name.equals("langSet")) {
        Optional<Language> language = attribute("lang").flatMap(TbxReader::language);
        LanguageSection section = languageSection(language.isPresent());
        language.ifPresent(l -> terms.computeIfAbsent(l, k -> new ArrayList<>()).addAll(section.terms()));
        if (language.orElse(null) == Language.EN && definition.isEmpty()) {
          definition = section.definition();
        }
      } else if (name.equals("descrip") && "subjectField".equals(attribute("type").orElse(""))) {
        subject = Optional.of(text()).filter(s -> !s.isEmpty());
      } else if (name.equals("descrip") && "definition".equals(attribute("type").orElse(""))) {
        String text = text();
        definition = definition.or(() -> Optional.of(text).filter(s -> !s.isEmpty()));
      } else {
        skip();
      }
    }
    Optional<String> idProblem = TermRules.idProblem(id);
    if (idProblem.isPresent()) {
      problems.add(new TbxProblem(entryLine, id.isEmpty() ? "an entry without an id was left out" : idProblem.get() + "; the entry was left out"));
    } else if (!ids.add(id)) {
      problems.add(new TbxProblem(entryLine, "the entry id '" + id + "' is used twice; the second entry was left out"));
    } else if (terms.values().stream().allMatch(List::isEmpty)) {
      problems.add(new TbxProblem(entryLine, "the entry '" + id + "' has no term in en, vi, nb, de or ar and was left out"));
    } else if (concepts.size() >= MAX_CONCEPTS) {
      problems.add(new TbxProblem(entryLine, "more than " + MAX_CONCEPTS + " entries: the rest were left out"));
    } else {
      concepts.add(new Concept(id, subject, definition, terms));
    }
  }

  private record LanguageSection(List<Term> terms, Optional<String> definition) {}

  private LanguageSection languageSection(boolean served) throws XMLStreamException {
    List<Term> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<String> definition = Optional.empty();
    while (nextChild()) {
      String name = xml.getLocalName();
      if (!served) {
        skip();
      } else if (name.equals("termSec") || name.equals("tig") || name.equals("ntig")) {
        termSection().ifPresent(term -> {
          if (seen.add(term.text().toLowerCase(Locale.ROOT))) {
            terms.add(term);
          }
        });
      } else if (name.equals("descrip") && "definition".equals(attribute("type").orElse(""))) {
        String text = text();
        definition = definition.or(() -> Optional.of(text).filter(s -> !s.isEmpty()));
      } else {
        skip();
      }
    }
    return new LanguageSection(terms, definition);
  }

  /** What a term section says, gathered from its children (and a TBX v2 {@code termGrp}'s). */
  private static final class TermParts {
    int line;
    String text;
    Term.Status status = Term.Status.ADMITTED;
    boolean abbreviation;
  }

  private Optional<Term> termSection() throws XMLStreamException {
    TermParts parts = new TermParts();
    parts.line = line();
    termChildren(parts);
    String text = parts.text;
    if (text == null || text.isEmpty()) {
      problems.add(new TbxProblem(parts.line, "a term section without a term was left out"));
      return Optional.empty();
    }
    Optional<String> problem = TermRules.termProblem(text);
    if (problem.isPresent()) {
      problems.add(new TbxProblem(parts.line, problem.get() + "; it was left out"));
      return Optional.empty();
    }
    return Optional.of(new Term(text, parts.status, parts.abbreviation));
  }

  private void termChildren(TermParts parts) throws XMLStreamException {
    while (nextChild()) {
      String name = xml.getLocalName();
      if (name.equals("termGrp")) {
        termChildren(parts);
      } else if (name.equals("term")) {
        parts.line = line();
        parts.text = text();
      } else if (name.equals("termNote")) {
        String type = attribute("type").orElse("");
        int noteLine = line();
        String value = text();
        if (type.equals("administrativeStatus")) {
          Optional<Term.Status> known = Term.Status.ofTbx(value);
          if (known.isEmpty()) {
            problems.add(new TbxProblem(noteLine, "unknown administrativeStatus '" + value + "'; the term counts as admitted"));
          }
          parts.status = known.orElse(Term.Status.ADMITTED);
        } else if (type.equals("termType")) {
          parts.abbreviation = value.equals("abbreviation") || value.equals("acronym") || value.equals("shortForm");
        }
      } else {
        skip();
      }
    }
  }

  /** The element's text, NFC, with white space runs as one space; child elements' text included. */
  private String text() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return Normalizer.normalize(text.toString().strip().replaceAll("[ \\t\\r\\n]+", " "), Normalizer.Form.NFC);
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
    }
  }

  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** An attribute by local name, whatever its namespace ({@code xml:lang} is {@code lang}). */
  private Optional<String> attribute(String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) {
        return Optional.of(xml.getAttributeValue(i).strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<Language> language(String tag) {
    return Language.fromCode(tag);
  }

  private int line() {
    return Math.max(1, xml.getLocation().getLineNumber());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String[] lines = message.strip().split("\\R");
    return lines[lines.length - 1];
  }

  /** Raised by {@link BoundedInputStream} past its limit. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("too large");
    }
  }

  /** Refuses to read past a number of bytes, so an endless file never fills the memory. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private long left;
    boolean exceeded;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        exceeded = true;
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        left -= n;
        if (left < 0) {
          exceeded = true;
          throw new TooLarge();
        }
      }
      return n;
    }
  }
}
