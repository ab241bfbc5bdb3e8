package app.guidepost.pages;

import app.guidepost.article.Audience;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.i18n.Language;
import app.guidepost.search.Listings;
import app.guidepost.platform.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code /sitemap.xml}: every public article and guide page in each language it is written in,
 * each with its alternates in the other languages ({@code hreflang}), for search engines.
 * Articles are listed from the search index (the same visibility as search). Past 50,000
 * addresses, the protocol's limit for one file, it answers a sitemap index of numbered parts
 * ({@code /sitemap.xml?part=1} ...).
 */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int URLS_PER_FILE = 50_000;

  @Inject transient Listings listings;
  @Inject transient GuideCatalog guides;
  @Inject transient PublicAddress publicAddress;

  private record Url(String path, Language language, List<Language> alternates, String lastModified) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String site = publicAddress.of(request);
    List<Url> urls = currentUrls();
    int parts = Math.max(1, (urls.size() + URLS_PER_FILE - 1) / URLS_PER_FILE);
    String part = request.getParameter("part");
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (part == null && parts > 1) {
      xml.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
      for (int i = 1; i <= parts; i++) {
        xml.append("  <sitemap><loc>").append(site).append("/sitemap.xml?part=").append(i).append("</loc></sitemap>\n");
      }
      xml.append("</sitemapindex>\n");
    } else {
      int number = part == null ? 1 : partNumber(part);
      if (number < 1 || number > parts) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
      for (Url url : urls.subList((number - 1) * URLS_PER_FILE, Math.min(urls.size(), number * URLS_PER_FILE))) {
        entry(xml, site, url);
      }
      xml.append("</urlset>\n");
    }
    response.setContentType("application/xml;charset=UTF-8");
    response.getWriter().write(xml.toString());
  }

  private static int partNumber(String part) {
    try {
      return Integer.parseInt(part);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private record Built(Object state, List<Url> urls) {}

  /** Built once per index state: a crawler reads the index and then each part in turn. */
  private transient volatile Built built;

  private List<Url> currentUrls() {
    Object state = listings.state();
    Built known = built;
    if (known == null || known.state() != state) {
      known = new Built(state, urls());
      built = known;
    }
    return known.urls();
  }

  /** Every address, articles in slug order, then categories, then guides. */
  private List<Url> urls() {
    List<Url> urls = new ArrayList<>();
    Map<String, List<Listings.Listed>> bySlug = new TreeMap<>();
    for (Listings.Listed translation : listings.everyPublicTranslation()) {
      bySlug.computeIfAbsent(translation.slug(), slug -> new ArrayList<>()).add(translation);
    }
    Set<String> categories = new TreeSet<>();
    bySlug.forEach((slug, translations) -> {
      translations.sort(Comparator.comparing(Listings.Listed::language));
      List<Language> languages = translations.stream().map(Listings.Listed::language).toList();
      for (Listings.Listed translation : translations) {
        urls.add(new Url("/articles/" + slug, translation.language(), languages,
            translation.updated().map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse(null)));
        translation.category().ifPresent(categories::add);
      }
    });
    List<Language> everyLanguage = List.of(Language.values());
    for (String category : categories) {
      everyLanguage.forEach(language -> urls.add(new Url("/categories/" + category, language, everyLanguage, null)));
    }
    for (GuideCatalog.PublishedGuide guide : guides.guides().values()) {
      if (guide.guide().audience() != Audience.PUBLIC) {
        continue;
      }
      List<Language> languages = List.copyOf(guide.texts().keySet());
      for (Language language : languages) {
        urls.add(new Url("/guides/" + guide.guide().slug(), language, languages, null));
      }
    }
    return urls;
  }

  private static void entry(StringBuilder xml, String site, Url url) {
    xml.append("  <url><loc>").append(site).append('/').append(url.language().code()).append(url.path()).append("</loc>");
    if (url.lastModified() != null) {
      xml.append("<lastmod>").append(url.lastModified()).append("</lastmod>");
    }
    for (Language other : url.alternates()) {
      xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(other.code()).append("\" href=\"")
          .append(site).append('/').append(other.code()).append(url.path()).append("\"/>");
    }
    xml.append("</url>\n");
  }
}
