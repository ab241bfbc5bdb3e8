package app.guidepost.api;

import app.guidepost.content.ContentProblem;
import app.guidepost.content.ImportReport;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** An import report for editors: counts, and each problem with its path and line. */
public record ImportReportView(
    int filesFound, int created, int revised, int unchanged, int failed, long tookMillis, OffsetDateTime finishedAt, List<Problem> problems) {

  /** A problem in one content file. */
  public record Problem(String path, int line, String severity, String message) {
    static Problem of(ContentProblem problem) {
      return new Problem(problem.path(), problem.line(), problem.severity().name().toLowerCase(Locale.ROOT), problem.message());
    }
  }

  static ImportReportView of(ImportReport report) {
    return new ImportReportView(
        report.filesFound(),
        report.created(),
        report.revised(),
        report.unchanged(),
        report.failed(),
        report.took().toMillis(),
        report.finishedAt(),
        report.problems().stream().map(Problem::of).toList());
  }
}
