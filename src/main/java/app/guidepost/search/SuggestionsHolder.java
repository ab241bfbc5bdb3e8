package app.guidepost.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** The suggestions in use; replaced whole whenever the index is brought in step. */
@ApplicationScoped
public class SuggestionsHolder {

  private final AtomicReference<Suggestions> current = new AtomicReference<>(Suggestions.EMPTY);

  public Suggestions current() {
    return current.get();
  }

  public void replace(Suggestions suggestions) {
    current.set(suggestions);
  }
}
