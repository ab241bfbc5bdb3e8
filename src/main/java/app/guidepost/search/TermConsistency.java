package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.analysis.AnalysedWords;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.TextField;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Termbase;
import app.guidepost.terminology.Terminology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * The term-consistency check of a translation, section by section, against the help desk's own
 * terminology: the concepts of the content folder's termbase and those edited in Guidepost,
 * where someone chose the approved terms. (The shipped termbase is written for search, with
 * every everyday word people type: checked against it, a natural translation of a help-desk
 * article misses ten "terms" on average, nearly all rightly.) Two findings:
 * <ul>
 *   <li>the source writes a concept's first term and the translated section uses none of the
 *       concept's terms in use in its language;
 *   <li>the translated section uses a term its language marks deprecated or superseded.
 * </ul>
 * The source's term is matched as written (whole words, case only for abbreviations); the
 * translation's terms as search analyses them, so another inflection ("Druckers" for
 * "Drucker") or a word typed without diacritics counts. Each concept is reported once per
 * article: a translator who renders a term otherwise does so throughout.
 */
@ApplicationScoped
public class TermConsistency {

  /** Enough to act on; an article that misses more needs a translator, not a list. */
  static final int MAX_FINDINGS = 100;

  private static final Pattern SECTION_HEADING = Pattern.compile("(?m)^## ");

  @Inject ArticleIndex index;
  @Inject Terminology terminology;

  private volatile Checked checked;

  /**
   * A term to look at: {@code section} is the source's heading (empty before the first one, or
   * where the sections do not line up and the whole article was compared); {@code term} the
   * source's term, or for {@code deprecated} the translation's; {@code approved} the terms to
   * use, the preferred first.
   */
  public record Finding(String section, String term, boolean deprecated, List<String> approved) {}

  private record Checked(Termbase termbase, List<Concept> concepts, Glossary.Analysed glossary) {}

  /** Whether the help desk has concepts of its own to check translations against. */
  public boolean hasOwnTerms() {
    return !checked().concepts().isEmpty();
  }

  /** What {@code translation} (Markdown, in {@code target}) should look at against {@code source} (Markdown, in {@code from}). */
  public List<Finding> check(Language from, String source, Language target, String translation) {
    Checked now = checked();
    return check(now.concepts(), now.glossary(), from, source, target, translation);
  }

  static List<Finding> check(List<Concept> concepts, Glossary.Analysed analysed, Language from, String source, Language target, String translation) {
    if (concepts.isEmpty()) {
      return List.of();
    }
    List<String> sourceParts = parts(source);
    List<String> targetParts = parts(translation);
    boolean aligned = sourceParts.size() == targetParts.size();
    if (!aligned) {
      sourceParts = List.of(source);
      targetParts = List.of(translation);
    }
    List<Finding> findings = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < sourceParts.size() && findings.size() < MAX_FINDINGS; i++) {
      String sourceText = MarkdownRenderer.plainText(sourceParts.get(i));
      String targetText = MarkdownRenderer.plainText(targetParts.get(i));
      String section = aligned ? heading(sourceParts.get(i)) : "";
      for (Concept concept : concepts) {
        if (findings.size() >= MAX_FINDINGS || reported.contains(concept.id())) {
          continue;
        }
        List<String> approved = approved(concept, target);
        if (approved.isEmpty()) {
          continue;
        }
        Optional<String> misused = concept.terms(target).stream().filter(term -> !term.status().inUse()).map(Term::text)
            .filter(term -> analysed.holds(target, targetText, term)).findFirst();
        if (misused.isPresent()) {
          reported.add(concept.id());
          findings.add(new Finding(section, misused.get(), true, approved));
          continue;
        }
        // Only where the source writes the concept's first term as it stands: its other words
        // are often everyday words a translator rightly renders otherwise, and another form may
        // be another word ("Windows" is not "window").
        Optional<String> first = approved(concept, from).stream().findFirst();
        if (first.isPresent() && writes(sourceText, first.get()) && approved.stream().noneMatch(term -> analysed.holds(target, targetText, term))) {
          reported.add(concept.id());
          findings.add(new Finding(section, first.get(), false, approved));
        }
      }
    }
    return findings;
  }

  private static List<String> approved(Concept concept, Language language) {
    return concept.wordsInUsePreferredFirst(language);
  }

  /**
   * Whether {@code text} writes {@code term} as it stands, as whole words: without regard to case,
   * except for an abbreviation in capitals ("IT" is not "it").
   */
  static boolean writes(String text, String term) {
    boolean capitals = term.codePoints().anyMatch(Character::isLetter) && term.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    int flags = capitals ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])", flags).matcher(text).find();
  }

  /** The Markdown before the first {@code ##} heading, then each {@code ##} section with its heading. */
  static List<String> parts(String markdown) {
    List<String> parts = new ArrayList<>();
    var matcher = SECTION_HEADING.matcher(markdown);
    int start = 0;
    while (matcher.find()) {
      parts.add(markdown.substring(start, matcher.start()));
      start = matcher.start();
    }
    parts.add(markdown.substring(start));
    return parts;
  }

  private static String heading(String part) {
    return part.startsWith("## ") ? part.lines().findFirst().orElse("").substring(3).replaceAll("\\s*#*\\s*$", "").strip() : "";
  }

  /** The help desk's own concepts in the termbase in effect, taken again only when it was replaced. */
  private Checked checked() {
    Termbase current = terminology.current();
    Checked known = checked;
    if (known == null || known.termbase() != current) {
      List<Concept> own = terminology.entries().stream()
          .filter(entry -> !entry.retired() && entry.origin() != Terminology.Origin.SHIPPED)
          .map(Terminology.Entry::concept).toList();
      known = new Checked(current, own, analysed(Termbase.EMPTY, index.analyzer()));
      checked = known;
    }
    return known;
  }

  /** Texts analysed as search sees words, every word of a text (not a query's first few). */
  static Glossary.Analysed analysed(Termbase termbase, Analyzer analyzer) {
    return Glossary.of(termbase).analysed((language, text) -> {
      List<List<String>> forms = new ArrayList<>();
      forms.add(words(analyzer, TextField.main(language, TextField.Kind.BODY).name(), text));
      if (language == Language.VI) {
        forms.add(words(analyzer, TextField.of(language, TextField.Kind.BODY, TextField.Form.FOLDED).name(), text));
      }
      return forms;
    });
  }

  private static List<String> words(Analyzer analyzer, String field, String text) {
    return AnalysedWords.of(analyzer, field, text);
  }
}
