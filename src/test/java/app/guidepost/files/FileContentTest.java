package app.guidepost.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileContentTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  static final byte[] WEBP = {'R', 'I', 'F', 'F', 40, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
  static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0};

  @Test
  void eachTypeIsToldByItsFirstBytes() {
    assertThat(FileType.sniff(PNG)).contains(FileType.PNG);
    assertThat(FileType.sniff(JPEG)).contains(FileType.JPEG);
    assertThat(FileType.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(FileType.GIF);
    assertThat(FileType.sniff(WEBP)).contains(FileType.WEBP);
    assertThat(FileType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
    assertThat(FileType.sniff(ZIP)).contains(FileType.ZIP);
    assertThat(FileType.sniff("Lỗi 0x80070005; lần thử: 3\n".getBytes(StandardCharsets.UTF_8))).contains(FileType.TEXT);
    assertThat(FileType.sniff(new byte[] {1, 0, 2, 3})).isEmpty();
    assertThat(FileType.sniff(new byte[] {(byte) 0xC3, (byte) 0x28})).as("not UTF-8").isEmpty();
  }

  @Test
  void aFileIsTakenWhenItsContentsAreWhatItsNameSays() {
    FileContent png = FileContent.of(new FileName("router-lights.png"), PNG);
    assertThat(png.type()).isEqualTo(FileType.PNG);
    assertThat(png.sha256()).hasSize(64);
    assertThat(FileContent.of(new FileName("photo.jpeg"), JPEG).type()).isEqualTo(FileType.JPEG);
    assertThat(FileContent.of(new FileName("checklist.docx"), ZIP).type()).as("an Office document is a zip inside").isEqualTo(FileType.DOCX);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      drawing.svg   | Files ending in .svg are not taken.
      page.html     | Files ending in .html are not taken.
      setup.exe     | Files ending in .exe are not taken.
      """)
  void typesThatCanCarryScriptOrRunAreRefused(String name, String start) {
    assertThatThrownBy(() -> FileContent.of(new FileName(name), "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FileContent.UnsupportedFileException.class)
        .hasMessageStartingWith(start)
        .satisfies(e -> assertThat(((FileContent.UnsupportedFileException) e).status()).isEqualTo(415));
  }

  @Test
  void contentsOtherThanTheNameSaysAreRefusedSayingWhatTheyAre() {
    assertThatThrownBy(() -> FileContent.of(new FileName("screenshot.png"), JPEG))
        .hasMessage("The contents of screenshot.png are not a PNG image but a JPEG image: give the file the extension of what it is.");
    assertThatThrownBy(() -> FileContent.of(new FileName("notes.txt"), PNG))
        .hasMessage("The contents of notes.txt are not UTF-8 text but a PNG image: give the file the extension of what it is.");
    assertThatThrownBy(() -> FileContent.of(new FileName("picture.png"), "<html><script>".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("The contents of picture.png are not a PNG image but UTF-8 text: give the file the extension of what it is.");
    assertThatThrownBy(() -> FileContent.of(new FileName("empty.png"), new byte[0])).hasMessage("The file empty.png is empty.");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWith413() {
    byte[] large = Arrays.copyOf(PNG, FileType.MAX_BYTES + 1);
    assertThatThrownBy(() -> FileContent.of(new FileName("huge.png"), large))
        .isInstanceOf(FileContent.FileTooLargeException.class)
        .hasMessage("Files may be at most 5 MB. Make the picture smaller, or save a photo as JPEG.")
        .satisfies(e -> assertThat(((FileContent.FileTooLargeException) e).status()).isEqualTo(413));
    assertThat(FileContent.of(new FileName("just-fits.png"), Arrays.copyOf(PNG, FileType.MAX_BYTES)).bytes()).hasSize(FileType.MAX_BYTES);
  }

  @Test
  void onlyImagesAreShownInline() {
    assertThat(Arrays.stream(FileType.values()).filter(FileType::isInline))
        .containsExactly(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);
  }
}
