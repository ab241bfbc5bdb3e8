package app.guidepost.content;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** The outcome of one import of the content folder. */
public record ImportReport(
    String contentDir,
    int filesFound,
    int created,
    int revised,
    int unchanged,
    int failed,
    List<ContentProblem> problems,
    OffsetDateTime finishedAt,
    Duration took) {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  /** Files that wrote to the database: a new translation or a new revision. */
  public int written() {
    return created + revised;
  }
}
