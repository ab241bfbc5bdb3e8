/**
 * Terminology: the concepts of help-desk and IT work and the words people use for each in every
 * language, read from TBX-Basic (ISO 30042) files and edited in Guidepost.
 *
 * <p>Invariant: the termbase in effect is the one shipped with Guidepost ({@code i18n/termbase})
 * overridden, concept by concept, by the content folder's own and then by the concepts edited in
 * the database, retired ones left out; it is replaced whole, never changed in place, and every
 * term in it is one safe line of text in one of the five languages, whatever its source
 * ({@link app.guidepost.terminology.TermRules}).
 */
package app.guidepost.terminology;
