package app.guidepost.content;

import app.guidepost.article.TranslationContent;
import java.util.List;

/** A content file read successfully, with the warnings met on the way (unknown fields). */
public record ParsedArticleFile(TranslationContent content, List<ContentFileWarning> warnings) {
  public ParsedArticleFile {
    warnings = List.copyOf(warnings);
  }

  /** A warning at a 1-based line of the file. */
  public record ContentFileWarning(int line, String message) {}
}
