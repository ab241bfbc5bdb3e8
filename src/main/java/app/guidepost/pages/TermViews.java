package app.guidepost.pages;

import java.util.List;

/** What the terminology pages show. */
public final class TermViews {

  private TermViews() {}

  /** A choice of a form's select, and whether it is the one in force. */
  public record Option(String value, String label, boolean selected) {}

  /**
   * The concepts found, a page at a time, with the filter that found them and the import form.
   *
   * @param imported what the last import did, on the page it returns to (null otherwise)
   */
  public record ListView(String action, String q, List<Option> subjects, List<Option> missing, List<Option> origins, boolean retired,
      List<String> languages, List<Row> rows, int matching, String previousUrl, String nextUrl, String newUrl, String exportUrl,
      String exportEditedUrl, String lexiconUrl, String csrf, String problem, String imported, List<String> importProblems) {}

  /** One concept in the list: its preferred term per language (null where it has none in use), and how many more. */
  public record Row(String id, String url, String subject, String origin, List<Cell> cells) {}

  /** One language of a concept in the list. */
  public record Cell(String lang, String preferred, int others) {}

  /**
   * One concept's form. {@code isNew}: the id is typed; otherwise fixed. In conflict,
   * {@code theirs} is the concept as it was saved meanwhile, and the form holds the editor's own.
   * {@code saved} and {@code reverted}: the revision a save or a revert just wrote.
   * {@code revert}: null unless the concept can be reverted to a file's version.
   */
  public record EditView(String id, boolean isNew, String subject, String definition, String origin, boolean retired, int baseRevision,
      List<LanguageFields> languages, List<String> subjects, String message, String csrf, String action, String listUrl,
      String problem, Integer saved, Integer reverted, Integer conflictRevision, String conflictText, List<LanguageFields> theirs,
      Revert revert, List<HistoryEntry> history) {}

  /**
   * An edited concept's way back to the file's version: where that version comes from, and, while
   * the editor is asked to confirm, that version's terms per language.
   */
  public record Revert(String from, boolean confirming, List<LanguageFields> fileVersion) {}

  /** One language's terms in the form: in use (the first preferred) and deprecated, one per line. */
  public record LanguageFields(String lang, String name, String inUse, String deprecated, boolean editable) {}

  /** One revision of the concept. */
  public record HistoryEntry(int number, String date, String author, String message, boolean retired, boolean reverted) {}
}
