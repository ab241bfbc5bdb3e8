package app.guidepost.editing;

import app.guidepost.i18n.Language;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Translation jobs as XLIFF 2.0, for translators' own tools. A job is one file per article, each
 * holding the article's title, summary and body, cut into units at blank lines (code blocks are
 * one unit, marked not to translate), and naming the source revision it was made from; one
 * document may carry the files of many articles, all in one language pair. Each unit is one
 * segment, and the files say so ({@code canResegment="no"}). Reading one back refuses DTDs and
 * entity references ({@link XliffReader}); the caller checks that every source text is still the
 * one exported.
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
    return XliffReader.read(text);
  }

  /**
   * Reads a document back as it arrives, element by element: a job of hundreds of articles is
   * never held as a tree beside its text. The caller bounds its size (over HTTP,
   * RequestBodyLimits). Every refusal says what is wrong.
   */
  public static Bundle read(InputStream input) {
    return XliffReader.read(input);
  }

  static String original(String article, Language source) {
    return "articles/" + article + "/" + source.code() + ".md";
  }
}
