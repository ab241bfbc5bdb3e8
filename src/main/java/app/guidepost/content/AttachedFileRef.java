package app.guidepost.content;

import app.guidepost.article.Slug;
import app.guidepost.files.FileName;
import java.nio.file.Path;

/** A file found at {@code articles/<slug>/files/<name>}, its slug and name already valid. */
public record AttachedFileRef(Path file, String relativePath, Slug slug, FileName name) {}
