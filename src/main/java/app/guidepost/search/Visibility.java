package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.search.index.IndexFields;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Who sees what in the index: documents of one type, and only public ones unless the caller is
 * staff. Every search, listing, count and sitemap adds it, so that what one of them shows a
 * reader no other reveals. (Drafts never reach the index: only published translations are
 * indexed.)
 */
final class Visibility {

  private Visibility() {}

  /** Adds the rule to {@code query} as filters, which do not change scores. */
  static BooleanQuery.Builder filter(BooleanQuery.Builder query, String type, boolean includeInternal) {
    query.add(new TermQuery(new Term(IndexFields.TYPE, type)), Occur.FILTER);
    if (!includeInternal) {
      query.add(new TermQuery(new Term(IndexFields.AUDIENCE, Audience.PUBLIC.code())), Occur.FILTER);
    }
    return query;
  }

  /** The facet fields the rule fixes to one value, with that value: counting them would tell nothing. */
  static Map<String, String> pinned(String type, boolean includeInternal) {
    Map<String, String> pinned = new HashMap<>();
    pinned.put(IndexFields.TYPE, type);
    if (!includeInternal) {
      pinned.put(IndexFields.AUDIENCE, Audience.PUBLIC.code());
    }
    return pinned;
  }
}
