package app.guidepost.content;

import java.util.LinkedHashMap;
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
 * YAML content files read safely: composed into nodes (no objects built), core tags only,
 * few aliases, bounded size, and every problem located by its 1-based line.
 */
final class SafeYaml {

  static final int MAX_CHARS = 1024 * 1024;
  private static final Set<Tag> CORE = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT, Tag.SEQ, Tag.MAP);

  private SafeYaml() {}

  static Optional<Node> compose(String raw, String label) throws ContentFileException {
    String text = FrontMatterParser.normalize(raw);
    if (text.length() > MAX_CHARS) {
      throw new ContentFileException(1, "the file is longer than " + MAX_CHARS / 1024 + " KB");
    }
    try {
      Optional<Node> root = new Compose(LoadSettings.builder()
              .setLabel(label)
              .setAllowRecursiveKeys(false)
              .setMaxAliasesForCollections(10)
              .setCodePointLimit(MAX_CHARS)
              .build())
          .composeString(text);
      if (root.isPresent()) {
        checkTags(root.get(), 0);
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      throw new ContentFileException(e.getProblemMark().map(m -> m.getLine() + 1).orElse(1), "invalid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new ContentFileException(1, "invalid YAML: " + e.getMessage());
    }
  }

  private static void checkTags(Node node, int depth) throws ContentFileException {
    if (depth > 16) {
      throw new ContentFileException(line(node), "the file is nested too deeply");
    }
    if (!CORE.contains(node.getTag())) {
      throw new ContentFileException(line(node), "YAML tags such as '" + node.getTag().getValue() + "' are not allowed");
    }
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        checkTags(item, depth + 1);
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        checkTags(tuple.getKeyNode(), depth + 1);
        checkTags(tuple.getValueNode(), depth + 1);
      }
    }
  }

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  static String scalar(Node node, String what) throws ContentFileException {
    if (!(node instanceof ScalarNode scalar) || node.getTag().equals(Tag.NULL)) {
      throw new ContentFileException(line(node), what + " must be a single value");
    }
    return scalar.getValue().strip();
  }

  static List<Node> list(Node node, String what) throws ContentFileException {
    if (!(node instanceof SequenceNode sequence)) {
      throw new ContentFileException(line(node), what + " must be a list");
    }
    return sequence.getValue();
  }

  /** A mapping's entries by key, in file order; a repeated key is refused. */
  static Map<String, Node> fields(Node node, String what) throws ContentFileException {
    if (!(node instanceof MappingNode mapping)) {
      throw new ContentFileException(line(node), what + " must be a block of 'name: value' lines");
    }
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode(), "a field name");
      if (fields.put(key, tuple.getValueNode()) != null) {
        throw new ContentFileException(line(tuple.getKeyNode()), "'" + key + "' appears twice");
      }
    }
    return fields;
  }

  /** The key of a field, for locating it: the line of its value's block start. */
  static int keyLine(Node mapping, String key) {
    if (mapping instanceof MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
          return line(tuple.getKeyNode());
        }
      }
    }
    return line(mapping);
  }
}
