package app.guidepost.editing;

import app.guidepost.article.Slug;
import app.guidepost.content.ContentFileException;
import app.guidepost.content.GuideFiles;
import app.guidepost.content.GuideTextsWriter;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideTranslation;
import app.guidepost.guide.StoredGuide;
import app.guidepost.i18n.Language;
import app.guidepost.search.IndexFollower;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Saves a guide's texts in one language from the editor: against the revision the editor
 * started from (a later save by someone else is a conflict, never overwritten), checked against
 * the guide's steps and choices exactly as an imported file is, recorded in the change log, then
 * published and reindexed on this instance before the save answers (others follow the log).
 * A translation records the source revision it was made beside.
 */
@ApplicationScoped
public class GuideTextEditor {

  /** The texts an editor typed for one language. */
  public record Input(String title, Optional<String> summary, Map<String, GuideTextsWriter.StepTexts> steps) {}

  /** What a save did: the guide's texts in that language now, and the revision written (empty when nothing changed). */
  public record Saved(GuideTranslation texts, Optional<Integer> revision) {}

  @Inject GuideTextStore texts;
  @Inject IndexFollower follower;

  /**
   * Saves and, when the texts changed, publishes them: readers see them as soon as this returns.
   *
   * @param basedOn the revision the editor started from; required once the language has texts
   */
  public Saved save(StoredGuide guide, Language language, Input input, Optional<Integer> basedOn, String author, Optional<String> message) {
    Saved saved = texts.store(guide.slug(), language, input, basedOn, author, message);
    if (saved.revision().isPresent()) {
      try {
        follower.catchUp();
      } catch (java.io.IOException e) {
        // Saved all the same: the next poll publishes and indexes it.
        java.util.logging.Logger.getLogger(GuideTextEditor.class.getName()).log(java.util.logging.Level.WARNING, "Could not follow guide " + guide.slug() + " at once", e);
      }
    }
    return saved;
  }

  /** The steps and choices the stored guide has now. */
  public static Guide shape(StoredGuide stored) {
    try {
      return GuideFiles.guide(new Slug(stored.slug()), stored.shape());
    } catch (ContentFileException e) {
      throw new IllegalStateException("The stored shape of guide " + stored.slug() + " cannot be read: " + e.getMessage(), e);
    }
  }
}
