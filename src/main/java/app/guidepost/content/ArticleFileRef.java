package app.guidepost.content;

import app.guidepost.article.Slug;
import app.guidepost.i18n.Language;
import java.nio.file.Path;

/** A file found at {@code articles/<slug>/<lang>.md}, its slug and language already valid. */
public record ArticleFileRef(Path file, String relativePath, Slug slug, Language language) {}
