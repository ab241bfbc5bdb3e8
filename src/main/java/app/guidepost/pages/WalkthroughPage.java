package app.guidepost.pages;

import app.guidepost.guide.Choice;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.Outcome;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.support.Contact;
import app.guidepost.support.SupportRequest;
import app.guidepost.support.SupportRequests;
import app.guidepost.walkthrough.TicketNotes;
import app.guidepost.walkthrough.Walkthrough;
import app.guidepost.walkthrough.WalkthroughRefusedException;
import app.guidepost.walkthrough.Walkthroughs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{lang}/walkthroughs/{id}}: the step a walkthrough is at, the path taken to it, the
 * article sections to read there, and its form: answer, go back, or (at a "contact support"
 * outcome) send the contact form. Each action posts to the same address and comes back to it; a
 * refused action or contact is shown on the step with 400. Staff also get the ticket notes.
 */
@ApplicationScoped
public class WalkthroughPage {

  @Inject PageResponses responses;
  @Inject FallbackChains fallbackChains;
  @Inject GuideCatalog guides;
  @Inject Walkthroughs walkthroughs;
  @Inject TicketNotes notes;
  @Inject SupportRequests supportRequests;

  void show(HttpServletRequest request, HttpServletResponse response, Language language, String token) throws IOException {
    show(request, response, language, token, Optional.empty(), Map.of());
  }

  /** One action of the step's form ({@code action}: answer, back or contact), then the step again. */
  void act(HttpServletRequest request, HttpServletResponse response, Language language, String token) throws IOException {
    String action = Optional.ofNullable(request.getParameter("action")).orElse("");
    boolean staff = GuidePage.isStaff(request);
    try {
      switch (action) {
        case "answer" -> walkthroughs.answer(token, Optional.ofNullable(request.getParameter("step")).orElse(""),
            Optional.ofNullable(request.getParameter("choice")).filter(c -> !c.isBlank()), staff);
        case "back" -> walkthroughs.back(token, staff);
        case "contact" -> {
          Map<String, String> form = new HashMap<>();
          for (String field : Contact.FIELDS) {
            form.put(field, Optional.ofNullable(request.getParameter(field)).orElse("").strip());
          }
          try {
            supportRequests.create(token, Contact.from(contactFields(form)), staff);
          } catch (InvalidInputException e) {
            show(request, response, language, token, Optional.ofNullable(e.detail()), form);
            return;
          }
        }
        default -> throw new InvalidInputException("Unknown action", responses.texts(language).t("error.title.400"));
      }
    } catch (WalkthroughRefusedException e) {
      show(request, response, language, token, Optional.ofNullable(e.getMessage()), Map.of());
      return;
    }
    PageResponses.redirect(response, Links.of(request, language).walkthrough(token), HttpServletResponse.SC_SEE_OTHER);
  }

  /** The contact form's fields, stripped; a field left empty is not given. */
  private static Contact.Fields contactFields(Map<String, String> form) {
    return new Contact.Fields(given(form, "name"), given(form, "email"), given(form, "phone"), given(form, "problem"));
  }

  private static Optional<String> given(Map<String, String> form, String field) {
    return Optional.of(form.get(field)).filter(value -> !value.isEmpty());
  }

  /** The step, with {@code problem} (400) or without (200); {@code form}: the contact form as the visitor filled it. */
  private void show(HttpServletRequest request, HttpServletResponse response, Language language, String token, Optional<String> problem,
      Map<String, String> form) throws IOException {
    boolean staff = GuidePage.isStaff(request);
    Links links = Links.of(request, language);
    Texts uiTexts = responses.texts(language);
    Walkthrough walkthrough = walkthroughs.find(token, staff);
    GuideCatalog.PublishedGuide guide = guides.guide(walkthrough.currentGuide()).orElseThrow(PageNotFound::new);
    GuideTexts texts = guide.textsFor(language, fallbackChains.chainFor(language));
    GuideStep step = Optional.ofNullable(guide.guide().stepsById().get(walkthrough.currentStep())).orElseThrow(PageNotFound::new);
    GuideTexts.StepText text = texts.steps().get(step.id());
    TicketNotes.Transcript transcript = notes.transcript(walkthrough, language);
    List<WalkthroughPageView.Done> path = transcript.steps().stream().filter(s -> s.answerLabel() != null)
        .map(s -> new WalkthroughPageView.Done(s.title(), s.answerLabel())).toList();
    List<WalkthroughPageView.Read> reading = walkthroughs.shownAt(walkthrough).stream()
        .map(s -> new WalkthroughPageView.Read(s.articleTitle(), s.sectionTitle(), s.language().code(),
            links.article(s.article()) + "?in=" + s.language().code() + "#" + s.anchor(), s.excerpt()))
        .toList();
    Optional<Outcome> outcome = step.outcome();
    boolean expired = walkthrough.isExpired(OffsetDateTime.now());
    String reference = walkthrough.handedOver() ? supportRequests.forWalkthrough(walkthrough.id()).map(SupportRequest::reference).orElse(null) : null;
    boolean contact = outcome.filter(o -> o.kind() == Outcome.Kind.CONTACT_SUPPORT).isPresent() && !walkthrough.handedOver() && !expired;
    boolean canAnswer = !expired && !walkthrough.handedOver() && (outcome.isEmpty() || outcome.get().kind() == Outcome.Kind.CONTINUE);
    String shownProblem = problem.orElse(expired ? uiTexts.t("guide.expired") : null);
    Page page = responses.page(request, language, text.title(), null, "/guides/" + walkthrough.guide(), List.of());
    GuideTexts startTexts = guides.guide(walkthrough.guide()).map(g -> g.textsFor(language, fallbackChains.chainFor(language))).orElse(texts);
    responses.publicPage(request, response, problem.isPresent() ? 400 : 200, "pages/walkthrough.jte", page, new WalkthroughPageView(
        texts.language().code(), texts.language().isRightToLeft() ? "rtl" : "ltr", startTexts.title(), links.guide(walkthrough.guide()),
        shownProblem, path, walkthrough.answers().size() + 1, step.id(), text.title(), MarkdownRenderer.render(text.body()).html(), reading,
        outcome.filter(o -> o.kind() != Outcome.Kind.CONTINUE).map(o -> o.kind().code()).orElse(null), reference, contact, form, canAnswer,
        step.choices().stream().map((Choice c) -> new WalkthroughPageView.Option(c.id(), text.choices().get(c.id()))).toList(),
        !walkthrough.answers().isEmpty() && !walkthrough.handedOver() && !expired, links.walkthrough(token), links.guide(walkthrough.guide()),
        staff ? transcript.text() : null));
  }
}
