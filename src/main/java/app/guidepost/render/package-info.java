/**
 * Markdown to HTML for readers. Every HTML string that leaves this package has passed the
 * sanitizer last; nothing decodes or rewrites it afterwards.
 */
package app.guidepost.render;
