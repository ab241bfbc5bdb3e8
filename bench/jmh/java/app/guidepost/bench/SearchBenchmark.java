package app.guidepost.bench;

import app.guidepost.article.Audience;
import app.guidepost.content.ArticleFileRef;
import app.guidepost.content.ContentFolder;
import app.guidepost.content.FrontMatterParser;
import app.guidepost.content.ParsedArticleFile;
import app.guidepost.i18n.Language;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.ArticleSearch;
import app.guidepost.search.SearchRequest;
import app.guidepost.search.SearchResults;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One search in process, from query text to a page of hits with snippets, over an index of the
 * content folder named by {@code -Dguidepost.bench.content} (default: the shipped content).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx512m"})
public class SearchBenchmark {

  @Param({
    "en|how to greet a caller at the start of a call",
    "vi|ket thuc tuong tac tich cuc",
    "nb|sette innringeren på vent",
    "de|Ticket-Notiz lesen",
    "ar|العميل الصعب"
  })
  public String query;

  private ArticleIndex index;
  private ArticleSearch search;
  private SearchRequest request;
  private Path folder;

  @Setup(Level.Trial)
  public void buildIndex() throws Exception {
    Path content = Path.of(System.getProperty("guidepost.bench.content", "content"));
    List<IndexedTranslation> documents = new ArrayList<>();
    for (ArticleFileRef ref : new ContentFolder(content).scan().files()) {
      ParsedArticleFile file = FrontMatterParser.parse(ContentFolder.read(ref), ref.language());
      documents.add(new IndexedTranslation(
          ref.slug().value(), ref.language(), file.content().title(), file.content().summary(),
          file.content().category().map(Object::toString), file.content().tags(), Audience.PUBLIC,
          MarkdownRenderer.plainText(file.content().body()), EnumSet.of(ref.language())));
    }
    folder = Files.createTempDirectory("guidepost-bench");
    index = new ArticleIndex();
    index.open(folder);
    index.replaceAll(documents, 1L);
    search = ArticleSearch.over(index);
    String[] parts = query.split("\\|", 2);
    request = SearchRequest.parse(Optional.of(parts[1]), Language.require(parts[0]), Optional.empty(), Optional.empty(), false);
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }

  @Benchmark
  public SearchResults search() {
    return search.search(request);
  }
}
