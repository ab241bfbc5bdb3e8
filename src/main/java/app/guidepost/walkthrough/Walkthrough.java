package app.guidepost.walkthrough;

import app.guidepost.article.Audience;
import app.guidepost.guide.Choice;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.Outcome;
import app.guidepost.i18n.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A visitor's walk through a guide: where they stand, how they got there, and until when the
 * walkthrough may go on. Every change slides the expiry forward.
 */
@Entity
@Cacheable(false)
@Table(name = "walkthrough")
public class Walkthrough {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "guide_slug", nullable = false, updatable = false, length = 120)
  private String guide;

  @Column(name = "audience", nullable = false, updatable = false, length = 16)
  private Audience audience;

  @Column(name = "lang", nullable = false, updatable = false, length = 8)
  private Language language;

  @Column(name = "current_guide", nullable = false, length = 120)
  private String currentGuide;

  @Column(name = "current_step", nullable = false, length = 64)
  private String currentStep;

  @Column(name = "outcome", length = 24)
  private String outcome;

  /** 1 once a support request was made from this walkthrough; an integer to compare alike on H2 and PostgreSQL. */
  @Column(name = "handed_over", nullable = false)
  private int handedOver;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "walkthrough_answer", joinColumns = @JoinColumn(name = "walkthrough_id"))
  @OrderColumn(name = "position")
  private List<Answer> answers = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "walkthrough_visit", joinColumns = @JoinColumn(name = "walkthrough_id"))
  private Set<Visit> visits = new HashSet<>();

  protected Walkthrough() {}

  /** A walkthrough at the start of {@code guide}, for a visitor reading {@code language}. */
  public Walkthrough(String tokenHash, Guide guide, Language language, OffsetDateTime at, Duration lifetime) {
    this.tokenHash = tokenHash;
    this.guide = guide.slug();
    this.audience = guide.audience();
    this.language = language;
    this.startedAt = at;
    moveTo(guide, guide.start(), at, lifetime);
  }

  /**
   * Answers the current step and moves on: with one of its choices, or with none at a step
   * that simply leads on (or continues in another guide).
   *
   * @param atStep the step the visitor answered, which must be the current one (a second
   *     click on an old page must not answer the next step)
   * @param guides the published guides the visitor may walk, by slug
   * @param shown the sections shown at the current step, as recorded with the answer
   */
  public void answer(
      String atStep, Optional<String> choiceId, Function<String, Optional<Guide>> guides, String shown, OffsetDateTime at, Duration lifetime) {
    requireOpen();
    if (!atStep.equals(currentStep)) {
      if (guides.apply(currentGuide).filter(guide -> guide.stepsById().containsKey(atStep)).isEmpty()) {
        throw new WalkthroughRefusedException(Refusal.NO_SUCH_STEP,
            "The guide '" + currentGuide + "' has no step '" + excerpt(atStep) + "'. Answer the current step, '" + currentStep + "'.");
      }
      throw new WalkthroughRefusedException(Refusal.NOT_AT_STEP,
          "This walkthrough is at step '" + currentStep + "', not at '" + excerpt(atStep) + "'. Reload it and answer the current step.");
    }
    Guide guideHere = guides.apply(currentGuide).orElseThrow(Walkthrough::guideChanged);
    GuideStep step = Optional.ofNullable(guideHere.stepsById().get(currentStep)).orElseThrow(Walkthrough::guideChanged);
    Guide nextGuide = guideHere;
    String next;
    if (step.outcome().isPresent()) {
      Outcome ending = step.outcome().get();
      if (ending.kind() != Outcome.Kind.CONTINUE) {
        throw new WalkthroughRefusedException(Refusal.ENDED,
            "This walkthrough has ended (" + ending.kind().code() + "). Go back to change an answer, or start again.");
      }
      refuseChoice(choiceId);
      nextGuide = ending.guide().flatMap(guides).orElseThrow(Walkthrough::guideChanged);
      next = nextGuide.start();
    } else if (!step.choices().isEmpty()) {
      List<String> ids = step.choices().stream().map(Choice::id).toList();
      String choice = choiceId.orElseThrow(() -> new WalkthroughRefusedException(Refusal.CHOICE_REQUIRED,
          "Step '" + currentStep + "' asks a question: answer with one of the choices " + ids + "."));
      next = step.choices().stream().filter(c -> c.id().equals(choice)).findFirst()
          .orElseThrow(() -> new WalkthroughRefusedException(Refusal.NO_SUCH_CHOICE,
              "'" + excerpt(choice) + "' is not a choice at step '" + currentStep + "'; the choices are " + ids + "."))
          .next();
    } else {
      refuseChoice(choiceId);
      next = step.next().orElseThrow(Walkthrough::guideChanged);
    }
    answers.add(new Answer(currentGuide, currentStep, choiceId, shown, at));
    moveTo(nextGuide, next, at, lifetime);
  }

  /** Takes back the last answer: the visitor stands again at the step they answered. */
  public void back(Function<String, Optional<Guide>> guides, OffsetDateTime at, Duration lifetime) {
    requireOpen();
    if (answers.isEmpty()) {
      throw new WalkthroughRefusedException(Refusal.AT_START, "This walkthrough is at its first step; there is nothing to go back to.");
    }
    Answer last = answers.remove(answers.size() - 1);
    Guide guideThere = guides.apply(last.guide()).orElseThrow(Walkthrough::guideChanged);
    if (!guideThere.stepsById().containsKey(last.step())) {
      throw guideChanged();
    }
    moveTo(guideThere, last.step(), at, lifetime);
  }

  /** Marks the walkthrough as handed over to support: from now on it can be read, not changed. */
  public void handOver(OffsetDateTime at) {
    requireOpen();
    if (!Outcome.Kind.CONTACT_SUPPORT.code().equals(outcome)) {
      throw new WalkthroughRefusedException(Refusal.NOT_CONTACT_SUPPORT,
          "Support can be contacted from a step that offers it; this walkthrough is at step '" + currentStep + "'.");
    }
    handedOver = 1;
    updatedAt = at;
  }

  public boolean isExpired(OffsetDateTime now) {
    return now.isAfter(expiresAt);
  }

  private void moveTo(Guide guide, String step, OffsetDateTime at, Duration lifetime) {
    currentGuide = guide.slug();
    currentStep = step;
    outcome = Optional.ofNullable(guide.stepsById().get(step)).flatMap(GuideStep::outcome).map(o -> o.kind().code()).orElse(null);
    visits.add(new Visit(currentGuide, currentStep));
    updatedAt = at;
    expiresAt = at.plus(lifetime);
  }

  private void requireOpen() {
    if (handedOver == 1) {
      throw new WalkthroughRefusedException(Refusal.HANDED_OVER,
          "This walkthrough was handed over to support and can no longer change. Start a new one if needed.");
    }
  }

  private static void refuseChoice(Optional<String> choiceId) {
    choiceId.ifPresent(c -> {
      throw new WalkthroughRefusedException(Refusal.CHOICE_NOT_EXPECTED, "This step asks no question; answer it without a choice to go on.");
    });
  }

  private static WalkthroughRefusedException guideChanged() {
    return new WalkthroughRefusedException(Refusal.GUIDE_CHANGED,
        "The guide has changed since this walkthrough began, and this step is no longer in it. Start the guide again.");
  }

  private static String excerpt(String value) {
    return app.guidepost.platform.InvalidInputException.excerpt(value);
  }

  public long id() {
    return id;
  }

  public String guide() {
    return guide;
  }

  public Audience audience() {
    return audience;
  }

  public Language language() {
    return language;
  }

  public String currentGuide() {
    return currentGuide;
  }

  public String currentStep() {
    return currentStep;
  }

  /** The outcome code of the current step, if it is an ending. */
  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  public boolean handedOver() {
    return handedOver == 1;
  }

  public List<Answer> answers() {
    return List.copyOf(answers);
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }
}
