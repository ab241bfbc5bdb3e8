package app.guidepost.article;

import java.util.Optional;

/**
 * Whether a translation lags behind its source: the one rule behind every "outdated" that
 * readers and editors see, for articles and guides alike. A translation records the source
 * revision it was made from; when the source has moved on since, or the translation never said,
 * it is outdated.
 */
public final class SourceRevisions {

  private SourceRevisions() {}

  /**
   * Empty when the source has no current revision to compare with (gone, or never published);
   * otherwise whether {@code madeFrom} is older than {@code sourceNow} or unknown.
   */
  public static Optional<Boolean> isOutdated(Optional<Integer> madeFrom, Optional<Integer> sourceNow) {
    return sourceNow.map(now -> madeFrom.map(revision -> revision < now).orElse(true));
  }
}
