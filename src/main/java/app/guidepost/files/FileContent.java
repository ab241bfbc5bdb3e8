package app.guidepost.files;

import app.guidepost.platform.ProblemException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of a file checked against the name it is to be stored under: a type on the list,
 * contents of the type the name says, within the size limit. Each refusal says what to do.
 */
public final class FileContent {

  private final FileType type;
  private final byte[] bytes;
  private final String sha256;

  private FileContent(FileType type, byte[] bytes, String sha256) {
    this.type = type;
    this.bytes = bytes;
    this.sha256 = sha256;
  }

  public FileType type() {
    return type;
  }

  /** The bytes as checked; not copied, so not to be changed. */
  public byte[] bytes() {
    return bytes;
  }

  public String sha256() {
    return sha256;
  }

  /** The checked content of {@code bytes} for {@code name}. */
  public static FileContent of(FileName name, byte[] bytes) {
    FileType named = FileType.byExtension(name.extension()).orElseThrow(() -> new UnsupportedFileException(UnsupportedFileException.Reason.TYPE,
        "Files ending in ." + name.extension() + " are not taken. Images can be PNG, JPEG, GIF or WebP; documents PDF, "
            + "text (.txt, .log, .csv), zip or Word, Excel and PowerPoint (.docx, .xlsx, .pptx). SVG and HTML can carry "
            + "scripts: save a drawing as PNG."));
    if (bytes.length > FileType.MAX_BYTES) {
      throw new FileTooLargeException();
    }
    if (bytes.length == 0) {
      throw new UnsupportedFileException(UnsupportedFileException.Reason.EMPTY, "The file " + name + " is empty.");
    }
    FileType sniffed = FileType.sniff(bytes).orElse(null);
    if (sniffed == null || !named.agreesWith(sniffed)) {
      throw new UnsupportedFileException(UnsupportedFileException.Reason.CONTENTS, "The contents of " + name + " are not " + describe(named)
          + (sniffed == null ? "" : " but " + describe(sniffed)) + ": give the file the extension of what it is.");
    }
    return new FileContent(named, bytes, sha256(bytes));
  }

  private static String describe(FileType type) {
    return switch (type) {
      case PNG -> "a PNG image";
      case JPEG -> "a JPEG image";
      case GIF -> "a GIF image";
      case WEBP -> "a WebP image";
      case PDF -> "a PDF document";
      case TEXT -> "UTF-8 text";
      case ZIP -> "a zip archive";
      case DOCX, XLSX, PPTX -> "an Office document";
    };
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A file of a type not taken, or whose contents are not what its name says: 415. */
  public static final class UnsupportedFileException extends ProblemException {
    private static final long serialVersionUID = 1L;

    /** Why: a type not taken, contents other than the name says, or nothing at all. */
    public enum Reason { TYPE, CONTENTS, EMPTY }

    private final Reason reason;

    UnsupportedFileException(Reason reason, String detail) {
      super(415, "Unsupported file", detail);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }

  /** A file past {@link FileType#MAX_BYTES}: 413. */
  public static final class FileTooLargeException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public FileTooLargeException() {
      super(413, "File too large", "Files may be at most " + FileType.MAX_BYTES / 1024 / 1024 + " MB. Make the picture smaller, or save a photo as JPEG.");
    }
  }
}
