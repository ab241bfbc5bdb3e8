package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Names written in Arabic letters and in Latin letters found by each other: "دنفر" finds the
 * English text that says "Denver", "بيونسيه" the one that says "Beyoncé", and back. Product
 * names, places and people are what a question and an article in two languages most often
 * share, and no lexicon learned from a few translations knows them all. Both spellings are
 * reduced to their consonants in a few classes of sounds that the two alphabets write alike
 * (b and p; f and v; k, q, g and j; s, z and sh; d, dh and ض; t, th and ط); vowels, h, w and
 * y are left out, as Arabic mostly leaves the vowels of a foreign name unwritten. The
 * vocabulary of each language is read from the index, so the names are the knowledge base's
 * own.
 */
final class NamesAcrossScripts {

  static final NamesAcrossScripts NONE = new NamesAcrossScripts(Map.of());

  /**
   * Fewer consonants than this match too much by chance: most Arabic words are built on three
   * ("كتب", books), and English has a word for many a three. Measured on xquad-xlang (nDCG@10,
   * Arabic questions whose answer is in English only / answered in Arabic): none .367 / .926,
   * four .375 / .926, three .403 / .922, which lets English texts pass Arabic ones that answer.
   */
  static final int MIN_CONSONANTS = 4;

  /**
   * A word no text of its own language holds is a name or a foreign word, not one of the
   * language's words built on three consonants: three are enough for it ("تسلا", Tesla). The
   * word an own-language text holds, which three letters would cross to chance English words,
   * still needs {@link #MIN_CONSONANTS}. Measured on xquad-xlang (nDCG@10, Arabic questions whose
   * answer is in English only / answered in Arabic): four for every word .571 / .924, three for
   * every word .577 / .913, three for words no Arabic text holds .588 / .923.
   */
  static final int MIN_CONSONANTS_UNHELD = 3;

  /** Words of one language kept per skeleton, those most texts hold first. */
  static final int MAX_WORDS = 4;

  /** Per language: consonant skeleton -> the words of its main body field with that skeleton. */
  private final Map<Language, Map<String, List<String>>> bySkeleton;

  private NamesAcrossScripts(Map<Language, Map<String, List<String>>> bySkeleton) {
    this.bySkeleton = bySkeleton;
  }

  /**
   * The words of {@code to}, as its main body field indexes them, that spell a word of
   * {@code words} (analysed in {@code from}) in the other alphabet; {@code heldInFrom} tells
   * whether a text of {@code from} holds a word. Nothing between two languages of the same
   * alphabet: there a name is matched as it is typed.
   */
  List<String> spellings(Language from, Language to, List<String> words, java.util.function.Predicate<String> heldInFrom) {
    if (isArabicScript(from) == isArabicScript(to)) {
      return List.of();
    }
    Map<String, List<String>> target = bySkeleton.getOrDefault(to, Map.of());
    List<String> found = new ArrayList<>();
    for (String word : new java.util.LinkedHashSet<>(words)) {
      String skeleton = skeleton(from, word);
      if (skeleton.length() == MIN_CONSONANTS_UNHELD && !heldInFrom.test(word)) {
        found.addAll(target.getOrDefault(skeleton, List.of()));
      }
      if (skeleton.length() >= MIN_CONSONANTS) {
        found.addAll(target.getOrDefault(skeleton, List.of()));
        // A plural's s, which one side's stemmer removes and the other's keeps ("Panthers",
        // "panther", "بانثرز").
        if (skeleton.endsWith("S") && skeleton.length() > MIN_CONSONANTS) {
          found.addAll(target.getOrDefault(skeleton.substring(0, skeleton.length() - 1), List.of()));
        }
        found.addAll(target.getOrDefault(skeleton + "S", List.of()));
      }
    }
    return found;
  }

  /** Read from the main body field of every language of {@code searcher}'s index. */
  static NamesAcrossScripts of(IndexSearcher searcher) {
    Map<Language, Map<String, List<String>>> bySkeleton = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Map<String, Map<String, Integer>> words = new HashMap<>();
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Terms terms = leaf.reader().terms(TextField.main(language, TextField.Kind.BODY).name());
          if (terms == null) {
            continue;
          }
          TermsEnum iterator = terms.iterator();
          for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            String word = term.utf8ToString();
            String skeleton = skeleton(language, word);
            if (skeleton.length() >= MIN_CONSONANTS_UNHELD) {
              words.computeIfAbsent(skeleton, s -> new HashMap<>()).merge(word, iterator.docFreq(), Integer::sum);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, List<String>> kept = new HashMap<>();
      words.forEach((skeleton, documents) -> kept.put(skeleton, documents.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(MAX_WORDS)
          .map(Map.Entry::getKey)
          .toList()));
      bySkeleton.put(language, kept);
    }
    return new NamesAcrossScripts(bySkeleton);
  }

  private static boolean isArabicScript(Language language) {
    return language == Language.AR;
  }

  /** The consonant classes of {@code word} in the alphabet {@code language} writes, doubled ones once. */
  static String skeleton(Language language, String word) {
    String classes = isArabicScript(language) ? arabicClasses(word) : latinClasses(word);
    StringBuilder skeleton = new StringBuilder(classes.length());
    for (int i = 0; i < classes.length(); i++) {
      char c = classes.charAt(i);
      if (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != c) {
        skeleton.append(c);
      }
    }
    return skeleton.toString();
  }

  private static String latinClasses(String word) {
    String letters = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace("ß", "s").replace("đ", "d")
        .replaceAll("(.)\\1+", "$1");
    StringBuilder classes = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      char next = i + 1 < letters.length() ? letters.charAt(i + 1) : ' ';
      switch (c) {
        case 'p' -> {
          if (next == 'h') {
            classes.append('F');
            i++;
          } else {
            classes.append('B');
          }
        }
        case 'b' -> classes.append('B');
        case 'f', 'v' -> classes.append('F');
        case 't' -> {
          classes.append('T');
          if (next == 'h') {
            i++;
          }
        }
        case 'd' -> classes.append('D');
        case 's', 'z' -> {
          classes.append('S');
          if (next == 'h') {
            i++;
          }
        }
        case 'c' -> {
          if (next == 'h') {
            classes.append('S');
            i++;
          } else if (next == 'e' || next == 'i' || next == 'y') {
            classes.append('S');
          } else {
            classes.append('K');
          }
        }
        case 'x' -> classes.append("KS");
        case 'k', 'q', 'g', 'j' -> classes.append('K');
        case 'l' -> classes.append('L');
        case 'm' -> classes.append('M');
        case 'n' -> classes.append('N');
        case 'r' -> classes.append('R');
        default -> {
          // vowels, h, w, y, digits and anything else: not written, or not a sound
        }
      }
    }
    return classes.toString();
  }

  private static final Set<Character> ARABIC_SILENT = Set.of('ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ى', 'ه', 'ة', 'ح', 'ع', 'ء', 'ئ', 'ؤ', 'ـ');

  private static String arabicClasses(String word) {
    StringBuilder classes = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
      if (ARABIC_SILENT.contains(c)) {
        continue;
      }
      switch (c) {
        case 'ب', 'پ' -> classes.append('B');
        case 'ف', 'ڤ' -> classes.append('F');
        case 'ت' -> {
          // تش writes "ch"
          if (next == 'ش') {
            classes.append('S');
            i++;
          } else {
            classes.append('T');
          }
        }
        case 'ث', 'ط' -> classes.append('T');
        case 'د', 'ذ', 'ض' -> classes.append('D');
        case 'س', 'ص', 'ز', 'ش', 'ظ' -> classes.append('S');
        case 'ك', 'ق', 'ج', 'غ', 'خ', 'گ' -> classes.append('K');
        case 'ل' -> classes.append('L');
        case 'م' -> classes.append('M');
        case 'ن' -> classes.append('N');
        case 'ر' -> classes.append('R');
        default -> {
          // diacritics and anything else
        }
      }
    }
    return classes.toString();
  }
}
