package app.guidepost.pages;

import app.guidepost.article.CategoryCatalog;
import app.guidepost.article.CategoryNames;
import app.guidepost.article.Slug;
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
import java.util.Comparator;
import java.util.List;

/**
 * {@code /{lang}/categories/{slug}}: the articles a category files, in the reader's collation
 * order, {@value #PAGE_SIZE} a page ({@code ?page=2}); a category without articles, or a page
 * past the last, is not found.
 */
@ApplicationScoped
public class CategoryPage {

  /** Articles listed per page of a topic: a large knowledge base files thousands under one. */
  static final int PAGE_SIZE = 100;

  @Inject PageResponses responses;
  @Inject FallbackChains fallbackChains;
  @Inject Listings listings;
  @Inject CategoryCatalog categories;

  void show(HttpServletRequest request, HttpServletResponse response, Language language, String slug) throws IOException {
    Slug category = Slug.parse(slug).orElseThrow(PageNotFound::new);
    Links links = Links.of(request, language);
    List<Language> chain = fallbackChains.chainFor(language);
    Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
    Texts texts = responses.texts(language);
    List<CategoryView.Entry> entries = listings.inCategory(language, category.value()).stream()
        .map(t -> new CategoryView.Entry(t.title(), t.summary().orElse(null), t.language().code(), links.article(t.slug()),
            t.language() == language ? null : texts.language(t.language())))
        .sorted(Comparator.comparing(CategoryView.Entry::title, collator))
        .toList();
    int pageNumber = PageResponses.pageNumber(request);
    int from = (pageNumber - 1) * PAGE_SIZE;
    if (entries.isEmpty() || from >= entries.size()) {
      throw new PageNotFound();
    }
    String url = links.category(category.value());
    String previous = pageNumber == 1 ? null : pageNumber == 2 ? url : url + "?page=" + (pageNumber - 1);
    String next = from + PAGE_SIZE < entries.size() ? url + "?page=" + (pageNumber + 1) : null;
    CategoryNames.Name name = categories.current().nameOf(category, language, chain);
    Page page = responses.page(request, language, name.text(), texts.t("category.description", "name", name.text()),
        "/categories/" + slug + (pageNumber == 1 ? "" : "?page=" + pageNumber), List.of(Language.values()));
    responses.publicPage(request, response, 200, "pages/category.jte", page, new CategoryView(name.text(), name.language().code(), entries.size(),
        entries.subList(from, Math.min(entries.size(), from + PAGE_SIZE)), previous, next, TopicIcons.svg(categories.current().iconOf(category))));
  }
}
