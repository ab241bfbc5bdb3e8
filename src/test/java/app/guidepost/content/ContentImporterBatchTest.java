package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Slug;
import app.guidepost.i18n.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A batch the database refuses is stored again file by file: only the bad file is refused, with its path. */
class ContentImporterBatchTest {

  /** Refuses every batch and one file ("broken") on its own; stores the rest. */
  static final class OneBadFile extends TranslationStore {
    final List<String> storedAlone = new ArrayList<>();

    @Override
    public List<StoreOutcome> storeAll(List<Item> items) {
      throw new IllegalStateException("value too long for type character varying(120)");
    }

    @Override
    public StoreOutcome store(Slug slug, Language language, app.guidepost.article.TranslationContent content) {
      if (slug.value().equals("broken")) {
        throw new IllegalStateException("value too long for type character varying(120)");
      }
      storedAlone.add(slug.value());
      return StoreOutcome.CREATED;
    }
  }

  private static ContentImporter.Parsed parsed(String slug) throws Exception {
    ArticleFileRef ref = new ArticleFileRef(Path.of("articles", slug, "en.md"), "articles/" + slug + "/en.md", new Slug(slug), Language.EN);
    return new ContentImporter.Parsed(ref, FrontMatterParser.parse("---\ntitle: " + slug + "\n---\nText of " + slug + ".\n", Language.EN));
  }

  @Test
  void aRefusedBatchIsStoredFileByFileAndOnlyTheBadFileIsReported() throws Exception {
    ContentImporter importer = new ContentImporter();
    OneBadFile store = new OneBadFile();
    importer.store = store;
    List<ContentProblem> problems = new ArrayList<>();

    List<Optional<StoreOutcome>> outcomes = importer.storeBatch(List.of(parsed("first"), parsed("broken"), parsed("last")), problems);

    assertThat(outcomes).containsExactly(Optional.of(StoreOutcome.CREATED), Optional.empty(), Optional.of(StoreOutcome.CREATED));
    assertThat(store.storedAlone).containsExactly("first", "last");
    assertThat(problems).hasSize(1);
    assertThat(problems.getFirst().toString()).contains("articles/broken/en.md").contains("could not be stored in the database");
  }

  @Test
  void anEmptyBatchStoresNothing() {
    ContentImporter importer = new ContentImporter();
    importer.store = new OneBadFile();
    assertThat(importer.storeBatch(List.of(), new ArrayList<>())).isEmpty();
  }
}
