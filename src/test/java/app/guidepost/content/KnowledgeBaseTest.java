package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.TranslationContent;
import app.guidepost.i18n.Language;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.render.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base shipped in content/ as a help desk finds it on day one: every article in all
 * five languages, translations that name their source, links that lead somewhere, every paragraph
 * in the language of its file, and the published originals credited in every language.
 */
class KnowledgeBaseTest {

  private static final Path CONTENT = Path.of("content");
  private static final Pattern LINK = Pattern.compile("\\]\\(/([a-z]{2})/articles/([a-z0-9-]+)(?:#([^)\\s]+))?\\)");
  /** Words common in running text of one language and rare in the others. */
  private static final Map<Language, Set<String>> COMMON_WORDS = Map.of(
      Language.EN, Set.of("the", "and", "you", "your", "to", "of", "is", "it", "that", "with", "if", "or"),
      Language.DE, Set.of("der", "die", "und", "das", "sie", "ist", "nicht", "mit", "den", "zu", "ihr", "oder", "wenn", "auf", "ein", "eine"),
      Language.NB, Set.of("og", "er", "det", "på", "du", "ikke", "som", "til", "med", "hvis", "eller", "deg", "kan", "har", "en", "av", "at",
          "seg", "men", "om", "så", "jeg", "vi", "hva", "ved"));
  private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", Pattern.CASE_INSENSITIVE);
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

  private static final Map<String, Map<Language, TranslationContent>> ARTICLES = new TreeMap<>();

  @BeforeAll
  static void read() throws Exception {
    for (ArticleFileRef ref : new ContentFolder(CONTENT).scan().files()) {
      ARTICLES.computeIfAbsent(ref.slug().value(), s -> new EnumMap<>(Language.class))
          .put(ref.language(), FrontMatterParser.parse(ContentFolder.read(ref), ref.language()).content());
    }
  }

  @Test
  void everyArticleIsInEveryLanguage() {
    assertThat(ARTICLES).hasSizeGreaterThanOrEqualTo(29);
    ARTICLES.forEach((slug, translations) -> assertThat(translations.keySet()).as(slug).containsExactlyInAnyOrder(Language.values()));
  }

  @Test
  void everyTranslationNamesItsSourceAndHasItsSections() {
    ARTICLES.forEach((slug, translations) -> {
      List<Language> originals = translations.entrySet().stream().filter(e -> e.getValue().translationOf().isEmpty()).map(Map.Entry::getKey).toList();
      assertThat(originals).as(slug + ": one original").hasSize(1);
      TranslationContent original = translations.get(originals.getFirst());
      int sections = sections(original).size();
      assertThat(sections).as(slug + " sections").isGreaterThanOrEqualTo(3);
      translations.forEach((language, content) -> {
        if (content.translationOf().isPresent()) {
          assertThat(content.translationOf()).as(slug + "/" + language.code()).contains(originals.getFirst());
          assertThat(content.sourceRevision()).as(slug + "/" + language.code() + " source_revision").contains(1);
          assertThat(sections(content)).as(slug + "/" + language.code() + " sections, one to one with the original").hasSize(sections);
        }
      });
    });
  }

  @Test
  void everyPublishedOriginalIsCreditedInEveryLanguage() {
    List<String> credited = new ArrayList<>();
    ARTICLES.forEach((slug, translations) -> {
      TranslationContent original = translations.values().stream().filter(c -> c.translationOf().isEmpty()).findFirst().orElseThrow();
      translations.forEach((language, content) -> {
        assertThat(content.sourceTitle()).as(slug + "/" + language.code() + " source_title").isEqualTo(original.sourceTitle());
        assertThat(content.sourceAuthor()).as(slug + "/" + language.code() + " source_author").isEqualTo(original.sourceAuthor());
        assertThat(content.sourceUrl()).as(slug + "/" + language.code() + " source_url").isEqualTo(original.sourceUrl());
      });
      if (original.creditsASource()) {
        credited.add(slug);
      }
    });
    // The five practice articles came from published sources.
    assertThat(credited).contains("anatomy-of-an-interaction", "five-things-tech-support-wont-tell-you", "helpdesk-phone-skills",
        "case-study-difficult-customer", "ten-ways-help-desk-techs-improve-service");
  }

  @Test
  void everyLinkLeadsToAnArticleAndSectionThatExist() {
    Map<String, Set<String>> anchors = new HashMap<>();
    ARTICLES.forEach((slug, translations) -> translations.forEach((language, content) ->
        sections(content).forEach(section -> anchors.computeIfAbsent(slug + "/" + language.code(), k -> new java.util.HashSet<>()).add(section.anchor()))));
    ARTICLES.forEach((slug, translations) -> translations.forEach((language, content) -> {
      Matcher link = LINK.matcher(content.body());
      while (link.find()) {
        String where = slug + "/" + language.code() + ": " + link.group();
        assertThat(link.group(1)).as(where + " stays in the reader's language").isEqualTo(language.code());
        assertThat(ARTICLES).as(where).containsKey(link.group(2));
        if (link.group(3) != null) {
          assertThat(anchors.get(link.group(2) + "/" + language.code())).as(where).contains(link.group(3));
        }
      }
    }));
  }

  @Test
  void everyParagraphIsInTheLanguageOfItsFile() {
    List<String> wrong = new ArrayList<>();
    ARTICLES.forEach((slug, translations) -> translations.forEach((language, content) -> {
      for (String paragraph : content.body().split("\n\\s*\n")) {
        String text = paragraph.replaceAll("`[^`]*`|\\*\\*[^*]*\\*\\*|\\]\\([^)]*\\)|https?://\\S+", " ");
        List<String> words = LATIN_WORD.matcher(text.toLowerCase(java.util.Locale.ROOT)).results().map(r -> r.group()).toList();
        if (words.size() < 12 && !ARABIC.matcher(text).find()) {
          continue;
        }
        if (!inLanguage(language, text, words)) {
          wrong.add(slug + "/" + language.code() + ": " + paragraph.substring(0, Math.min(80, paragraph.length())));
        }
      }
    }));
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyGuideIsInEveryLanguageAndMostAreForEndUsers() throws Exception {
    List<Path> folders;
    try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(CONTENT.resolve("guides"))) {
      folders = list.filter(java.nio.file.Files::isDirectory).sorted().toList();
    }
    int forEndUsers = 0;
    for (Path folder : folders) {
      for (Language language : Language.values()) {
        assertThat(folder.resolve(language.code() + ".yaml")).as(folder + " in " + language.code()).exists();
      }
      var guide = GuideFiles.guide(new app.guidepost.article.Slug(folder.getFileName().toString()), java.nio.file.Files.readString(folder.resolve("guide.yaml")));
      if (guide.audience() == app.guidepost.article.Audience.PUBLIC) {
        forEndUsers++;
      }
    }
    assertThat(folders).hasSizeGreaterThanOrEqualTo(8);
    assertThat(forEndUsers).isGreaterThanOrEqualTo(6);
  }

  private static boolean inLanguage(Language language, String text, List<String> words) {
    long arabicLetters = ARABIC.matcher(text).results().count();
    long latinLetters = words.stream().mapToLong(String::length).sum();
    return switch (language) {
      // Arabic text names Latin products ("Outlook على Windows"): any Arabic will do.
      case AR -> arabicLetters > 0 || words.size() < 12;
      case VI -> arabicLetters == 0 && VIETNAMESE.matcher(text).results().count() * 20 >= latinLetters;
      default -> arabicLetters == 0 && usesMostCommonWordsOf(language, words);
    };
  }

  /** Whether the text uses the common words of {@code language} at least as often as those of any other. */
  private static boolean usesMostCommonWordsOf(Language language, List<String> words) {
    long own = words.stream().filter(COMMON_WORDS.get(language)::contains).count();
    return COMMON_WORDS.entrySet().stream().allMatch(other -> words.stream().filter(other.getValue()::contains).count() <= own);
  }

  private static List<Section> sections(TranslationContent content) {
    return MarkdownRenderer.render(content.body()).sections().stream().filter(s -> s.level() == 2).toList();
  }
}
