package app.guidepost.changes;

import java.util.Set;

/**
 * Fired on an instance that has seen edited concepts in the log: the termbase in effect must
 * read them again from the database. Nothing is indexed for them; searches use the termbase as
 * it is when they run.
 */
public record TermsChanged(Set<String> conceptIds) {

  public TermsChanged {
    conceptIds = Set.copyOf(conceptIds);
  }
}
