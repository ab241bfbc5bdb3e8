package app.guidepost.guide;

import app.guidepost.i18n.Language;
import java.util.Map;

/** A stage of handling a support contact (greet, clarify, ...), named in every language. */
public record TicketStep(String id, Map<Language, String> names) {
  public TicketStep {
    names = Map.copyOf(names);
  }

  public String name(Language language) {
    return names.getOrDefault(language, names.get(Language.EN));
  }
}
