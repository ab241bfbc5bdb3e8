package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.render.HtmlText;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.index.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted excerpts of an article's text: whole sentences around the matched words, the
 * text HTML-escaped and only {@code <mark>} added, then passed through the same sanitizer as
 * article bodies.
 */
final class Snippets {

  static final int MAX_PASSAGES = 2;
  static final int PLAIN_LENGTH = 220;

  private final Map<Language, UnifiedHighlighter> highlighters = new EnumMap<>(Language.class);

  Snippets(Analyzer analyzer) {
    for (Language language : Language.values()) {
      highlighters.put(
          language,
          UnifiedHighlighter.builderWithoutSearcher(analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .withBreakIterator(() -> BreakIterator.getSentenceInstance(language.locale()))
              .withMaxLength(Integer.MAX_VALUE - 1)
              .build());
    }
  }

  /**
   * The best sentences of {@code body} for {@code query}; without a match in the text (a
   * title-only match), the summary or the opening of the text.
   */
  String snippet(Language language, Query query, String body, Optional<String> summary) {
    UnifiedHighlighter highlighter = highlighters.get(language);
    for (TextField field : List.of(TextField.of(language, TextField.Kind.BODY, false), TextField.of(language, TextField.Kind.BODY, true))) {
      if (field.folded() && language != Language.VI) {
        continue;
      }
      try {
        Object highlighted = highlighter.highlightWithoutSearcher(field.name(), query, body, MAX_PASSAGES);
        if (highlighted != null && highlighted.toString().contains("<mark>")) {
          return MarkdownRenderer.sanitize(highlighted.toString().strip());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return HtmlText.escape(summary.orElseGet(() -> opening(body)));
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
