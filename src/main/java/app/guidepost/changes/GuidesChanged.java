package app.guidepost.changes;

/**
 * Fired on an instance that has seen guide changes in the log, before their documents are
 * indexed: the published guides must be read again from the database first.
 */
public record GuidesChanged() {}
