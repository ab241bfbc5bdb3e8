package app.guidepost.content;

import app.guidepost.article.CategoryNames;
import app.guidepost.article.TopicIcon;
import app.guidepost.article.Slug;
import app.guidepost.i18n.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads {@code content/categories.yaml}: per category slug, its name in each language and
 * optionally its icon ({@code phone-skills: {icon: headset, en: Phone skills, nb: Telefonferdigheter}}), read through
 * {@link SafeYaml} like the guide files; a problem is reported with its line.
 */
public final class CategoryNamesParser {

  static final int MAX_NAME_LENGTH = 80;

  private CategoryNamesParser() {}

  public static CategoryNames parse(String raw) throws ContentFileException {
    Optional<Node> root = SafeYaml.compose(raw, "categories");
    if (root.isEmpty()) {
      return CategoryNames.NONE;
    }
    if (!(root.get() instanceof MappingNode categories) || !root.get().getTag().equals(Tag.MAP)) {
      throw new ContentFileException(SafeYaml.line(root.get()), "the file must list categories by slug ('phone-skills:' and its names below)");
    }
    Map<Slug, Map<Language, String>> names = new LinkedHashMap<>();
    Map<Slug, TopicIcon> icons = new LinkedHashMap<>();
    for (NodeTuple category : categories.getValue()) {
      String key = scalar(category.getKeyNode());
      Slug slug = Slug.parse(key).orElseThrow(() -> new ContentFileException(SafeYaml.line(category.getKeyNode()),
          "category '" + key + "' must be a slug (lowercase a-z, digits, hyphens)"));
      if (names.containsKey(slug)) {
        throw new ContentFileException(SafeYaml.line(category.getKeyNode()), "category '" + key + "' appears twice");
      }
      names.put(slug, namesOf(category.getValueNode(), key, icon -> icons.put(slug, icon)));
    }
    return new CategoryNames(names, icons);
  }

  private static Map<Language, String> namesOf(Node node, String category, java.util.function.Consumer<TopicIcon> icon) throws ContentFileException {
    if (!(node instanceof MappingNode fields) || !node.getTag().equals(Tag.MAP)) {
      throw new ContentFileException(SafeYaml.line(node), "the names of '" + category + "' are language lines: 'en: Phone skills'");
    }
    Map<Language, String> names = CategoryNames.names();
    for (NodeTuple tuple : fields.getValue()) {
      String code = scalar(tuple.getKeyNode());
      if (code.equals("icon")) {
        String name = scalar(tuple.getValueNode()).strip();
        icon.accept(TopicIcon.fromCode(name).orElseThrow(() -> new ContentFileException(SafeYaml.line(tuple.getValueNode()),
            "unknown icon '" + name + "'; use one of " + TopicIcon.codes())));
        continue;
      }
      Language language = Language.fromCode(code)
          .orElseThrow(() -> new ContentFileException(SafeYaml.line(tuple.getKeyNode()), "unknown language '" + code + "'; use en, vi, nb, de or ar"));
      String name = scalar(tuple.getValueNode()).strip();
      if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
        throw new ContentFileException(SafeYaml.line(tuple.getValueNode()), "a category name must have 1 to " + MAX_NAME_LENGTH + " characters");
      }
      if (names.put(language, name) != null) {
        throw new ContentFileException(SafeYaml.line(tuple.getKeyNode()), "'" + category + "' has two names in '" + code + "'");
      }
    }
    return names;
  }

  private static String scalar(Node node) throws ContentFileException {
    if (!(node instanceof ScalarNode scalar) || !(node.getTag().equals(Tag.STR) || node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.BOOL))) {
      throw new ContentFileException(SafeYaml.line(node), "expected plain text here");
    }
    return scalar.getValue();
  }

}
