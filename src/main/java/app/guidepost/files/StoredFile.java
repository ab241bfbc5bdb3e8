package app.guidepost.files;

import java.time.OffsetDateTime;

/** A file of an article without its bytes, as lists show it. */
public record StoredFile(String name, String mediaType, long size, String sha256, OffsetDateTime updatedAt, String updatedBy) {

  public FileName fileName() {
    return new FileName(name);
  }

  public boolean isImage() {
    return FileType.byExtension(fileName().extension()).map(FileType::isImage).orElse(false);
  }

  /** How an article's Markdown refers to the file: an image shown, anything else a link. */
  public String markdown() {
    return (isImage() ? "![](files/" : "[" + name + "](files/") + name + ")";
  }

  /** The version as an ETag. */
  public String tag() {
    return "\"" + sha256 + "\"";
  }
}
