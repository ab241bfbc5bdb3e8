/**
 * The pages people use: the public help center, in every language at {@code /{lang}/...}.
 * Pages are rendered on the server from templates compiled at build time (jte), which escape
 * everything they print; the only markup printed as is comes from the one sanitizer
 * ({@code MarkdownRenderer}). Every page names its language and direction, works without
 * JavaScript, and is served with a strict Content-Security-Policy.
 */
package app.guidepost.pages;
