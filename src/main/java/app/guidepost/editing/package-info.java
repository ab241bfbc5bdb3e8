/**
 * Editing articles in the server. Every save names the revision it was based on and is refused
 * (409, with the current revision) when someone saved since: no edit is ever overwritten
 * silently. Saves are serialised per translation by a row lock, so the revision chain has no gap
 * and no fork; each save, state change and restore is one immutable revision with its author,
 * and one audit event, in the same transaction. The index follows after the commit.
 */
package app.guidepost.editing;
