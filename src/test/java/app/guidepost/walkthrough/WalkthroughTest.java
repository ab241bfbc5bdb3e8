package app.guidepost.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.article.Slug;
import app.guidepost.content.GuideFiles;
import app.guidepost.guide.Guide;
import app.guidepost.i18n.Language;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a walkthrough moves through a guide, goes back, ends, continues in another guide and refuses what does not fit. */
class WalkthroughTest {

  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration LIFETIME = Duration.ofMinutes(30);

  private Function<String, Optional<Guide>> guides;
  private Walkthrough walkthrough;

  @BeforeEach
  void guides() throws Exception {
    Guide first = GuideFiles.guide(new Slug("first"), """
        audience: public
        source: en
        start: ask
        steps:
          - id: ask
            choices:
              - id: fixed
                next: done
              - id: more
                next: read
          - id: read
            next: hand-on
          - id: hand-on
            outcome: continue
            guide: second
          - id: done
            outcome: resolved
        """);
    Guide second = GuideFiles.guide(new Slug("second"), """
        audience: public
        source: en
        start: call
        steps:
          - id: call
            outcome: contact-support
        """);
    Map<String, Guide> bySlug = Map.of("first", first, "second", second);
    guides = slug -> Optional.ofNullable(bySlug.get(slug));
    walkthrough = new Walkthrough("hash", first, Language.VI, T0, LIFETIME);
  }

  @Test
  void startsAtTheStartAndExpiresAfterTheLifetimeWithoutActivity() {
    assertThat(walkthrough.currentStep()).isEqualTo("ask");
    assertThat(walkthrough.outcome()).isEmpty();
    assertThat(walkthrough.isExpired(T0.plus(LIFETIME))).isFalse();
    assertThat(walkthrough.isExpired(T0.plus(LIFETIME).plusSeconds(1))).isTrue();
    walkthrough.answer("ask", Optional.of("more"), guides, "[]", T0.plusMinutes(20), LIFETIME);
    assertThat(walkthrough.isExpired(T0.plus(LIFETIME).plusSeconds(1))).isFalse();
  }

  @Test
  void answersFollowChoicesAndNextAndContinueIntoAnotherGuide() {
    walkthrough.answer("ask", Optional.of("more"), guides, "[]", T0, LIFETIME);
    walkthrough.answer("read", Optional.empty(), guides, "[]", T0, LIFETIME);
    assertThat(walkthrough.currentStep()).isEqualTo("hand-on");
    assertThat(walkthrough.outcome()).hasValue("continue");
    walkthrough.answer("hand-on", Optional.empty(), guides, "[]", T0, LIFETIME);
    assertThat(walkthrough.currentGuide()).isEqualTo("second");
    assertThat(walkthrough.currentStep()).isEqualTo("call");
    assertThat(walkthrough.outcome()).hasValue("contact-support");
    assertThat(walkthrough.answers()).extracting(Answer::step).containsExactly("ask", "read", "hand-on");
    assertThat(walkthrough.answers()).extracting(Answer::guide).containsOnly("first");
  }

  @Test
  void backReturnsToTheStepAnsweredLastEvenAcrossGuides() {
    walkthrough.answer("ask", Optional.of("more"), guides, "[]", T0, LIFETIME);
    walkthrough.answer("read", Optional.empty(), guides, "[]", T0, LIFETIME);
    walkthrough.answer("hand-on", Optional.empty(), guides, "[]", T0, LIFETIME);
    walkthrough.back(guides, T0, LIFETIME);
    assertThat(walkthrough.currentGuide()).isEqualTo("first");
    assertThat(walkthrough.currentStep()).isEqualTo("hand-on");
    walkthrough.back(guides, T0, LIFETIME);
    walkthrough.back(guides, T0, LIFETIME);
    assertThat(walkthrough.currentStep()).isEqualTo("ask");
    assertThat(walkthrough.answers()).isEmpty();
    refused(() -> walkthrough.back(guides, T0, LIFETIME), Refusal.AT_START);
  }

  @Test
  void refusesAnswersThatDoNotFitTheCurrentStep() {
    refused(() -> walkthrough.answer("read", Optional.empty(), guides, "[]", T0, LIFETIME), Refusal.NOT_AT_STEP);
    refused(() -> walkthrough.answer("no-such-step", Optional.empty(), guides, "[]", T0, LIFETIME), Refusal.NO_SUCH_STEP);
    refused(() -> walkthrough.answer("ask", Optional.empty(), guides, "[]", T0, LIFETIME), Refusal.CHOICE_REQUIRED);
    refused(() -> walkthrough.answer("ask", Optional.of("sideways"), guides, "[]", T0, LIFETIME), Refusal.NO_SUCH_CHOICE);
    walkthrough.answer("ask", Optional.of("more"), guides, "[]", T0, LIFETIME);
    refused(() -> walkthrough.answer("read", Optional.of("fixed"), guides, "[]", T0, LIFETIME), Refusal.CHOICE_NOT_EXPECTED);
    assertThat(walkthrough.currentStep()).isEqualTo("read");
  }

  @Test
  void anEndedWalkthroughTakesNoAnswerButCanGoBack() {
    walkthrough.answer("ask", Optional.of("fixed"), guides, "[]", T0, LIFETIME);
    assertThat(walkthrough.outcome()).hasValue("resolved");
    refused(() -> walkthrough.answer("done", Optional.empty(), guides, "[]", T0, LIFETIME), Refusal.ENDED);
    walkthrough.back(guides, T0, LIFETIME);
    assertThat(walkthrough.outcome()).isEmpty();
  }

  @Test
  void handOverOnlyFromContactSupportAndThenNothingChanges() {
    refused(() -> walkthrough.handOver(T0), Refusal.NOT_CONTACT_SUPPORT);
    walkthrough.answer("ask", Optional.of("more"), guides, "[]", T0, LIFETIME);
    walkthrough.answer("read", Optional.empty(), guides, "[]", T0, LIFETIME);
    walkthrough.answer("hand-on", Optional.empty(), guides, "[]", T0, LIFETIME);
    walkthrough.handOver(T0);
    assertThat(walkthrough.handedOver()).isTrue();
    refused(() -> walkthrough.back(guides, T0, LIFETIME), Refusal.HANDED_OVER);
    refused(() -> walkthrough.handOver(T0), Refusal.HANDED_OVER);
  }

  @Test
  void aStepThatLeftTheGuideIsReportedAsAChangedGuide() {
    walkthrough.answer("ask", Optional.of("more"), guides, "[]", T0, LIFETIME);
    Function<String, Optional<Guide>> none = slug -> Optional.empty();
    refused(() -> walkthrough.answer("read", Optional.empty(), none, "[]", T0, LIFETIME), Refusal.GUIDE_CHANGED);
  }

  private static void refused(ThrowableAssert.ThrowingCallable call, Refusal refusal) {
    assertThatThrownBy(call).isInstanceOfSatisfying(WalkthroughRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
  }
}
