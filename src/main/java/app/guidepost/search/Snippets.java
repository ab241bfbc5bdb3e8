package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.render.HtmlText;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.index.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted excerpts of the hits of one page: whole sentences (ICU's sentence rules for the
 * text's language) around the matched words, the
 * text HTML-escaped and only {@code <mark>} added, then passed through the same sanitizer as
 * article bodies. Offsets come from the index's postings, so no text is analysed again.
 */
final class Snippets {

  static final int MAX_PASSAGES = 2;
  static final int PLAIN_LENGTH = 220;

  private static final LeanPassageScorer SCORER = new LeanPassageScorer();

  private final Analyzer analyzer;
  /** Creating a sentence iterator loads its rules; cloning a prototype does not. */
  private final Map<Language, BreakIterator> sentencePrototypes = new java.util.EnumMap<>(Language.class);

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
    for (Language language : Language.values()) {
      sentencePrototypes.put(language, new IcuSentenceIterator(language.locale()));
    }
  }

  /**
   * Snippets for documents of one language, from their stored texts keyed by document id; a
   * document whose text does not contain a matched word (a title-only match) is missing from
   * the map.
   */
  Map<Integer, String> highlight(IndexSearcher searcher, Language language, Query query, Map<Integer, String> texts) {
    String body = TextField.main(language, TextField.Kind.BODY).name();
    // Vietnamese typed without diacritics matches the folded form only: it is highlighted in
    // the main body's stored text. The exact form adds no word the main form lacks.
    Set<String> otherForms =
        TextField.forLanguage(language).stream()
            .filter(f -> f.kind() == TextField.Kind.BODY && f.form() == TextField.Form.FOLDED)
            .map(TextField::name)
            .collect(Collectors.toSet());
    UnifiedHighlighter.Builder settings =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(() -> (BreakIterator) sentencePrototypes.get(language).clone())
            .withScorer(SCORER)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaskedFieldsFunc(field -> field.equals(body) ? otherForms : Set.of())
            // Mark each matched word, not the whole span of a sloppy phrase match.
            .withWeightMatches(false);
    UnifiedHighlighter highlighter = new UnifiedHighlighter(settings) {
      // The caller has read the texts already: the highlighter would decompress them again.
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          CharSequence[] row = new CharSequence[fields.length];
          for (int i = 0; i < fields.length; i++) {
            row[i] = fields[i].equals(body) ? texts.getOrDefault(doc, "") : "";
          }
          values.add(row);
        }
        return values;
      }
    };
    int[] ids = texts.keySet().stream().mapToInt(Integer::intValue).toArray();
    Map<Integer, String> snippets = new HashMap<>();
    try {
      String[] highlighted = highlighter.highlightFields(new String[] {body}, query, ids, new int[] {MAX_PASSAGES}).get(body);
      for (int i = 0; i < ids.length; i++) {
        if (highlighted[i] != null && highlighted[i].contains("<mark>")) {
          snippets.put(ids[i], MarkdownRenderer.sanitize(highlighted[i].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return snippets;
  }

  /** Without a match in the text: the summary, else the opening of the text, escaped. */
  static String plain(String summary, String body) {
    return HtmlText.escape(summary != null ? summary : opening(body));
  }

  static String opening(String body) {
    String text = body.replaceAll("\\s+", " ").strip();
    if (text.length() <= PLAIN_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', PLAIN_LENGTH);
    return text.substring(0, cut > PLAIN_LENGTH / 2 ? cut : PLAIN_LENGTH) + " …";
  }
}
