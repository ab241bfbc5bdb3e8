package app.guidepost.pages;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Audience;
import app.guidepost.article.Translation;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.i18n.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code /sitemap.xml}: every public article and guide page in each language it is written in,
 * each with its alternates in the other languages ({@code hreflang}), for search engines.
 */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ArticleRepository articles;
  @Inject transient GuideCatalog guides;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String site = request.getScheme() + "://" + request.getServerName()
        + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort()) + request.getContextPath();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (Article article : articles.findAll()) {
      if (!article.isPublished() || article.audience() != Audience.PUBLIC) {
        continue;
      }
      List<Language> languages = article.published().stream().map(Translation::language).toList();
      for (Translation translation : article.published()) {
        entry(xml, site, "/articles/" + article.slug().value(), translation.language(), languages, translation.updatedAt().toLocalDate().toString());
      }
    }
    List<Language> everyLanguage = List.of(Language.values());
    articles.findAll().stream()
        .filter(Article::isPublished)
        .filter(a -> a.audience() == Audience.PUBLIC)
        .flatMap(a -> a.category().stream())
        .distinct()
        .forEach(category -> everyLanguage.forEach(language ->
            entry(xml, site, "/categories/" + category.value(), language, everyLanguage, null)));
    for (GuideCatalog.PublishedGuide guide : guides.guides().values()) {
      if (guide.guide().audience() != Audience.PUBLIC) {
        continue;
      }
      Set<Language> languages = guide.texts().keySet();
      for (Language language : languages) {
        entry(xml, site, "/guides/" + guide.guide().slug(), language, List.copyOf(languages), null);
      }
    }
    xml.append("</urlset>\n");
    response.setContentType("application/xml;charset=UTF-8");
    response.getWriter().write(xml.toString());
  }

  private static void entry(StringBuilder xml, String site, String path, Language language, List<Language> alternates, String lastModified) {
    xml.append("  <url><loc>").append(site).append('/').append(language.code()).append(path).append("</loc>");
    if (lastModified != null) {
      xml.append("<lastmod>").append(lastModified).append("</lastmod>");
    }
    for (Language other : alternates) {
      xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(other.code()).append("\" href=\"")
          .append(site).append('/').append(other.code()).append(path).append("\"/>");
    }
    xml.append("</url>\n");
  }
}
