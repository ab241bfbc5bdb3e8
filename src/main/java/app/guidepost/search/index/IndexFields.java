package app.guidepost.search.index;

/**
 * Names of the index's keyword fields; text fields are named by {@link TextField}. The facet
 * fields ({@link #FACETS}) also carry sorted-set doc values, for counts.
 */
public final class IndexFields {
  public static final String ID = "id";
  public static final String SLUG = "slug";
  public static final String LANG = "lang";
  public static final String SERVES = "serves";
  public static final String AUDIENCE = "audience";
  public static final String CATEGORY = "category";
  public static final String TAG = "tag";
  public static final String TYPE = "type";
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  /** When an article's translation was last changed, in epoch milliseconds: stored and sortable. */
  public static final String UPDATED = "updated";

  /**
   * The title's collation key under a reader language's collator, on the documents that serve
   * that language: {@code titleOrder("de")} sorts German readers' lists as German does.
   */
  public static String titleOrder(String readerLanguage) {
    return "title_order_" + readerLanguage;
  }

  /** Fields with facet counts, in the order answers list them. */
  public static final java.util.List<String> FACETS = java.util.List.of(CATEGORY, TAG, AUDIENCE, LANG, TYPE);

  private IndexFields() {}
}
