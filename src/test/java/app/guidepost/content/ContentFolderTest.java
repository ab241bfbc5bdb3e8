package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFolderTest {

  @TempDir Path root;
  @TempDir Path outside;

  private Path write(String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void findsOneFilePerTranslationWithSlugAndLanguage() throws Exception {
    write("articles/putting-a-caller-on-hold/en.md", "---\ntitle: Hold\n---\nx");
    write("articles/putting-a-caller-on-hold/no.md", "---\ntitle: Vent\n---\nx");
    write("articles/putting-a-caller-on-hold/image.png", "not an article");
    ContentFolder.Scan scan = new ContentFolder(root).scan();
    assertThat(scan.problems()).isEmpty();
    assertThat(scan.files()).extracting(ArticleFileRef::relativePath)
        .containsExactly("articles/putting-a-caller-on-hold/en.md", "articles/putting-a-caller-on-hold/no.md");
    assertThat(scan.files()).extracting(ArticleFileRef::language).containsExactly(Language.EN, Language.NB);
  }

  @Test
  void refusesInvalidSlugsUnknownLanguagesAndMisplacedFiles() throws Exception {
    write("articles/Bad_Slug/en.md", "---\ntitle: T\n---\nx");
    write("articles/good/fr.md", "---\ntitle: T\n---\nx");
    write("articles/good/en-US.md", "---\ntitle: T\n---\nx");
    write("articles/loose.md", "---\ntitle: T\n---\nx");
    List<ContentProblem> problems = new ContentFolder(root).scan().problems();
    assertThat(problems).extracting(ContentProblem::path)
        .containsExactlyInAnyOrder("articles/Bad_Slug", "articles/good/fr.md", "articles/good/en-US.md", "articles/loose.md");
    assertThat(problems).allMatch(ContentProblem::isError).allMatch(p -> p.line() == 1);
    assertThat(problems).filteredOn(p -> p.path().endsWith("fr.md")).first()
        .extracting(ContentProblem::message).asString().contains("unknown language 'fr'");
  }

  @Test
  void nbAndNoInOneFolderAreTheSameLanguageTwice() throws Exception {
    write("articles/hold/nb.md", "---\ntitle: T\n---\nx");
    write("articles/hold/no.md", "---\ntitle: T\n---\nx");
    ContentFolder.Scan scan = new ContentFolder(root).scan();
    assertThat(scan.files()).hasSize(1);
    assertThat(scan.problems()).singleElement().extracting(ContentProblem::message).asString().contains("second file");
  }

  @Test
  void symbolicLinksThatLeadOutsideAreRefused() throws Exception {
    Path secret = Files.writeString(outside.resolve("secret.md"), "---\ntitle: Secret\n---\nx");
    Files.createDirectories(root.resolve("articles/leak"));
    Files.createSymbolicLink(root.resolve("articles/leak/en.md"), secret);
    Files.createSymbolicLink(root.resolve("articles/linked"), outside);
    ContentFolder.Scan scan = new ContentFolder(root).scan();
    assertThat(scan.files()).isEmpty();
    assertThat(scan.problems()).extracting(ContentProblem::path).containsExactlyInAnyOrder("articles/leak/en.md", "articles/linked");
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws Exception {
    Path file = root.resolve("articles/bytes/en.md");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {'-', '-', '-', '\n', 't', ':', ' ', 'x', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
    ArticleFileRef ref = new ContentFolder(root).scan().files().getFirst();
    assertThatThrownBy(() -> ContentFolder.read(ref))
        .isInstanceOfSatisfying(ContentFileException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.getMessage()).contains("not valid UTF-8");
        });
  }

  @Test
  void oversizedFilesAreRefused() throws Exception {
    write("articles/big/en.md", "---\ntitle: T\n---\n" + "x".repeat((int) ContentFolder.MAX_FILE_BYTES));
    ArticleFileRef ref = new ContentFolder(root).scan().files().getFirst();
    assertThatThrownBy(() -> ContentFolder.read(ref)).hasMessageContaining("at most 512 KB");
  }

  @Test
  void aFolderWithoutArticlesIsAWarningNotAFailure() throws Exception {
    ContentFolder.Scan scan = new ContentFolder(root).scan();
    assertThat(scan.files()).isEmpty();
    assertThat(scan.problems()).singleElement().matches(p -> !p.isError());
  }

  @Test
  void anArticlesFilesAreFoundBesideItsMarkdownAndBadNamesAreReportedByPath() throws Exception {
    write("articles/printer-offline/en.md", "---\ntitle: T\n---\n![Lights](files/lights.png)");
    write("articles/printer-offline/files/lights.png", "png");
    write("articles/printer-offline/files/Front Panel.JPG", "jpg");
    write("articles/printer-offline/files/.DS_Store", "hidden");
    Files.createDirectories(root.resolve("articles/printer-offline/files/nested"));
    Files.createSymbolicLink(root.resolve("articles/printer-offline/files/secret.png"), write("outside.png", "x"));
    ContentFolder.FileScan scan = new ContentFolder(root).scanFiles();
    assertThat(scan.files()).extracting(AttachedFileRef::relativePath).containsExactly("articles/printer-offline/files/lights.png");
    assertThat(scan.files().get(0).slug().value()).isEqualTo("printer-offline");
    assertThat(scan.problems()).extracting(ContentProblem::path).containsExactly(
        "articles/printer-offline/files/Front Panel.JPG", "articles/printer-offline/files/nested", "articles/printer-offline/files/secret.png");
    assertThat(scan.problems().get(0).message()).endsWith("(for example front-panel.jpg)");
    assertThat(new ContentFolder(root).scan().problems()).as("the article scan does not trip over files/").isEmpty();
  }
}
