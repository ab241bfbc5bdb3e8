package app.guidepost.article;

import app.guidepost.platform.Sha256;
import app.guidepost.i18n.Language;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an editor or a content file says about one translation: the front matter fields
 * and the Markdown body. Validated where it is made (the content folder, later the editor).
 */
public record TranslationContent(
    String title,
    Optional<String> summary,
    Optional<Slug> category,
    List<String> tags,
    Audience audience,
    Optional<Language> translationOf,
    Optional<Integer> sourceRevision,
    Optional<URI> sourceUrl,
    Optional<String> sourceTitle,
    Optional<String> sourceAuthor,
    String body) {

  public TranslationContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(category, "category");
    tags = List.copyOf(tags);
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(translationOf, "translationOf");
    Objects.requireNonNull(sourceRevision, "sourceRevision");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(sourceTitle, "sourceTitle");
    Objects.requireNonNull(sourceAuthor, "sourceAuthor");
    Objects.requireNonNull(body, "body");
  }

  /** The published original this text was made from, as the article page credits it; empty when it names none. */
  public boolean creditsASource() {
    return sourceUrl.isPresent() || sourceTitle.isPresent() || sourceAuthor.isPresent();
  }

  /** The same text naming the published original that {@code other} names. */
  public TranslationContent withSourceOf(TranslationContent other) {
    return new TranslationContent(title, summary, category, tags, audience, translationOf, sourceRevision,
        other.sourceUrl, other.sourceTitle, other.sourceAuthor, body);
  }

  /** A digest of every field, so an unchanged file or save can be recognised and skipped. */
  public String fingerprint() {
    StringBuilder canonical = new StringBuilder();
    for (Object field :
        List.of(
            title,
            summary.orElse(""),
            category.map(Slug::value).orElse(""),
            String.join(",", tags),
            audience.code(),
            translationOf.map(Language::code).orElse(""),
            sourceRevision.map(String::valueOf).orElse(""),
            sourceUrl.map(URI::toString).orElse(""),
            body)) {
      // The unit separator cannot occur in validated fields, so the joining is unambiguous.
      canonical.append(field).append('\u001f');
    }
    // Added later: only a text that names its published original adds these, so the digest of
    // every text saved before them stays what it was (an unchanged file is still unchanged).
    if (sourceTitle.isPresent() || sourceAuthor.isPresent()) {
      canonical.append(sourceTitle.orElse("")).append('\u001f').append(sourceAuthor.orElse("")).append('\u001f');
    }
    return Sha256.hex(canonical.toString());
  }
}
