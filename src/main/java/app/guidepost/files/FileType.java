package app.guidepost.files;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file an article may carry, told apart by their first bytes. Raster images are
 * shown in the page; the rest are downloads. SVG and HTML are not on the list: both can carry
 * script, and a file served from the help center's own origin would run it there.
 */
public enum FileType {
  PNG("image/png", true, List.of("png")),
  JPEG("image/jpeg", true, List.of("jpg", "jpeg")),
  GIF("image/gif", true, List.of("gif")),
  WEBP("image/webp", true, List.of("webp")),
  PDF("application/pdf", false, List.of("pdf")),
  TEXT("text/plain; charset=utf-8", false, List.of("txt", "log", "csv")),
  ZIP("application/zip", false, List.of("zip")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, List.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, List.of("xlsx")),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, List.of("pptx"));

  /** The largest file taken: a full-screen screenshot or a short manual, not a video. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private final String mediaType;
  private final boolean inline;
  private final List<String> extensions;

  FileType(String mediaType, boolean inline, List<String> extensions) {
    this.mediaType = mediaType;
    this.inline = inline;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Whether the file is shown in the page (an image) rather than downloaded. */
  public boolean isInline() {
    return inline;
  }

  public boolean isImage() {
    return inline;
  }

  /** The extension a name of this type is given. */
  public String extension() {
    return extensions.get(0);
  }

  /** The type a name's extension says, if it is one taken. */
  public static Optional<FileType> byExtension(String extension) {
    return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
  }

  /** The type of {@code bytes}, from their contents alone. */
  public static Optional<FileType> sniff(byte[] bytes) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
      return Optional.of(GIF);
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    if (startsWith(bytes, 0, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, 0, 'P', 'K', 3, 4) || startsWith(bytes, 0, 'P', 'K', 5, 6)) {
      // Office documents are zip archives: their extension tells which, the first bytes cannot.
      return Optional.of(ZIP);
    }
    if (isPlainText(bytes)) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code sniffed} contents may be stored under a name saying {@code this}: the same
   * type, or an office document, which is a zip archive inside.
   */
  boolean agreesWith(FileType sniffed) {
    return this == sniffed || sniffed == ZIP && (this == DOCX || this == XLSX || this == PPTX);
  }

  /** Valid UTF-8 without NUL bytes (which mark a binary); served as text/plain and downloaded, markup in it stays text. */
  private static boolean isPlainText(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int at, int... expected) {
    if (bytes.length < at + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[at + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
