/**
 * Files attached to articles: screenshots, photos, PDFs and office documents an article refers
 * to as {@code files/<name>}. Invariants: a file is stored only when its bytes are of a type on
 * the allowlist ({@link app.guidepost.files.FileType}), judged from its contents and agreeing
 * with its name, never from what the uploader claims, and at most {@link
 * app.guidepost.files.FileType#MAX_BYTES} long; only raster images are served inline, everything
 * else as a download, always with {@code nosniff} and a sandboxing policy of its own, so that no
 * file can run script in the help center's origin. Files live in the database, so every instance
 * serves the same bytes, and a reader sees an article's files only where the article is visible
 * to them.
 */
package app.guidepost.files;
