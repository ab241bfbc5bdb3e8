package app.guidepost.content;

import app.guidepost.guide.Choice;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideStep;
import app.guidepost.i18n.Language;
import app.guidepost.text.LineEnds;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a guide's texts in one language as {@code <lang>.yaml}, in the order of the guide's
 * steps and choices, the way an editor would write the file: one-line texts quoted, step bodies
 * as literal blocks. What it writes reads back through {@link GuideFiles#texts} unchanged.
 */
public final class GuideTextsWriter {

  private GuideTextsWriter() {}

  /** The texts of one step as an editor typed them. */
  public record StepTexts(String title, String body, Map<String, String> choices) {}

  public static String write(Guide guide, String title, Optional<String> summary, Optional<Language> translationOf, Optional<Integer> sourceRevision,
      Map<String, StepTexts> steps) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("title: ").append(quoted(title)).append('\n');
    summary.filter(s -> !s.isBlank()).ifPresent(s -> yaml.append("summary: ").append(quoted(s)).append('\n'));
    translationOf.ifPresent(l -> yaml.append("translation_of: ").append(l.code()).append('\n'));
    sourceRevision.ifPresent(r -> yaml.append("source_revision: ").append(r).append('\n'));
    yaml.append("steps:\n");
    for (GuideStep step : guide.steps()) {
      StepTexts texts = steps.get(step.id());
      if (texts == null) {
        continue;
      }
      yaml.append("  ").append(step.id()).append(":\n");
      yaml.append("    title: ").append(quoted(texts.title())).append('\n');
      yaml.append("    body: ").append(block(texts.body(), 6));
      if (!step.choices().isEmpty()) {
        yaml.append("    choices:\n");
        for (Choice choice : step.choices()) {
          yaml.append("      ").append(choice.id()).append(": ").append(quoted(texts.choices().getOrDefault(choice.id(), ""))).append('\n');
        }
      }
    }
    return yaml.toString();
  }

  /** A one-line text, double-quoted so that no character can change its meaning in YAML. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.strip().codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /**
   * A multi-line text as a literal block indented by {@code indent} spaces. An explicit
   * indentation indicator keeps a first line that starts with spaces (indented code) intact.
   */
  static String block(String text, int indent) {
    String normalized = LineEnds.lf(text).stripTrailing();
    while (normalized.startsWith("\n")) {
      normalized = normalized.substring(1);
    }
    String pad = " ".repeat(indent);
    StringBuilder out = new StringBuilder(normalized.startsWith(" ") ? "|2\n" : "|\n");
    for (String line : normalized.split("\n", -1)) {
      out.append(line.isEmpty() ? "" : pad + line).append('\n');
    }
    return out.toString();
  }
}
