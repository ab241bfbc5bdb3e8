package app.guidepost.pages;

import app.guidepost.editing.LineDiff;
import app.guidepost.editing.SourceSections;
import app.guidepost.search.TermConsistency;
import java.util.List;

/** What the editor pages show. */
public final class EditorViews {

  private EditorViews() {}

  /** The article list and the guide list: per item, the state of each language, linked to its editing page. */
  public record ListView(List<String> languages, List<Total> totals, List<Row> rows, List<Row> guides, Filter filter, int matching,
      String previousUrl, String nextUrl, String readsHeader, String adminUrl) {
    /** Which articles the list shows (those with {@code status} in {@code lang}; either empty: any), in which order. */
    public record Filter(String action, List<Option> languages, List<Option> statuses, List<Option> orders) {}

    /** A choice of the filter form, and whether it is the one in force. */
    public record Option(String value, String label, boolean selected) {}

    /** The localization overview: for one status, how many articles and guides have it in each language. */
    public record Total(String status, List<Integer> counts) {}

    /**
     * One article or guide; {@code reads}: how often readers opened the article in the last 30
     * days, in the language filtered by or in all (null for a guide).
     */
    public record Row(String slug, String title, String lang, List<Cell> cells, Long reads) {}

    /** One language of one article: its status code and where to edit it. */
    public record Cell(String lang, String status, String url) {}
  }

  /**
   * The editing page of one translation, beside its source. In conflict, {@code theirs} holds
   * the text saved meanwhile and the form holds the editor's own text.
   */
  public record EditView(
      String slug, String target, String targetName, boolean own, String sourceName, Integer sourceRevision, String sourceTitle, String sourceHtml,
      String title, String summary, String body, String message, String state, int baseRevision, String csrf, String action, String historyUrl,
      String previewApi, String previewHtml, String problem, Integer saved, List<SourceSections.Compared> changes, boolean outdated,
      Conflict conflict) {}

  /**
   * The editing view, the source revision the form says it translates, and the source's
   * termbase terms the form's text does not translate with an approved term.
   */
  public record EditViewWithSource(EditView view, String sourceRevision, List<TermConsistency.Finding> termFindings, boolean termsChecked,
      List<NewArticlePage.Option> categories, String category, String tags, String audience, Files files, Retiring retiring) {}

  /**
   * Whether the article is retired ({@code notice} says since when, by whom and why), whether
   * this editor may retire or reinstate it, where the form posts, and what the last action did.
   */
  public record Retiring(boolean retired, String notice, boolean allowed, String action, String back, String outcome) {}

  /**
   * The article's files on its editing page: each with how the text refers to it, the form that
   * adds one and those that remove one, and what the last of them did ({@code notice}) or why it
   * was refused ({@code problem}).
   */
  public record Files(List<FileRow> files, String uploadUrl, String back, String notice, String problem, String limits) {}

  /** One file; {@code removeUrl} takes its {@code version}. */
  public record FileRow(String name, String url, boolean image, String size, String markdown, String version, String removeUrl) {}

  /**
   * A guide's texts in one language, step by step beside the source's. {@code conflictRevision}
   * is set when someone saved first; the form then holds the editor's own texts.
   */
  public record GuideEditView(
      String slug, String target, String targetName, String sourceName, Integer sourceRevision, String sourceTitle, String sourceSummary,
      String title, String summary, List<GuideStepRow> steps, String message, int baseRevision, String csrf, String action, String problem,
      Integer saved, boolean outdated, Integer conflictRevision, String publicUrl, String flow, String flowLang) {}

  /** One step: the source's texts (body rendered) and the editor's fields. */
  public record GuideStepRow(String id, String sourceTitle, String sourceHtml, String title, String body, List<GuideChoiceRow> choices) {}

  /** One choice of a step: the source's label and the editor's. */
  public record GuideChoiceRow(String id, String sourceLabel, String label) {}

  /** Someone saved first: their revision, and how it differs from the editor's text. */
  public record Conflict(int revision, String title, String body, List<LineDiff.Line> diff) {}

  /** The history of one translation, with a diff when one was asked for. */
  public record HistoryView(
      String slug, String target, String targetName, List<Entry> entries, String editUrl, String action, String csrf, int current, Integer from,
      List<LineDiff.Line> diff) {
    /** One revision. */
    public record Entry(int number, String date, String author, String state, String message, boolean published, String diffUrl) {}
  }
}
