package app.guidepost.search.index;

import app.guidepost.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A searchable text field of one language. The main form is analysed with the language's
 * analyzer; the body is also indexed in its exact surface form (unstemmed) so that the very
 * words typed rank above other words of the same stem, and Vietnamese title, body and summary
 * are also indexed with diacritics folded away, for queries typed without them.
 */
public record TextField(String name, Language language, Kind kind, Form form, float boost) {

  /** The part of the article a field holds. */
  public enum Kind {
    TITLE,
    BODY,
    /**
     * The title and the summary: what the article says it is about. Searched in the reader's
     * own language in place of the title; a stand-in, found through renderings of the words
     * typed, is searched by its title alone ({@link #searchedIn}).
     */
    ABOUT
  }

  /** How the text of a field is analysed. */
  public enum Form {
    /** The language's analyzer (stemming where the language has it). */
    MAIN(""),
    /** Surface forms, normalised but not stemmed. */
    EXACT("_exact"),
    /** Vietnamese without diacritics. */
    FOLDED("_folded");

    private final String suffix;

    Form(String suffix) {
      this.suffix = suffix;
    }
  }

  /**
   * Title matches weigh more than body matches, but only a little: the titles of the public
   * development sets repeat the paragraph's opening sentence, and every boost above 1 costs
   * there (XQuAD nDCG@10 over en/de/vi/ar, before proximity and exact forms: .916 without a
   * boost, .902 at 1.25, .885 at 1.5, .794 at 3).
   */
  static final float TITLE_BOOST = 1.1f;
  /** A folded match counts, but less than the same word typed with its diacritics. */
  static final float FOLDED_WEIGHT = 0.6f;
  /**
   * An exact-form match adds to the stemmed match of the same word. Measured on XQuAD: ar
   * .889 -> .906, en .955 -> .970 at 0.6-0.8.
   */
  static final float EXACT_WEIGHT = 0.8f;

  public static TextField of(Language language, Kind kind, Form form) {
    String name = kind.name().toLowerCase(Locale.ROOT) + "_" + language.code() + form.suffix;
    float weight = switch (form) {
      case MAIN -> 1f;
      case EXACT -> EXACT_WEIGHT;
      case FOLDED -> FOLDED_WEIGHT;
    };
    return new TextField(name, language, kind, form, (kind == Kind.BODY ? 1f : TITLE_BOOST) * weight);
  }

  /**
   * Whether a query in this field's language searches it: the title and summary where the
   * reader typed in this language, the title alone where the words are renderings of another
   * language's. A summary names an article's topic in a few general words; matched by renderings
   * (some wrong) in a stand-in's summary, those words reordered the stand-ins (gnome-help,
   * Vietnamese answered in English, nDCG@10 .603 -> .569), while in the reader's own language
   * they found the article its summary describes (docs/benchmarks.md).
   */
  public boolean searchedIn(boolean typedInThisLanguage) {
    return kind != (typedInThisLanguage ? Kind.TITLE : Kind.ABOUT);
  }

  /** The main field of {@code kind}: for the body, the one whose stored text snippets are cut from. */
  public static TextField main(Language language, Kind kind) {
    return of(language, kind, Form.MAIN);
  }

  /** The fields a query in {@code language} searches, the main ones first. */
  public static List<TextField> forLanguage(Language language) {
    List<TextField> fields = new ArrayList<>();
    fields.add(main(language, Kind.TITLE));
    fields.add(main(language, Kind.BODY));
    fields.add(main(language, Kind.ABOUT));
    if (language == Language.VI) {
      fields.add(of(language, Kind.TITLE, Form.FOLDED));
      fields.add(of(language, Kind.BODY, Form.FOLDED));
      fields.add(of(language, Kind.ABOUT, Form.FOLDED));
    } else {
      fields.add(of(language, Kind.BODY, Form.EXACT));
    }
    return List.copyOf(fields);
  }

  public static List<TextField> all() {
    List<TextField> fields = new ArrayList<>();
    for (Language language : Language.values()) {
      fields.addAll(forLanguage(language));
    }
    return List.copyOf(fields);
  }
}
