package app.guidepost.changes;

/** An article's content changed; observed after the commit to bring the index in step. */
public record ContentChanged(String slug) {}
