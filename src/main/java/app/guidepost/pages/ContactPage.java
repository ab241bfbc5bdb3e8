package app.guidepost.pages;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.platform.ClientAddress;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.support.Contact;
import app.guidepost.support.ContactLimits;
import app.guidepost.support.SupportRequest;
import app.guidepost.support.SupportRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /{lang}/contact}: asking support directly, not at the end of a guide. The request goes
 * through the same delivery as a guide's (stored first, sent to the ticket system's webhook until
 * it acknowledges), once per form: each form carries a key, and sending it again is the request
 * it already made. A reader who comes from an article ({@code ?article=}) has it named in the
 * request, so that nobody asks them to read it again. Each address may send a few an hour.
 */
@ApplicationScoped
public class ContactPage {

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PageResponses responses;
  @Inject SupportRequests requests;
  @Inject ContactLimits limits;
  @Inject ClientAddress clientAddress;
  @Inject ArticleRepository articles;
  @Inject FallbackChains fallbackChains;

  /** The form, or after sending, what was sent and its reference. */
  public record View(Map<String, String> form, String key, String articleSlug, String articleTitle, String articleLang, String problem,
      String reference, String searchUrl) {}

  void show(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
    Optional<SupportRequest> sent = Optional.ofNullable(request.getParameter("sent")).filter(r -> r.matches("[0-9a-f-]{36}")).flatMap(requests::find);
    Map<String, String> form = new HashMap<>();
    Optional<String> article = Optional.ofNullable(request.getParameter("article"));
    article.ifPresent(slug -> form.put("article", slug));
    render(request, response, language, 200, form, sent.map(SupportRequest::reference), Optional.empty());
  }

  void send(HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
    Map<String, String> form = new HashMap<>();
    for (String field : new String[] {"name", "email", "phone", "problem", "key", "article"}) {
      form.put(field, Optional.ofNullable(request.getParameter(field)).orElse("").strip());
    }
    Texts texts = responses.texts(language);
    String key = form.get("key");
    if (!KEY.matcher(key).matches()) {
      throw new InvalidInputException("Invalid form", texts.t("error.body.form"));
    }
    Optional<SupportRequest> already = requests.bySubmission(key);
    if (already.isEmpty()) {
      Contact contact;
      try {
        contact = Contact.from(new Contact.Fields(given(form, "name"), given(form, "email"), given(form, "phone"), given(form, "problem")));
      } catch (InvalidInputException e) {
        render(request, response, language, 400, form, Optional.empty(), Optional.of(problemText(texts, e)));
        return;
      }
      if (contact.problem().isEmpty()) {
        render(request, response, language, 400, form, Optional.empty(), Optional.of(texts.t("contact.error.problem")));
        return;
      }
      if (!limits.tryAcquire(clientAddress.of(request))) {
        render(request, response, language, 429, form, Optional.empty(), Optional.of(texts.t("contact.error.tooMany")));
        return;
      }
      Optional<Article> read = readableArticle(form.get("article"));
      SupportRequests.Context context = read.map(a -> new SupportRequests.Context(Optional.of(a.slug().value()),
          a.bestTranslationFor(language, fallbackChains.chainFor(language)).map(Translation::title))).orElse(SupportRequests.Context.NONE);
      already = Optional.of(requests.fromContactPage(contact, language, key, context));
    }
    PageResponses.redirect(response, Links.of(request, language).inLanguage("/contact?sent=" + already.get().reference()), HttpServletResponse.SC_SEE_OTHER);
  }

  private void render(HttpServletRequest request, HttpServletResponse response, Language language, int status, Map<String, String> form,
      Optional<String> reference, Optional<String> problem) throws IOException {
    Texts texts = responses.texts(language);
    Links links = Links.of(request, language);
    Optional<Article> article = readableArticle(form.getOrDefault("article", ""));
    Optional<Translation> shown = article.flatMap(a -> a.bestTranslationFor(language, fallbackChains.chainFor(language)));
    String key = Optional.ofNullable(form.get("key")).filter(k -> KEY.matcher(k).matches()).orElseGet(ContactPage::newKey);
    Page page = responses.page(request, language, texts.t(reference.isPresent() ? "contact.sentTitle" : "contact.title"), texts.t("contact.intro"),
        "/contact", java.util.List.of(Language.values()));
    responses.publicPage(request, response, status, "pages/contact.jte", page, new View(form, key,
        article.map(a -> a.slug().value()).orElse(null), shown.map(Translation::title).orElse(null), shown.map(t -> t.language().code()).orElse(null),
        problem.orElse(null), reference.orElse(null), links.inLanguage("/search")));
  }

  /** A public article the reader could have read, by its slug; none for anything else. */
  private Optional<Article> readableArticle(String slug) {
    return Slug.parse(slug).filter(articles::isPublic).flatMap(articles::find).filter(Article::isPublished).filter(a -> a.audience() == Audience.PUBLIC);
  }

  /** The refusal of a contact field in the page's language. */
  static String problemText(Texts texts, InvalidInputException e) {
    return switch (e.title()) {
      case "Name required" -> texts.t("contact.error.name");
      case "Contact required" -> texts.t("contact.error.contact");
      case "Invalid email" -> texts.t("contact.error.email");
      case "Invalid phone number" -> texts.t("contact.error.phone");
      default -> e.detail();
    };
  }

  private static Optional<String> given(Map<String, String> form, String field) {
    return Optional.ofNullable(form.get(field)).filter(value -> !value.isEmpty());
  }

  private static String newKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
