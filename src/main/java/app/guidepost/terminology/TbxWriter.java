package app.guidepost.terminology;

import app.guidepost.i18n.Language;
import java.util.List;
import java.util.Optional;

/**
 * Writes concepts as TBX-Basic v3 (ISO 30042, the dialect {@link TbxReader} reads first): a
 * {@code conceptEntry} per concept with its subject, its English definition and, per language,
 * a {@code termSec} per term with its administrative status and, for an abbreviation, its term
 * type. What {@link TbxReader} reads back from it is the same concept.
 */
public final class TbxWriter {

  static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";

  private TbxWriter() {}

  /** A whole TBX file of {@code concepts}, titled {@code title}. */
  public static String document(String title, List<Concept> concepts) {
    StringBuilder xml = new StringBuilder(256 + concepts.size() * 1024);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<tbx style=\"dca\" type=\"TBX-Basic\" xml:lang=\"en\" xmlns=\"").append(NAMESPACE).append("\">\n")
        .append("  <tbxHeader>\n    <fileDesc>\n      <titleStmt><title>").append(escape(title)).append("</title></titleStmt>\n")
        .append("      <sourceDesc><p>Exported from Guidepost.</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n")
        .append("  <text>\n    <body>\n");
    for (Concept concept : concepts) {
      entry(xml, concept, "      ");
    }
    xml.append("    </body>\n  </text>\n</tbx>\n");
    return xml.toString();
  }

  /** One concept as a file of its own: how an edited concept's revisions are stored. */
  public static String single(Concept concept) {
    return document(concept.id(), List.of(concept));
  }

  private static void entry(StringBuilder xml, Concept concept, String indent) {
    xml.append(indent).append("<conceptEntry id=\"").append(escape(concept.id())).append("\">\n");
    concept.subject().ifPresent(subject ->
        xml.append(indent).append("  <descrip type=\"subjectField\">").append(escape(subject)).append("</descrip>\n"));
    for (Language language : Language.values()) {
      List<Term> terms = concept.terms(language);
      Optional<String> definition = language == Language.EN ? concept.definition() : Optional.empty();
      if (terms.isEmpty() && definition.isEmpty()) {
        continue;
      }
      xml.append(indent).append("  <langSec xml:lang=\"").append(language.code()).append("\">\n");
      definition.ifPresent(text ->
          xml.append(indent).append("    <descrip type=\"definition\">").append(escape(text)).append("</descrip>\n"));
      for (Term term : terms) {
        xml.append(indent).append("    <termSec>\n")
            .append(indent).append("      <term>").append(escape(term.text())).append("</term>\n");
        if (term.abbreviation()) {
          xml.append(indent).append("      <termNote type=\"termType\">abbreviation</termNote>\n");
        }
        xml.append(indent).append("      <termNote type=\"administrativeStatus\">").append(term.status().tbxValue()).append("</termNote>\n")
            .append(indent).append("    </termSec>\n");
      }
      xml.append(indent).append("  </langSec>\n");
    }
    xml.append(indent).append("</conceptEntry>\n");
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
