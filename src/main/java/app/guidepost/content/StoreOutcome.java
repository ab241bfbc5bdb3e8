package app.guidepost.content;

/** What importing one file did to the database. */
public enum StoreOutcome {
  /** A new translation with its first revision. */
  CREATED,
  /** A changed file: one more revision of an existing translation. */
  REVISED,
  /** The file matches the current revision: nothing written. */
  UNCHANGED
}
