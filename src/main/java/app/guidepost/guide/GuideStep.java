package app.guidepost.guide;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One step of a guide's shape: its ticket step, the article sections it links, and either the
 * way on (one next step, or choices) or an outcome. {@code line} locates it in guide.yaml.
 */
public record GuideStep(
    String id, int line, Optional<String> ticketStep, List<String> links, Optional<String> next, List<Choice> choices, Optional<Outcome> outcome) {

  public GuideStep {
    links = List.copyOf(links);
    choices = List.copyOf(choices);
  }

  /** The steps this one leads to. */
  public List<String> leadsTo() {
    return Stream.concat(next.stream(), choices.stream().map(Choice::next)).toList();
  }

  public boolean ends() {
    return outcome.isPresent();
  }
}
