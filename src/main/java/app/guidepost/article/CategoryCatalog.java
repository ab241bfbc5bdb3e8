package app.guidepost.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** The category names in use; replaced whole when the content folder is imported. */
@ApplicationScoped
public class CategoryCatalog {

  private final AtomicReference<CategoryNames> current = new AtomicReference<>(CategoryNames.NONE);

  public CategoryNames current() {
    return current.get();
  }

  public void replace(CategoryNames names) {
    current.set(names);
  }
}
