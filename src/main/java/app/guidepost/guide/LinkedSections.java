package app.guidepost.guide;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.render.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the article section a guide links ({@code slug#anchor}) in the reader's language.
 * Anchors come from headings, so a translation names the same section differently: a
 * translation that has the same number of {@code ##} sections as the one holding the anchor is
 * taken to be parallel to it, and its section at the same position is the same section.
 * When the reader's language has no such translation, the fallback chain decides, and the
 * answer says it is a fallback.
 */
@ApplicationScoped
public class LinkedSections {

  static final int EXCERPT_CHARS = 320;
  private static final int MAX_CACHED = 20_000;

  @Inject ArticleRepository articles;
  @Inject FallbackChains fallbackChains;

  /** Sections by slug, language and revision: a revision never changes, so neither do its sections. */
  private final Map<String, List<Section>> rendered = new ConcurrentHashMap<>();

  /** A linked section as a reader gets it. */
  public record Shown(
      String article, String anchor, Language language, int revision, Audience audience, String articleTitle,
      String sectionTitle, String excerpt, boolean fallback) {

    /** Where the section is read over the API. */
    public String url() {
      return "/api/articles/" + article + "?lang=" + language.code() + "#" + anchor;
    }

    /** The compact form kept with a walkthrough: {@code slug#anchor lang revision}. */
    public String record() {
      return article + "#" + anchor + " " + language.code() + " " + revision;
    }
  }

  /**
   * The section {@code link} points to, in {@code reader}'s language or the best stand-in;
   * empty when the article or the anchor no longer exists, and when the article is internal
   * and {@code includeInternal} is false. A public guide may link an article that is (or later
   * becomes) internal; whoever reads the guide without an account gets nothing of it, not even
   * a title.
   */
  public Optional<Shown> resolve(String link, Language reader, boolean includeInternal) {
    int hash = link.indexOf('#');
    if (hash < 0) {
      return Optional.empty();
    }
    Optional<Slug> slug = Slug.parse(link.substring(0, hash));
    String anchor = link.substring(hash + 1);
    return slug.flatMap(articles::find)
        .filter(article -> includeInternal || article.audience() == Audience.PUBLIC)
        .flatMap(article -> resolve(article, anchor, reader));
  }

  /** Whether the article {@code link} ({@code slug} or {@code slug#anchor}) points to may be shown to readers without an account. */
  public boolean isPublic(String link) {
    int hash = link.indexOf('#');
    return Slug.parse(hash < 0 ? link : link.substring(0, hash)).flatMap(articles::find)
        .filter(Article::isPublished)
        .filter(article -> article.audience() == Audience.PUBLIC)
        .isPresent();
  }

  private Optional<Shown> resolve(Article article, String anchor, Language reader) {
    Optional<Translation> home = homeOf(article, anchor);
    if (home.isEmpty()) {
      return Optional.empty();
    }
    List<Section> homeSections = sections(home.get());
    int position = indexOf(homeSections, anchor);
    Set<Language> candidates = new LinkedHashSet<>();
    candidates.add(reader);
    candidates.addAll(fallbackChains.chainFor(reader));
    candidates.add(home.get().language());
    for (Language language : candidates) {
      Optional<Translation> translation = article.translation(language).filter(Translation::isPublished);
      if (translation.isEmpty()) {
        continue;
      }
      List<Section> own = sections(translation.get());
      int at = indexOf(own, anchor);
      if (at < 0 && own.size() == homeSections.size()) {
        at = position;
      }
      if (at >= 0) {
        Section section = own.get(at);
        Translation t = translation.get();
        return Optional.of(new Shown(
            article.slug().value(), section.anchor(), language, t.publishedRevision().orElseThrow(), article.audience(), t.title(), section.title(),
            section.excerpt(EXCERPT_CHARS), language != reader));
      }
    }
    return Optional.empty();
  }

  /** The translation whose headings the anchor was made from: the source's first, else any. */
  private Optional<Translation> homeOf(Article article, String anchor) {
    List<Translation> order = new ArrayList<>();
    article.sourceTranslation().ifPresent(order::add);
    order.addAll(article.published());
    return order.stream().filter(t -> indexOf(sections(t), anchor) >= 0).findFirst();
  }

  private List<Section> sections(Translation translation) {
    String key = translation.article().slug().value() + "/" + translation.language().code() + "/" + translation.publishedRevision().orElse(0);
    if (rendered.size() > MAX_CACHED) {
      rendered.clear();
    }
    return rendered.computeIfAbsent(key, k -> MarkdownRenderer.render(translation.body()).sections());
  }

  private static int indexOf(List<Section> sections, String anchor) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).anchor().equals(anchor)) {
        return i;
      }
    }
    return -1;
  }
}
