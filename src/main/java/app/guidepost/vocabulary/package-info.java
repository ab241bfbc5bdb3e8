/**
 * The help desk's own words that are not articles: the topics (categories) articles are filed
 * under, with their names and icons, and the ticket steps of a support contact. Invariant: what
 * is in effect is the newest revision saved in Guidepost, else the content folder's file, and a
 * revision is the file itself ({@code categories.yaml}, {@code ticket-steps.yaml}), read by the
 * same parser as the folder's, so that what an editor saves is exactly what an export holds.
 * Revisions are never changed; a save names the revision it started from.
 */
package app.guidepost.vocabulary;
