package app.guidepost.editing;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Translation;
import app.guidepost.article.WorkflowState;
import app.guidepost.changes.ChangeLog;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the translations of one language stand, for editors: per article and guide, whether the
 * language is its source, or its translation is missing, out of date or up to date.
 */
@ApplicationScoped
public class Localization {

  @Inject ArticleRepository articles;
  @Inject GuideCatalog guides;
  @Inject ChangeLog changes;

  /** The state of one language's translation of one article or guide. */
  public enum Status {
    SOURCE, MISSING, OUTDATED, UP_TO_DATE;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** One article or guide; {@code status} is a {@link Status} code. */
  public record Item(String type, String slug, String title, String source, String status, Integer sourceRevision, Integer translatedFrom) {
    Item(String type, String slug, String title, String source, Status status, Integer sourceRevision, Integer translatedFrom) {
      this(type, slug, title, source, status.code(), sourceRevision, translatedFrom);
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

    /** What readers of {@code language} have: the source itself, nothing published, an out-of-date or an up-to-date translation. */
    public Optional<Status> status(Language language) {
      return source().map(original -> {
        Optional<ArticleRepository.TranslationState> own = published(language);
        return original.language() == language ? Status.SOURCE
            : own.isEmpty() ? Status.MISSING
            : outdated(own.get()) ? Status.OUTDATED
            : Status.UP_TO_DATE;
      });
    }

    /**
     * What an editor of {@code language} sees in the list: {@code missing}, {@code draft} or
     * {@code review} (the newest revision is not published), {@code source}, {@code outdated},
     * {@code up-to-date}.
     */
    public String editorStatus(Language language) {
      ArticleRepository.TranslationState t = translations.get(language);
      return t == null ? "missing"
          : t.state() != WorkflowState.PUBLISHED ? t.state().code()
          : t.translationOf().isEmpty() ? Status.SOURCE.code()
          : outdated(t) ? Status.OUTDATED.code() : Status.UP_TO_DATE.code();
    }

    /** Like {@link Translation#isOutdated()}: made from an older revision than its source's published one. */
    private boolean outdated(ArticleRepository.TranslationState translation) {
      return translation.translationOf().flatMap(this::published)
          .map(source -> translation.sourceRevision().map(r -> r < source.publishedRevision().orElseThrow()).orElse(true))
          .orElse(false);
    }

    private Optional<ArticleRepository.TranslationState> published(Language language) {
      return Optional.ofNullable(translations.get(language)).filter(t -> t.publishedRevision().isPresent());
    }
  }

  /** The states last read, and where the change log stood before they were read. */
  private record Read(ChangeLog.State changes, List<ArticleStates> states) {}

  private volatile Read lastRead;

  /**
   * Every article with its translations' states, in slug order: one query, no texts, and none
   * at all while the change log (every save and import writes to it, on any instance) stands
   * where it stood at the last read. On 100,000 translations the query scans a second's worth
   * of rows, bodies included; editors open the list far more often than anyone saves.
   */
  public List<ArticleStates> articleStates() {
    ChangeLog.State now = changes.state();
    Read last = lastRead;
    if (last != null && last.changes().equals(now)) {
      return last.states();
    }
    // Read after the log's state: a change committing in between makes the next call read again.
    List<ArticleStates> states = readStates();
    lastRead = new Read(now, states);
    return states;
  }

  private List<ArticleStates> readStates() {
    Map<String, Map<Language, ArticleRepository.TranslationState>> bySlug = new LinkedHashMap<>();
    for (ArticleRepository.TranslationState state : articles.translationStates()) {
      bySlug.computeIfAbsent(state.slug(), s -> new EnumMap<>(Language.class)).put(state.language(), state);
    }
    List<ArticleStates> states = new ArrayList<>(bySlug.size());
    bySlug.forEach((slug, translations) -> states.add(new ArticleStates(slug, java.util.Collections.unmodifiableMap(translations))));
    return List.copyOf(states);
  }

  public List<Item> overview(Language language) {
    return overview(language, articleStates());
  }

  /** The overview of every language, from one read of the articles. */
  public Map<Language, List<Item>> overviews() {
    return overviews(articleStates());
  }

  /** The overview of every language, from {@code states} already read. */
  public Map<Language, List<Item>> overviews(List<ArticleStates> states) {
    Map<Language, List<Item>> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      all.put(language, overview(language, states));
    }
    return all;
  }

  private List<Item> overview(Language language, List<ArticleStates> states) {
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
          shown == Status.SOURCE ? null : article.published(language).flatMap(ArticleRepository.TranslationState::sourceRevision).orElse(null)));
    }
    for (GuideCatalog.PublishedGuide guide : guides.guides().values()) {
      Language source = guide.guide().source();
      boolean has = guide.texts().containsKey(language);
      Status status = source == language ? Status.SOURCE
          : !has ? Status.MISSING
          : guide.isOutdated(language).orElse(false) ? Status.OUTDATED
          : Status.UP_TO_DATE;
      items.add(new Item("guide", guide.guide().slug(), guide.texts().get(source).title(), source.code(), status,
          guide.revisions().get(source), has && status != Status.SOURCE ? guide.texts().get(language).sourceRevision().orElse(null) : null));
    }
    return items;
  }
}
