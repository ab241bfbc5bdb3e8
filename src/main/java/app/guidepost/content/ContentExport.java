package app.guidepost.content;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.files.ArticleFile;
import app.guidepost.files.ArticleFiles;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.i18n.Language;
import app.guidepost.vocabulary.Vocabulary;
import app.guidepost.vocabulary.VocabularyRevision;
import app.guidepost.vocabulary.VocabularyRevisions;
import app.guidepost.platform.GuidepostSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The database as a content folder, in a zip: every published translation as
 * {@code articles/<slug>/<lang>.md} with its front matter, the files of every published article
 * as {@code articles/<slug>/files/<name>}, every stored guide as
 * {@code guides/<slug>/guide.yaml} and {@code <lang>.yaml}, and the ticket steps, own termbase, glossary and category names in
 * use. Importing the export into an empty server gives the same articles, translations and
 * guides. Drafts and the revision history stay in the database: a content folder holds texts.
 */
@ApplicationScoped
public class ContentExport {

  @Inject ArticleRepository articles;
  @Inject GuideRepository guides;
  @Inject ArticleFiles files;
  @Inject VocabularyRevisions vocabularies;
  @Inject GuidepostSettings settings;

  private static final Dump YAML = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(4096).setSplitLines(false).build());

  @Transactional
  public void writeZip(OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Article article : articles.findAll()) {
        for (Translation translation : article.published()) {
          put(zip, "articles/" + article.slug().value() + "/" + translation.language().code() + ".md", articleFile(translation));
        }
      }
      for (ArticleFile file : files.all()) {
        if (file.article().isPublished()) {
          put(zip, "articles/" + file.article().slug().value() + "/files/" + file.name().value(), file.content());
        }
      }
      for (StoredGuide guide : guides.findAll()) {
        put(zip, "guides/" + guide.slug() + "/guide.yaml", guide.shape());
        for (GuideTranslation texts : guide.texts()) {
          put(zip, "guides/" + guide.slug() + "/" + texts.language().code() + ".yaml", texts.body());
        }
      }
      for (Vocabulary vocabulary : Vocabulary.values()) {
        Optional<VocabularyRevision> edited = vocabularies.newest(vocabulary);
        if (edited.isPresent()) {
          put(zip, vocabulary.file(), edited.get().yaml());
        }
      }
      for (String file : new String[] {GuideImport.TICKET_STEPS, ContentImporter.TERMBASE, ContentImporter.GLOSSARY, ContentImporter.CATEGORIES}) {
        if (Vocabulary.fromFile(file).flatMap(vocabularies::newest).isPresent()) {
          continue;
        }
        Path path = settings.contentDir().resolve(file);
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          put(zip, file, Files.readString(path, StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** One translation as a content file: front matter in the order editors write it, then the body. */
  static String articleFile(Translation translation) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", translation.title());
    translation.summary().ifPresent(s -> fields.put("summary", s));
    translation.category().map(Slug::value).ifPresent(c -> fields.put("category", c));
    if (!translation.tags().isEmpty()) {
      fields.put("tags", translation.tags());
    }
    if (translation.audience() == Audience.AGENT) {
      fields.put("audience", Audience.AGENT.code());
    }
    translation.translationOf().map(Language::code).ifPresent(l -> fields.put("translation_of", l));
    translation.sourceRevision().ifPresent(r -> fields.put("source_revision", r));
    translation.sourceUrl().ifPresent(u -> fields.put("source_url", u.toString()));
    translation.sourceTitle().ifPresent(t -> fields.put("source_title", t));
    translation.sourceAuthor().ifPresent(a -> fields.put("source_author", a));
    return "---\n" + YAML.dumpToString(fields) + "---\n\n" + translation.body() + "\n";
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    put(zip, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
