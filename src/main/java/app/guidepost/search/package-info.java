/**
 * The only way in to indexing and querying. Query text is always analysed as words, never
 * parsed as Lucene syntax, and the visibility filter is added here for every search.
 */
package app.guidepost.search;
