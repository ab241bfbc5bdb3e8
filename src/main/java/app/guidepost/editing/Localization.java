package app.guidepost.editing;

import app.guidepost.analytics.PopularArticles;
import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.SourceRevisions;
import app.guidepost.article.Translation;
import app.guidepost.article.WorkflowState;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.changes.ChangeLogEntry;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the translations of one language stand, for editors: per article and guide, whether the
 * language is its source, or its translation is missing, out of date or up to date.
 */
@ApplicationScoped
public class Localization {

  @Inject ArticleRepository articles;
  @Inject GuideRepository guides;
  @Inject ChangeLog changes;
  @Inject PopularArticles reads;

  /** The state of one language's translation of one article or guide. */
  public enum Status {
    SOURCE, MISSING, OUTDATED, UP_TO_DATE;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One article or guide; {@code status} is a {@link Status} code; {@code reads}: how often
   * readers of the language opened the article lately (null for a guide).
   */
  public record Item(String type, String slug, String title, String source, String status, Integer sourceRevision, Integer translatedFrom,
      Long reads) {
    Item(String type, String slug, String title, String source, Status status, Integer sourceRevision, Integer translatedFrom, Long reads) {
      this(type, slug, title, source, status.code(), sourceRevision, translatedFrom, reads);
    }
  }

  /**
   * One article's translations by language, read without their texts. Its source is the first
   * published translation (in language order) that is not a translation of another, else the
   * first published one, as {@link Article#sourceTranslation()} decides.
   */
  public record ArticleStates(String slug, Map<Language, ArticleRepository.TranslationState> translations) {

    public Optional<ArticleRepository.TranslationState> source() {
      List<ArticleRepository.TranslationState> published = translations.values().stream().filter(t -> t.publishedRevision().isPresent()).toList();
      return published.stream().filter(t -> t.translationOf().isEmpty()).findFirst().or(() -> published.stream().findFirst());
    }

    /** Whether the article is taken out of the help center: readers have none of it. */
    public boolean retired() {
      return translations.values().stream().anyMatch(ArticleRepository.TranslationState::retired);
    }

    /** What readers of {@code language} have: the source itself, nothing published, an out-of-date or an up-to-date translation. */
    public Optional<Status> status(Language language) {
      return source().filter(original -> !retired()).map(original -> {
        Optional<ArticleRepository.TranslationState> own = published(language);
        return original.language() == language ? Status.SOURCE
            : own.isEmpty() ? Status.MISSING
            : outdated(own.get()) ? Status.OUTDATED
            : Status.UP_TO_DATE;
      });
    }

    /**
     * What an editor of {@code language} sees in the list: {@code missing}, {@code retired} (the
     * whole article), {@code draft} or {@code review} (the newest revision is not published),
     * {@code source}, {@code outdated}, {@code up-to-date}.
     */
    public String editorStatus(Language language) {
      ArticleRepository.TranslationState t = translations.get(language);
      return t == null ? "missing"
          : t.retired() ? "retired"
          : t.state() != WorkflowState.PUBLISHED ? t.state().code()
          : t.translationOf().isEmpty() ? Status.SOURCE.code()
          : outdated(t) ? Status.OUTDATED.code() : Status.UP_TO_DATE.code();
    }

    /** As {@link Translation#isOutdated()}, from the projection: made from an older revision than its source's published one. */
    private boolean outdated(ArticleRepository.TranslationState translation) {
      return translation.translationOf().flatMap(this::published)
          .flatMap(source -> SourceRevisions.isOutdated(translation.sourceRevision(), source.publishedRevision()))
          .orElse(false);
    }

    private Optional<ArticleRepository.TranslationState> published(Language language) {
      return Optional.ofNullable(translations.get(language)).filter(t -> t.publishedRevision().isPresent());
    }
  }

  /** The states last read, by slug, and where the change log stood before they were read. */
  private record Read(ChangeLog.State changes, SortedMap<String, ArticleStates> bySlug, List<ArticleStates> states) {
    Read(ChangeLog.State changes, SortedMap<String, ArticleStates> bySlug) {
      this(changes, Collections.unmodifiableSortedMap(bySlug), List.copyOf(bySlug.values()));
    }
  }

  /** More changes than this since the last read, and reading everything again is as cheap. */
  static final int CATCH_UP_LIMIT = 1000;

  private volatile Read lastRead;

  /**
   * Every article with its translations' states, in slug order. The first call reads them all
   * in one query without texts; later calls read nothing while the change log (every save and
   * import writes to it, on any instance) stands where it stood, and after a save only the
   * articles the log names since. On 100,000 translations the whole read scans a second's worth
   * of rows, bodies included, and editors save all day.
   */
  public List<ArticleStates> articleStates() {
    ChangeLog.State now = changes.state();
    Read last = lastRead;
    if (last != null && last.changes().equals(now)) {
      return last.states();
    }
    // Read after the log's state: a change committing in between makes the next call read again.
    Read next = Optional.ofNullable(last).flatMap(read -> catchUp(read, now)).orElseGet(() -> new Read(now, readAll()));
    lastRead = next;
    return next.states();
  }

  /**
   * {@code last} with the articles the log names since it read again; empty when the log's
   * entries do not account for every change since (one committed late under an older number,
   * old entries pruned, or too many to be worth it), so that everything is read again.
   */
  private Optional<Read> catchUp(Read last, ChangeLog.State now) {
    // Old entries removed meanwhile: their count can hide a late commit's, so read everything.
    if (now.head() < last.changes().head() || now.oldest() != last.changes().oldest()) {
      return Optional.empty();
    }
    List<ChangeLogEntry> since = changes.after(last.changes().head(), CATCH_UP_LIMIT + 1).stream()
        .filter(entry -> entry.seq() <= now.head())
        .toList();
    if (since.size() > CATCH_UP_LIMIT || last.changes().entries() + since.size() != now.entries()) {
      return Optional.empty();
    }
    Set<String> changed = since.stream().filter(entry -> entry.kind() == ChangeKind.ARTICLE).map(ChangeLogEntry::slug).collect(Collectors.toSet());
    SortedMap<String, ArticleStates> bySlug = new TreeMap<>(last.bySlug());
    changed.forEach(bySlug::remove);
    bySlug.putAll(group(articles.translationStates(changed)));
    return Optional.of(new Read(now, bySlug));
  }

  private SortedMap<String, ArticleStates> readAll() {
    return group(articles.translationStates());
  }

  private static SortedMap<String, ArticleStates> group(List<ArticleRepository.TranslationState> translations) {
    Map<String, Map<Language, ArticleRepository.TranslationState>> bySlug = new HashMap<>();
    for (ArticleRepository.TranslationState state : translations) {
      bySlug.computeIfAbsent(state.slug(), s -> new EnumMap<>(Language.class)).put(state.language(), state);
    }
    SortedMap<String, ArticleStates> states = new TreeMap<>();
    bySlug.forEach((slug, byLanguage) -> states.put(slug, new ArticleStates(slug, Collections.unmodifiableMap(byLanguage))));
    return states;
  }

  public List<Item> overview(Language language) {
    return overview(language, articleStates(), guides.findAll());
  }

  /** The overview of every language, from one read of the articles. */
  public Map<Language, List<Item>> overviews() {
    return overviews(articleStates());
  }

  /** The overview of every language, from {@code states} already read. */
  public Map<Language, List<Item>> overviews(List<ArticleStates> states) {
    List<StoredGuide> stored = guides.findAll();
    Map<Language, List<Item>> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      all.put(language, overview(language, states, stored));
    }
    return all;
  }

  /**
   * Where a guide's texts in {@code language} stand, as stored: what an editor's list shows in
   * its cell and counts in its totals.
   */
  public static Status guideStatus(StoredGuide guide, Language language) {
    return language == guide.source() ? Status.SOURCE
        : guide.text(language).isEmpty() ? Status.MISSING
        : guide.isOutdated(language).orElse(false) ? Status.OUTDATED
        : Status.UP_TO_DATE;
  }

  private List<Item> overview(Language language, List<ArticleStates> states, List<StoredGuide> stored) {
    List<Item> items = new ArrayList<>();
    for (ArticleStates article : states) {
      Optional<ArticleRepository.TranslationState> source = article.source();
      Optional<Status> status = article.status(language);
      if (source.isEmpty() || status.isEmpty()) {
        continue;
      }
      ArticleRepository.TranslationState original = source.get();
      Status shown = status.get();
      items.add(new Item("article", article.slug(), original.title(), original.language().code(), shown, original.publishedRevision().orElse(null),
          shown == Status.SOURCE ? null : article.published(language).flatMap(ArticleRepository.TranslationState::sourceRevision).orElse(null),
          reads.reads(language, article.slug())));
    }
    for (StoredGuide guide : stored) {
      Optional<GuideTranslation> source = guide.text(guide.source());
      Status status = guideStatus(guide, language);
      items.add(new Item("guide", guide.slug(), source.map(GuideTranslation::title).orElse(guide.slug()), guide.source().code(), status,
          source.map(GuideTranslation::currentRevision).orElse(null),
          status == Status.SOURCE ? null : guide.text(language).flatMap(GuideTranslation::sourceRevision).orElse(null), null));
    }
    return items;
  }
}
