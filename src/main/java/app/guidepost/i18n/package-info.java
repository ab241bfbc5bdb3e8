/**
 * Languages and locale negotiation. Every language code that enters Guidepost becomes a
 * {@link app.guidepost.i18n.Language} at the edge; an unknown code never travels further.
 */
package app.guidepost.i18n;
