package app.guidepost.walkthrough;

import app.guidepost.article.Audience;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.LinkedSections;
import app.guidepost.i18n.Language;
import app.guidepost.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts, moves and finds walkthroughs. A walkthrough is found only by its token: a malformed,
 * unknown or someone else's internal walkthrough all get the same "not found", so that
 * answers leak nothing about which tokens exist.
 */
@ApplicationScoped
public class Walkthroughs {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject GuideCatalog catalog;
  @Inject LinkedSections sections;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "guidepost.walkthrough.lifetime", defaultValue = "PT24H")
  Duration lifetime;

  /** A new walkthrough and the token that reaches it; the token is shown once and never stored. */
  public record Started(String token, Walkthrough walkthrough) {}

  @Transactional
  public Started start(String slug, Language language, boolean staff) {
    Guide guide = guides(staff).apply(slug).orElseThrow(() -> new WalkthroughRefusedException(Refusal.GUIDE_NOT_FOUND, "There is no guide '" + slug + "'."));
    String token = newToken();
    Walkthrough walkthrough = new Walkthrough(Sha256.hex(token), guide, language, now(), lifetime);
    entityManager.persist(walkthrough);
    entityManager.flush();
    return new Started(token, walkthrough);
  }

  @Transactional
  public Walkthrough answer(String token, String step, Optional<String> choice, boolean staff) {
    Walkthrough walkthrough = open(token, staff);
    walkthrough.answer(step, choice, guides(staff), ShownSections.record(shownAt(walkthrough)), now(), lifetime);
    entityManager.flush();
    return walkthrough;
  }

  @Transactional
  public Walkthrough back(String token, boolean staff) {
    Walkthrough walkthrough = open(token, staff);
    walkthrough.back(guides(staff), now(), lifetime);
    entityManager.flush();
    return walkthrough;
  }

  /** A walkthrough to read; an expired one can still be read (its transcript stays useful). */
  public Walkthrough find(String token, boolean staff) {
    return lookup(token, staff);
  }

  /** A walkthrough to change: it must not have expired. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Walkthrough open(String token, boolean staff) {
    Walkthrough walkthrough = lookup(token, staff);
    if (walkthrough.isExpired(now())) {
      throw new WalkthroughRefusedException(Refusal.EXPIRED,
          "This walkthrough expired at " + walkthrough.expiresAt() + " after " + lifetime.toMinutes() + " minutes without activity. Start the guide again.");
    }
    return walkthrough;
  }

  /**
   * The sections the current step of {@code walkthrough} shows, in its language. A walkthrough
   * of a public guide shows public articles only, whoever walks it: anyone holding its address
   * may read it and its notes.
   */
  public List<LinkedSections.Shown> shownAt(Walkthrough walkthrough) {
    boolean internal = walkthrough.audience() != Audience.PUBLIC;
    return currentStep(walkthrough, true)
        .map(step -> step.links().stream().map(link -> sections.resolve(link, walkthrough.language(), internal)).flatMap(Optional::stream).toList())
        .orElse(List.of());
  }

  /** The step the walkthrough stands at, if its guide still has it. */
  public Optional<GuideStep> currentStep(Walkthrough walkthrough, boolean staff) {
    return guides(staff).apply(walkthrough.currentGuide()).map(g -> g.stepsById().get(walkthrough.currentStep()));
  }

  /** The published guides a visitor may walk, by slug: public ones, and internal ones for staff. */
  public Function<String, Optional<Guide>> guides(boolean staff) {
    return slug -> catalog.guide(slug).map(GuideCatalog.PublishedGuide::guide).filter(g -> staff || g.audience() == Audience.PUBLIC);
  }

  public Duration lifetime() {
    return lifetime;
  }

  private Walkthrough lookup(String token, boolean staff) {
    WalkthroughRefusedException notFound = new WalkthroughRefusedException(Refusal.NOT_FOUND,
        "There is no walkthrough with this id. Check the address, or start the guide again.");
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw notFound;
    }
    Walkthrough walkthrough = entityManager
        .createQuery("select w from Walkthrough w where w.tokenHash = :hash", Walkthrough.class)
        .setParameter("hash", Sha256.hex(token))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> notFound);
    if (walkthrough.audience() == Audience.AGENT && !staff) {
      throw notFound;
    }
    return walkthrough;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
