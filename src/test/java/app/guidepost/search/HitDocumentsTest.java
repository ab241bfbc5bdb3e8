package app.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class HitDocumentsTest {

  private static final Set<String> FIELDS = Set.of("slug", "body");

  @Test
  void aDocumentShownAgainIsNotDecodedAgainAndHoldsOnlyTheAskedFields() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); IndexWriter writer = writer(directory)) {
      writer.addDocument(doc("printer", "Turn the printer off and on."));
      writer.addDocument(doc("wifi", "Forget the network and join it again."));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        HitDocuments documents = new HitDocuments(FIELDS, 1_000);
        Document first = documents.read(searcher, 1);
        assertEquals("wifi", first.get("slug"));
        assertEquals("Forget the network and join it again.", first.get("body"));
        assertEquals(null, first.get("secret"), "a field not asked for is not read");
        assertSame(first, documents.read(searcher, 1));
        assertEquals(1, documents.size());
        assertEquals(2 * 16 + "wifi".length() + "Forget the network and join it again.".length(), documents.keptChars());
      }
    }
  }

  @Test
  void theLeastRecentlyShownGoesFirstWhenTheBudgetIsSpent() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); IndexWriter writer = writer(directory)) {
      for (int i = 0; i < 3; i++) {
        writer.addDocument(doc("article-" + i, "x".repeat(50)));
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Each document is 2 * 16 + 9 + 50 = 91 characters: two fit, three do not.
        HitDocuments documents = new HitDocuments(FIELDS, 200);
        Document zero = documents.read(searcher, 0);
        Document one = documents.read(searcher, 1);
        documents.read(searcher, 0);
        documents.read(searcher, 2);
        assertEquals(2, documents.size());
        assertSame(zero, documents.read(searcher, 0), "shown again since, so kept");
        assertNotSame(one, documents.read(searcher, 1), "the least recently shown was dropped");
        assertEquals(182, documents.keptChars());
      }
    }
  }

  @Test
  void anEditedDocumentIsReadAsItIsNowAndAMergedAwaySegmentIsForgotten() throws IOException {
    HitDocuments documents = new HitDocuments(FIELDS, 10_000);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); IndexWriter writer = writer(directory)) {
      writer.addDocument(doc("printer", "Old steps."));
      writer.addDocument(doc("wifi", "Join again."));
      writer.commit();
      DirectoryReader before = DirectoryReader.open(writer);
      assertEquals("Old steps.", documents.read(new IndexSearcher(before), 0).get("body"));

      writer.updateDocument(new Term("slug", "printer"), doc("printer", "New steps."));
      try (DirectoryReader after = DirectoryReader.openIfChanged(before, writer)) {
        IndexSearcher searcher = new IndexSearcher(after);
        int now = searcher.search(new TermQuery(new Term("slug", "printer")), 1).scoreDocs[0].doc;
        assertEquals("New steps.", documents.read(searcher, now).get("body"));
        assertEquals(2, documents.size());

        writer.forceMerge(1);
        before.close();
        try (DirectoryReader merged = DirectoryReader.openIfChanged(after, writer)) {
          IndexSearcher mergedSearcher = new IndexSearcher(merged);
          int there = mergedSearcher.search(new TermQuery(new Term("slug", "printer")), 1).scoreDocs[0].doc;
          assertEquals("New steps.", documents.read(mergedSearcher, there).get("body"));
        }
      }
    }
    assertEquals(0, documents.size(), "every segment read from is closed");
    assertEquals(0, documents.keptChars());
  }

  private static IndexWriter writer(ByteBuffersDirectory directory) throws IOException {
    return new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()));
  }

  private static Document doc(String slug, String body) {
    Document doc = new Document();
    doc.add(new StringField("slug", slug, Field.Store.YES));
    doc.add(new StoredField("body", body));
    doc.add(new StoredField("secret", "not shown"));
    return doc;
  }
}
