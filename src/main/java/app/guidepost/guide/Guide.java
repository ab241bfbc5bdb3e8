package app.guidepost.guide;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The shape of a guide: its audience, source language, first step and steps. */
public record Guide(String slug, Audience audience, Language source, String start, int startLine, List<GuideStep> steps) {

  public Guide {
    steps = List.copyOf(steps);
  }

  public Map<String, GuideStep> stepsById() {
    Map<String, GuideStep> byId = new LinkedHashMap<>();
    steps.forEach(step -> byId.putIfAbsent(step.id(), step));
    return byId;
  }

  /**
   * Everything that keeps this guide from being published: unknown step or ticket step ids,
   * links that do not resolve, steps the start cannot reach, and steps from which no outcome
   * can be reached (a loop with no way out).
   *
   * @param ticketSteps the known ticket step ids
   * @param linkExists whether an {@code article-slug#anchor} link resolves
   */
  public List<GuideProblem> problems(Set<String> ticketSteps, Predicate<String> linkExists) {
    List<GuideProblem> problems = new ArrayList<>();
    Map<String, GuideStep> byId = new HashMap<>();
    for (GuideStep step : steps) {
      if (byId.putIfAbsent(step.id(), step) != null) {
        problems.add(new GuideProblem(step.line(), "step '" + step.id() + "' appears twice"));
      }
    }
    if (!byId.containsKey(start)) {
      problems.add(new GuideProblem(startLine, "'start' names an unknown step '" + start + "'"));
    }
    for (GuideStep step : steps) {
      step.ticketStep().filter(t -> !ticketSteps.contains(t))
          .ifPresent(t -> problems.add(new GuideProblem(step.line(), "step '" + step.id() + "' names an unknown ticket step '" + t + "'")));
      for (String link : step.links()) {
        if (!linkExists.test(link)) {
          problems.add(new GuideProblem(step.line(), "step '" + step.id() + "' links '" + link + "', which is not an article section"));
        }
      }
      step.next().filter(n -> !byId.containsKey(n))
          .ifPresent(n -> problems.add(new GuideProblem(step.line(), "step '" + step.id() + "' leads to an unknown step '" + n + "'")));
      for (Choice choice : step.choices()) {
        if (!byId.containsKey(choice.next())) {
          problems.add(new GuideProblem(choice.line(), "choice '" + choice.id() + "' leads to an unknown step '" + choice.next() + "'"));
        }
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    Set<String> reachable = reachableFrom(start, byId);
    for (GuideStep step : steps) {
      if (!reachable.contains(step.id())) {
        problems.add(new GuideProblem(step.line(), "step '" + step.id() + "' cannot be reached from the start"));
      }
    }
    Set<String> canEnd = canReachAnOutcome(byId);
    for (GuideStep step : steps) {
      if (reachable.contains(step.id()) && !canEnd.contains(step.id())) {
        problems.add(new GuideProblem(step.line(), "from step '" + step.id() + "' no outcome can be reached (a loop with no way out)"));
      }
    }
    return problems;
  }

  private static Set<String> reachableFrom(String start, Map<String, GuideStep> byId) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id) && byId.containsKey(id)) {
        todo.addAll(byId.get(id).leadsTo());
      }
    }
    return seen;
  }

  /** Steps with a path to an outcome: outcomes, then every step leading to one, until nothing changes. */
  private static Set<String> canReachAnOutcome(Map<String, GuideStep> byId) {
    Set<String> canEnd = new HashSet<>();
    byId.values().stream().filter(GuideStep::ends).forEach(step -> canEnd.add(step.id()));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (GuideStep step : byId.values()) {
        if (!canEnd.contains(step.id()) && step.leadsTo().stream().anyMatch(canEnd::contains)) {
          canEnd.add(step.id());
          grew = true;
        }
      }
    }
    return canEnd;
  }
}
