/**
 * Rules for text that people write and others read, applied the same way wherever text comes in
 * (the editor, the API, content files, XLIFF, forms) and wherever a refused value is shown back:
 * which characters are never stored ({@link app.guidepost.text.UnsafeCharacters}) and the one form
 * of line end ({@link app.guidepost.text.LineEnds}). The lowest package: it uses no other.
 */
package app.guidepost.text;
