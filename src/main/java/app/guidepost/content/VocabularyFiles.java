package app.guidepost.content;

import app.guidepost.article.Slug;
import app.guidepost.article.TopicIcon;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes topics and ticket steps as the content folder's files ({@code categories.yaml},
 * {@code ticket-steps.yaml}), languages in their usual order, so that {@link CategoryNamesParser}
 * and {@link GuideFiles#ticketSteps} read back exactly what was written.
 */
public final class VocabularyFiles {

  private static final Dump YAML = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(4096).setSplitLines(false).build());

  /** One topic: its slug, the icon named for it, and its names. */
  public record Topic(Slug slug, Optional<TopicIcon> icon, Map<Language, String> names) {}

  private VocabularyFiles() {}

  public static String categories(List<Topic> topics) {
    Map<String, Object> file = new LinkedHashMap<>();
    for (Topic topic : topics) {
      Map<String, Object> fields = new LinkedHashMap<>();
      topic.icon().ifPresent(icon -> fields.put("icon", icon.code()));
      for (Language language : Language.values()) {
        Optional.ofNullable(topic.names().get(language)).ifPresent(name -> fields.put(language.code(), name));
      }
      file.put(topic.slug().value(), fields);
    }
    return "# Topics: what each category of articles is called in each language, and its icon.\n" + YAML.dumpToString(file);
  }

  public static String ticketSteps(List<TicketStep> steps) {
    List<Map<String, Object>> file = steps.stream().map(step -> {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("id", step.id());
      for (Language language : Language.values()) {
        Optional.ofNullable(step.names().get(language)).ifPresent(name -> fields.put(language.code(), name));
      }
      return fields;
    }).toList();
    return "# Ticket steps in the order of a support contact, each named in every language.\n" + YAML.dumpToString(file);
  }
}
