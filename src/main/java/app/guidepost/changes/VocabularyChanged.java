package app.guidepost.changes;

import java.util.Set;

/**
 * Topics or ticket steps were saved, here or on another instance (their codes: "categories",
 * "ticket-steps"): whoever keeps them in memory reads the newest revision again.
 */
public record VocabularyChanged(Set<String> vocabularies) {

  public VocabularyChanged {
    vocabularies = Set.copyOf(vocabularies);
  }
}
