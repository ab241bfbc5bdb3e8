package app.guidepost.content;

import app.guidepost.i18n.Language;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Termbase;
import app.guidepost.text.UnsafeCharacters;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a content folder's {@code glossary.yaml}, the compact form of its own terms that came
 * before {@code termbase.tbx} and is still read: a list of concepts, each an {@code id} and a
 * list of terms per language ({@code en: [wifi, wi-fi]}), the first one preferred. Read with the same limits as front matter
 * (core tags only, few aliases, bounded size); a problem is reported with its line.
 */
public final class GlossaryParser {

  static final int MAX_CHARS = 1024 * 1024;
  static final int MAX_TERM_LENGTH = 80;

  private GlossaryParser() {}

  public static Termbase parse(String raw) throws ContentFileException {
    String text = FrontMatterParser.normalize(raw);
    if (text.length() > MAX_CHARS) {
      throw new ContentFileException(1, "the glossary is longer than " + MAX_CHARS / 1024 + " KB");
    }
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder()
              .setLabel("glossary")
              .setAllowRecursiveKeys(false)
              .setMaxAliasesForCollections(10)
              .setCodePointLimit(MAX_CHARS)
              .build())
          .composeString(text);
    } catch (MarkedYamlEngineException e) {
      throw new ContentFileException(e.getProblemMark().map(m -> m.getLine() + 1).orElse(1), "invalid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new ContentFileException(1, "invalid YAML: " + e.getMessage());
    }
    if (root.isEmpty()) {
      return Termbase.EMPTY;
    }
    if (!(root.get() instanceof SequenceNode list)) {
      throw new ContentFileException(line(root.get()), "the glossary must be a list of concepts ('- id: ...')");
    }
    List<Concept> concepts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : list.getValue()) {
      Concept concept = concept(item);
      if (!ids.add(concept.id())) {
        throw new ContentFileException(line(item), "concept '" + concept.id() + "' appears twice");
      }
      concepts.add(concept);
    }
    return Termbase.of(concepts);
  }

  private static Concept concept(Node node) throws ContentFileException {
    if (!(node instanceof MappingNode fields) || !node.getTag().equals(Tag.MAP)) {
      throw new ContentFileException(line(node), "a concept is a block of 'id:' and language lines");
    }
    String id = null;
    Map<Language, List<Term>> terms = new EnumMap<>(Language.class);
    for (NodeTuple tuple : fields.getValue()) {
      String key = scalar(tuple.getKeyNode());
      Node value = tuple.getValueNode();
      if (key.equals("id")) {
        id = scalar(value);
        if (!app.guidepost.article.Slug.isValid(id)) {
          throw new ContentFileException(line(value), "concept id '" + id + "' must be a slug (lowercase a-z, digits, hyphens)");
        }
        continue;
      }
      Language language = Language.fromCode(key)
          .orElseThrow(() -> new ContentFileException(line(tuple.getKeyNode()), "unknown language '" + key + "'; use en, vi, nb, de or ar"));
      if (!(value instanceof SequenceNode words) || !value.getTag().equals(Tag.SEQ)) {
        throw new ContentFileException(line(value), "the terms of '" + key + "' must be a list: [term, term]");
      }
      List<Term> list = new ArrayList<>();
      for (Node word : words.getValue()) {
        String term = Normalizer.normalize(scalar(word).strip(), Normalizer.Form.NFC);
        if (term.isEmpty() || term.length() > MAX_TERM_LENGTH) {
          throw new ContentFileException(line(word), "a term must have 1 to " + MAX_TERM_LENGTH + " characters");
        }
        if (UnsafeCharacters.in(term)) {
          throw new ContentFileException(line(word), "a term must not contain control, bidirectional or invisible characters");
        }
        // The first term of a language is its preferred one, as in the shipped termbase.
        list.add(list.isEmpty() ? Term.preferred(term) : Term.admitted(term));
      }
      terms.put(language, list);
    }
    if (id == null) {
      throw new ContentFileException(line(node), "a concept needs an 'id'");
    }
    return new Concept(id, Optional.empty(), Optional.empty(), terms);
  }

  private static String scalar(Node node) throws ContentFileException {
    if (!(node instanceof ScalarNode scalar) || !(node.getTag().equals(Tag.STR) || node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.BOOL))) {
      throw new ContentFileException(line(node), "expected a plain word here");
    }
    return scalar.getValue();
  }

  private static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }
}
