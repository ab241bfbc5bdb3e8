package app.guidepost.api;

import java.time.OffsetDateTime;
import java.util.List;

/** The body of {@code GET /api/articles/{slug}/revisions}: the saved history of one translation, oldest first. */
public record RevisionList(String slug, String lang, int current, List<Entry> revisions) {

  /** One saved revision. */
  public record Entry(int number, String title, String origin, OffsetDateTime createdAt, String contentHash) {}
}
