package app.guidepost.content;

import app.guidepost.article.RevisionStamp;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideRepository;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.StoredGuide;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Stores one imported guide, shape and valid texts, in its own transaction: all of it, or none of it. */
@ApplicationScoped
public class GuideStore {

  /** One language's texts as parsed, with the YAML they were parsed from. */
  record ParsedTexts(GuideTexts texts, String yaml) {}

  @Inject GuideRepository guides;
  @Inject Clock clock;
  @Inject ChangeLog changes;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public StoreOutcome store(Guide guide, String shapeYaml, List<ParsedTexts> texts) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    var existing = guides.find(guide.slug());
    StoredGuide stored = existing.orElseGet(() -> {
      StoredGuide created = new StoredGuide(guide, shapeYaml, RevisionStamp.imported(now));
      guides.add(created);
      return created;
    });
    boolean changed = existing.isPresent() && stored.reviseShape(guide, shapeYaml, RevisionStamp.imported(now));
    for (ParsedTexts parsed : texts) {
      changed |= stored.reviseTexts(parsed.texts(), parsed.yaml(), RevisionStamp.imported(now)).isPresent();
    }
    if (existing.isEmpty() || changed) {
      changes.record(ChangeKind.GUIDE, guide.slug());
    }
    return existing.isEmpty() ? StoreOutcome.CREATED : changed ? StoreOutcome.REVISED : StoreOutcome.UNCHANGED;
  }
}
