package app.guidepost.changes;

/** What changed: the documents of an article or of a guide, or a concept of the termbase (its id in the slug column). */
public enum ChangeKind {
  ARTICLE,
  GUIDE,
  TERM,
  /** Topics or ticket steps, keyed by the vocabulary's code. */
  VOCABULARY;

  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static ChangeKind of(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
