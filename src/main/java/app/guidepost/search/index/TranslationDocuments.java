package app.guidepost.search.index;

import app.guidepost.i18n.Language;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RawCollationKey;
import com.ibm.icu.util.ULocale;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The document mapping: how one translation of an article or guide becomes a Lucene document,
 * and how its stored body is read back. A change to what a document holds must raise
 * {@link ArticleIndex#MAPPING_VERSION}, so that every index built with the old mapping is rebuilt.
 */
public final class TranslationDocuments {

  /**
   * Body text: stored, with offsets in the postings, so that snippets are cut from the
   * postings of the page's hits without analysing their text again.
   */
  private static final FieldType BODY = bodyType(true);

  /** The body's other forms: offsets for highlighting, the text itself stored once only. */
  private static final FieldType BODY_VARIANT = bodyType(false);

  /** Each reader language's collator, frozen (and so safe to share between threads). */
  private static final Map<Language, Collator> TITLE_ORDER = titleOrder();

  private TranslationDocuments() {}

  private static FieldType bodyType(boolean stored) {
    FieldType type = new FieldType(stored ? org.apache.lucene.document.TextField.TYPE_STORED : org.apache.lucene.document.TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static Map<Language, Collator> titleOrder() {
    Map<Language, Collator> collators = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      collators.put(language, Collator.getInstance(ULocale.forLocale(language.locale())).freeze());
    }
    return Map.copyOf(collators);
  }

  /** The stored body text of a document in {@code language}. */
  public static String bodyText(Document document, Language language) {
    return document.get(TextField.main(language, TextField.Kind.BODY).name());
  }

  static Document toDocument(IndexedTranslation translation) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, translation.id(), Field.Store.YES));
    doc.add(new StringField(IndexFields.SLUG, translation.slug(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.SLUG, new BytesRef(translation.slug())));
    keyword(doc, IndexFields.LANG, translation.language().code(), Field.Store.YES);
    keyword(doc, IndexFields.AUDIENCE, translation.audience().code(), Field.Store.NO);
    keyword(doc, IndexFields.TYPE, translation.type(), Field.Store.YES);
    for (Language reader : translation.serves()) {
      doc.add(new StringField(IndexFields.SERVES, reader.code(), Field.Store.NO));
      RawCollationKey key = TITLE_ORDER.get(reader).getRawCollationKey(translation.title(), null);
      doc.add(new SortedDocValuesField(IndexFields.titleOrder(reader.code()), new BytesRef(key.bytes, 0, key.size)));
    }
    translation.category().ifPresent(c -> keyword(doc, IndexFields.CATEGORY, c, Field.Store.YES));
    for (String tag : translation.tags()) {
      keyword(doc, IndexFields.TAG, tag, Field.Store.YES);
    }
    doc.add(new StoredField(IndexFields.TITLE, translation.title()));
    translation.summary().ifPresent(s -> doc.add(new StoredField(IndexFields.SUMMARY, s)));
    translation.updated().ifPresent(at -> {
      doc.add(new StoredField(IndexFields.UPDATED, at.toEpochMilli()));
      doc.add(new NumericDocValuesField(IndexFields.UPDATED, at.toEpochMilli()));
    });
    for (TextField field : TextField.forLanguage(translation.language())) {
      if (field.kind() == TextField.Kind.TITLE) {
        doc.add(new org.apache.lucene.document.TextField(field.name(), translation.title(), Field.Store.NO));
      } else if (field.kind() == TextField.Kind.ABOUT) {
        doc.add(new org.apache.lucene.document.TextField(field.name(), translation.title(), Field.Store.NO));
        translation.summary().ifPresent(summary -> doc.add(new org.apache.lucene.document.TextField(field.name(), summary, Field.Store.NO)));
      } else {
        doc.add(new Field(field.name(), translation.bodyText(), field.form() == TextField.Form.MAIN ? BODY : BODY_VARIANT));
      }
    }
    return doc;
  }

  /** A keyword to filter on, with doc values for facet counts. */
  private static void keyword(Document doc, String field, String value, Field.Store store) {
    doc.add(new StringField(field, value, store));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }
}
