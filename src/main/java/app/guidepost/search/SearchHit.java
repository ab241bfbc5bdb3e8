package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.IndexedTranslation;
import java.util.Optional;

/**
 * One article or guide ({@code type}) found. {@code snippet} is HTML: escaped text with only {@code <mark>} added.
 * {@code language} may differ from the searcher's when the article has no translation in
 * theirs.
 */
public record SearchHit(
    String type, String slug, Language language, String title, Optional<String> summary, String snippet, float score) {

  /** Whether this is a guide (a flow to walk through) rather than an article. */
  public boolean isGuide() {
    return IndexedTranslation.GUIDE.equals(type);
  }
}
