/**
 * The content folder and the database: scanning, front matter, validation and import. A file
 * is imported whole or not at all, a problem is reported with its path and line, and one bad
 * file never stops the others.
 */
package app.guidepost.content;
