/**
 * The Lucene index on disk: document mapping, commits and rebuilds. The database is the source
 * of truth; the index holds nothing that cannot be rebuilt from it, and readers see a change
 * only once it is committed.
 */
package app.guidepost.search.index;
