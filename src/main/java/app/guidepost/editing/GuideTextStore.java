package app.guidepost.editing;

import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.RevisionStamp;
import app.guidepost.audit.AuditLog;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.content.ContentFileException;
import app.guidepost.content.GuideFiles;
import app.guidepost.content.GuideTextsWriter;
import app.guidepost.editing.GuideTextEditor.Input;
import app.guidepost.editing.GuideTextEditor.Saved;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideProblem;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes one language's guide texts as a new revision, with the guide row locked so that concurrent saves run one after the other. */
@ApplicationScoped
class GuideTextStore {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject GuideRepository guides;
  @Inject AuditLog audit;
  @Inject ChangeLog changes;
  @Inject Clock clock;

  @Transactional
  public Saved store(String slug, Language language, Input input, Optional<Integer> basedOn, String author, Optional<String> message) {
    StoredGuide stored = guides.find(slug).orElseThrow();
    entityManager.refresh(stored, LockModeType.PESSIMISTIC_WRITE);
    int current = stored.text(language).map(GuideTranslation::currentRevision).orElse(0);
    if (basedOn.isEmpty() && current > 0) {
      throw new PreconditionRequiredException(current);
    }
    if (basedOn.orElse(0) != current) {
      throw new StaleRevisionException(basedOn.orElse(0), current);
    }
    Guide guide = GuideTextEditor.shape(stored);
    boolean source = language == guide.source();
    Optional<Integer> sourceRevision = source ? Optional.empty() : stored.text(guide.source()).map(GuideTranslation::currentRevision);
    String yaml = GuideTextsWriter.write(guide, input.title(), input.summary(), source ? Optional.empty() : Optional.of(guide.source()),
        sourceRevision, input.steps());
    GuideTexts parsed;
    try {
      parsed = GuideFiles.texts(language, yaml);
    } catch (ContentFileException e) {
      throw new InvalidInputException("Invalid guide texts", e.getMessage());
    }
    var problems = parsed.problems(guide);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Incomplete guide texts", problems.stream().map(GuideProblem::message).collect(Collectors.joining("; ")) + ".");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Integer> revision = stored.reviseTexts(parsed, yaml, new RevisionStamp(RevisionOrigin.EDITOR, now, author, message));
    revision.ifPresent(n -> changes.record(ChangeKind.GUIDE, slug));
    revision.ifPresent(n -> audit.record(author, "guide.texts.save", "guide:" + slug + "/" + language.code(),
        "revision " + n + message.filter(m -> !m.isBlank()).map(m -> ": " + m).orElse("")));
    entityManager.flush();
    return new Saved(stored.text(language).orElseThrow(), revision);
  }

}
