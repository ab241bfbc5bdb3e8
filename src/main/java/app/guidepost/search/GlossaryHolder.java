package app.guidepost.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** The glossary in use; replaced whole when the content folder is imported. */
@ApplicationScoped
public class GlossaryHolder {

  private final AtomicReference<Glossary> current = new AtomicReference<>(Glossary.EMPTY);

  public Glossary current() {
    return current.get();
  }

  public void replace(Glossary glossary) {
    current.set(glossary);
  }
}
