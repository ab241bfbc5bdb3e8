/**
 * Articles, their translations and the immutable history of each translation. A translation
 * changes only through {@link app.guidepost.article.Translation#revise}, which appends a
 * {@link app.guidepost.article.Revision}; revisions are never updated or deleted.
 */
package app.guidepost.article;
