/**
 * One analyzer per language, and the registry that picks one. An analyzer used at index time
 * is the same one used for queries on that field.
 */
package app.guidepost.search.analysis;
