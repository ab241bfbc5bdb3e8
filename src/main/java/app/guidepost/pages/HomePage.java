package app.guidepost.pages;

import app.guidepost.analytics.PopularArticles;
import app.guidepost.article.Audience;
import app.guidepost.article.CategoryCatalog;
import app.guidepost.article.CategoryNames;
import app.guidepost.article.Slug;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideTexts;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.search.Listings;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/}: the public guides, the categories with how many articles each files, the
 * articles read most lately and those updated last, names and titles in the reader's collation
 * order.
 */
@ApplicationScoped
public class HomePage {

  static final int POPULAR_SHOWN = 6;
  static final int RECENT_SHOWN = 8;

  @Inject PageResponses responses;
  @Inject FallbackChains fallbackChains;
  @Inject GuideCatalog guides;
  @Inject Listings listings;
  @Inject PopularArticles popularArticles;
  @Inject CategoryCatalog categories;

  void show(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
    Page page = responses.page(request, language, responses.texts(language).t("home.title"), null, "/", List.of(Language.values()));
    responses.publicPage(request, response, 200, "pages/home.jte", page, view(Links.of(request, language), responses.texts(language)));
  }

  private HomeView view(Links links, Texts texts) {
    Language language = links.language();
    List<Language> chain = fallbackChains.chainFor(language);
    Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
    List<HomeView.GuideLink> guideLinks = guides.guides().values().stream()
        .filter(g -> g.guide().audience() == Audience.PUBLIC)
        .map(g -> {
          GuideTexts guideTexts = g.textsFor(language, chain);
          return new HomeView.GuideLink(guideTexts.title(), guideTexts.summary().orElse(null), guideTexts.language().code(),
              links.guide(g.guide().slug()));
        })
        .sorted(Comparator.comparing(HomeView.GuideLink::title, collator))
        .toList();
    // Listed from the search index: one query per list, whatever the size of the corpus.
    CategoryNames names = categories.current();
    List<HomeView.CategoryLink> categoryLinks = listings.categories(language).entrySet().stream()
        .flatMap(entry -> Slug.parse(entry.getKey()).map(category -> {
          CategoryNames.Name name = names.nameOf(category, language, chain);
          return new HomeView.CategoryLink(name.text(), name.language().code(), entry.getValue().intValue(), links.category(category.value()),
              TopicIcons.svg(names.iconOf(category)));
        }).stream())
        .sorted(Comparator.comparing(HomeView.CategoryLink::name, collator))
        .toList();
    List<String> mostRead = popularArticles.in(language);
    Map<String, Listings.Listed> popularShown = listings.bySlug(language, mostRead);
    List<HomeView.ArticleLink> popular = mostRead.stream()
        .flatMap(slug -> Optional.ofNullable(popularShown.get(slug)).stream())
        .limit(POPULAR_SHOWN)
        .map(listed -> articleLink(links, texts, listed))
        .toList();
    List<HomeView.ArticleLink> recent = listings.recentlyUpdated(language, RECENT_SHOWN).stream()
        .map(listed -> articleLink(links, texts, listed))
        .toList();
    return new HomeView(guideLinks, categoryLinks, popular, recent);
  }

  private static HomeView.ArticleLink articleLink(Links links, Texts texts, Listings.Listed listed) {
    return new HomeView.ArticleLink(listed.title(), listed.language().code(), links.article(listed.slug()),
        listed.updated().map(at -> texts.date(at.atOffset(ZoneOffset.UTC))).orElse(null));
  }
}
