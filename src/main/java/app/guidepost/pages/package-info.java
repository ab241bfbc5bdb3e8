/**
 * The pages people use, at {@code /{lang}/...} in every language: the public help center
 * ({@link app.guidepost.pages.HelpCenter}: home, search, articles, categories, guides and their
 * walkthroughs), the agent console and the sign-in page ({@link app.guidepost.pages.AgentConsole}),
 * the editor's pages ({@link app.guidepost.pages.EditorPages}), the error pages outside the API
 * ({@link app.guidepost.pages.ErrorPages}) and {@code /sitemap.xml}
 * ({@link app.guidepost.pages.Sitemap}). A servlet only routes, through a route table, to one bean
 * per page; what pages share to answer is {@link app.guidepost.pages.PageResponses}.
 *
 * <p>Every page is rendered on the server from templates compiled at build time (jte), which
 * escape everything they print; the only markup printed as is comes from the one sanitizer
 * ({@code MarkdownRenderer}). Every page names its language and direction, works without
 * JavaScript, and is served with a strict Content-Security-Policy. Every form that changes
 * anything passes {@link app.guidepost.pages.FormGuard}: it comes from this site and repeats its
 * token (the session's when signed in, the visitor's form cookie otherwise); a form that
 * succeeds answers with a redirect, so that reloading never submits it twice.
 */
package app.guidepost.pages;
