package app.guidepost.article;

/** Where a revision came from: the content folder at start, or an editor's save. */
public enum RevisionOrigin {
  IMPORT,
  EDITOR
}
