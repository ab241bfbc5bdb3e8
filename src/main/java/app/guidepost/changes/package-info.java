/**
 * The change log: every change to indexed content (an article's translations, a guide's shape or
 * texts) is recorded in the same transaction as the change, numbered in order. Each instance's
 * search index follows the log and records the position it has reached, so an instance that was
 * down catches up from there, and every instance of a cluster converges on the database. Nothing
 * here is authoritative but the database.
 */
package app.guidepost.changes;
