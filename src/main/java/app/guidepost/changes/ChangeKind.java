package app.guidepost.changes;

/** What changed: the documents of an article or of a guide. */
public enum ChangeKind {
  ARTICLE,
  GUIDE;

  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static ChangeKind of(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
