package app.guidepost.pages;

import app.guidepost.article.Audience;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideTexts;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import app.guidepost.walkthrough.Walkthroughs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /{lang}/guides/{slug}}: what a guide is about, in the reader's language or the nearest
 * of its fallback chain, and the button that starts it: the form posts to the same address,
 * which starts a walkthrough and sends the visitor to its first step. An internal guide is not
 * found unless the visitor is staff.
 */
@ApplicationScoped
public class GuidePage {

  @Inject PageResponses responses;
  @Inject Messages messages;
  @Inject FallbackChains fallbackChains;
  @Inject GuideCatalog guides;
  @Inject Walkthroughs walkthroughs;

  void show(HttpServletRequest request, HttpServletResponse response, Language language, String slug) throws IOException {
    GuideCatalog.PublishedGuide guide = visibleGuide(slug, isStaff(request));
    GuideTexts texts = guide.textsFor(language, fallbackChains.chainFor(language));
    String fallback = texts.language() != language ? messages.fallbackNotice("article.fallback.notice", language, texts.language()) : null;
    Page page = responses.page(request, language, texts.title(), texts.summary().orElse(null), "/guides/" + slug, List.copyOf(guide.texts().keySet()));
    responses.publicPage(request, response, 200, "pages/guide.jte", page, new GuidePageView(texts.language().code(),
        texts.language().isRightToLeft() ? "rtl" : "ltr", texts.title(), texts.summary().orElse(null), fallback,
        Links.of(request, language).guide(slug)));
  }

  /** The start button: a new walkthrough, and its first step. */
  void start(HttpServletRequest request, HttpServletResponse response, Language language, String slug) {
    boolean staff = isStaff(request);
    GuideCatalog.PublishedGuide guide = visibleGuide(slug, staff);
    Walkthroughs.Started started = walkthroughs.start(guide.guide().slug(), language, staff);
    PageResponses.redirect(response, Links.of(request, language).walkthrough(started.token()), HttpServletResponse.SC_SEE_OTHER);
  }

  private GuideCatalog.PublishedGuide visibleGuide(String slug, boolean staff) {
    return guides.guide(slug).filter(g -> staff || g.guide().audience() == Audience.PUBLIC).orElseThrow(PageNotFound::new);
  }

  /** Agents (and the roles above) read internal guides and get ticket notes on walkthrough pages. */
  static boolean isStaff(HttpServletRequest request) {
    return request.isUserInRole("agent");
  }
}
