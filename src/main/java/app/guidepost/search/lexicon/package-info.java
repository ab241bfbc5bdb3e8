/**
 * What the knowledge base's own translations say translates what. A translation's blocks stand
 * in the same order as its source's, so the two are aligned text; from them a word-alignment
 * model learns, per language pair, which analysed words render which. Only pairs that both
 * directions of the model agree on and that occur together more than once are kept, so a wrong
 * rendering is the exception, and everything learned is shown to editors. Learned from the
 * index alone: every instance of a cluster learns the same from the same documents, with no
 * model to download and no outside service.
 */
package app.guidepost.search.lexicon;
