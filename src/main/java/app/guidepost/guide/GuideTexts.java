package app.guidepost.guide;

import app.guidepost.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The texts of a guide in one language; {@code line}s locate them in {@code <lang>.yaml}. */
public record GuideTexts(
    Language language, String title, Optional<String> summary, Optional<Language> translationOf, Optional<Integer> sourceRevision,
    Map<String, StepText> steps) {

  public GuideTexts {
    steps = Map.copyOf(steps);
  }

  /** The title, body and choice labels of one step. */
  public record StepText(int line, String title, String body, Map<String, String> choices) {
    public StepText {
      choices = Map.copyOf(choices);
    }
  }

  /** Texts this file lacks for {@code guide}, and texts for steps or choices the guide does not have. */
  public List<GuideProblem> problems(Guide guide) {
    List<GuideProblem> problems = new ArrayList<>();
    Map<String, GuideStep> byId = guide.stepsById();
    steps.forEach((id, text) -> {
      if (!byId.containsKey(id)) {
        problems.add(new GuideProblem(text.line(), "texts for an unknown step '" + id + "'"));
      }
    });
    for (GuideStep step : guide.steps()) {
      StepText text = steps.get(step.id());
      if (text == null) {
        problems.add(new GuideProblem(1, "no texts for step '" + step.id() + "'"));
        continue;
      }
      for (Choice choice : step.choices()) {
        if (!text.choices().containsKey(choice.id())) {
          problems.add(new GuideProblem(text.line(), "step '" + step.id() + "' has no label for choice '" + choice.id() + "'"));
        }
      }
    }
    return problems;
  }
}
