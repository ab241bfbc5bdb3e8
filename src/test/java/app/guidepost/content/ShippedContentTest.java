package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.render.MarkdownRenderer;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The articles shipped in content/ import cleanly and read as finished articles. */
class ShippedContentTest {

  private static final Pattern DEBRIS = Pattern.compile("& # \\d+;|All Articles|Leave a (comment|reply)|\\bSource:|januar 1, 2022");

  @Test
  void everyShippedFileParsesWithoutProblems() throws Exception {
    ContentFolder.Scan scan = new ContentFolder(Path.of("content")).scan();
    assertThat(scan.problems()).isEmpty();
    assertThat(scan.files()).hasSizeGreaterThanOrEqualTo(6);
    for (ArticleFileRef ref : scan.files()) {
      ParsedArticleFile parsed = FrontMatterParser.parse(ContentFolder.read(ref), ref.language());
      assertThat(parsed.warnings()).as(ref.relativePath()).isEmpty();
      assertThat(parsed.content().summary()).as(ref.relativePath() + " summary").isPresent();
      assertThat(parsed.content().category()).as(ref.relativePath() + " category").isPresent();
      assertThat(parsed.content().tags()).as(ref.relativePath() + " tags").isNotEmpty();
      assertThat(MarkdownRenderer.render(parsed.content().body()).sections()).as(ref.relativePath() + " sections").hasSizeGreaterThanOrEqualTo(4);
      assertThat(parsed.content().body()).as(ref.relativePath() + " debris").doesNotContainPattern(DEBRIS);
      assertThat(parsed.content().body()).as(ref.relativePath() + " repeats the title").doesNotStartWith("# ");
    }
  }

  @Test
  void everyCategoryInUseIsNamedInEveryLanguage() throws Exception {
    app.guidepost.article.CategoryNames names = CategoryNamesParser.parse(java.nio.file.Files.readString(Path.of("content/categories.yaml")));
    ContentFolder.Scan scan = new ContentFolder(Path.of("content")).scan();
    for (ArticleFileRef ref : scan.files()) {
      app.guidepost.article.Slug category = FrontMatterParser.parse(ContentFolder.read(ref), ref.language()).content().category().orElseThrow();
      for (app.guidepost.i18n.Language language : app.guidepost.i18n.Language.values()) {
        assertThat(names.nameOf(category, language, java.util.List.of()).language())
            .as(ref.relativePath() + ": category " + category.value() + " in " + language.code())
            .isEqualTo(language);
      }
    }
  }

  @Test
  void theVietnameseTranslationMirrorsTheEnglishSections() throws Exception {
    Path folder = Path.of("content/articles/anatomy-of-an-interaction");
    ParsedArticleFile en = FrontMatterParser.parse(java.nio.file.Files.readString(folder.resolve("en.md")), app.guidepost.i18n.Language.EN);
    ParsedArticleFile vi = FrontMatterParser.parse(java.nio.file.Files.readString(folder.resolve("vi.md")), app.guidepost.i18n.Language.VI);
    assertThat(vi.content().translationOf()).contains(app.guidepost.i18n.Language.EN);
    assertThat(MarkdownRenderer.render(vi.content().body()).sections())
        .hasSameSizeAs(MarkdownRenderer.render(en.content().body()).sections());
  }
}
