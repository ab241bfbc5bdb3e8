/**
 * Terminology: the concepts of help-desk and IT work and the words people use for each in every
 * language, read from TBX-Basic (ISO 30042) files.
 *
 * <p>Invariant: the termbase in effect is the one shipped with Guidepost ({@code i18n/termbase})
 * overridden, concept by concept, by the content folder's own; it is replaced whole, never
 * changed in place, and every term in it is one safe line of text in one of the five languages.
 */
package app.guidepost.terminology;
