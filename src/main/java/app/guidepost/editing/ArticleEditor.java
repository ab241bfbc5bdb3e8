package app.guidepost.editing;

import app.guidepost.account.Caller;
import app.guidepost.article.Article;
import app.guidepost.article.Audience;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Edit;
import app.guidepost.article.Retirement;
import app.guidepost.article.Revision;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.article.TranslationContent;
import app.guidepost.article.WorkflowState;
import app.guidepost.audit.AuditLog;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.changes.ContentChanged;
import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Saves, moves through the workflow and restores translations, one locked translation at a time. */
@ApplicationScoped
public class ArticleEditor {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject ArticleRepository articles;
  @Inject AuditLog audit;
  @Inject ChangeLog changes;
  @Inject Clock clock;
  @Inject Event<ContentChanged> changed;
  @Inject Caller caller;

  /** What a save did: the translation as it is now, and the revision written (empty when nothing changed). */
  public record Saved(Translation translation, Optional<Revision> revision, boolean created) {}

  /**
   * Saves {@code content} as the next revision of the translation, creating the article and the
   * translation when they do not exist yet.
   *
   * @param basedOn the revision the editor started from; required once the translation exists
   * @param noTranslationUpdateNeeded a published source change that needs no new translation (a
   *     typo fix): translations that matched the previous published source now match this one
   */
  @Transactional
  public Saved save(Slug slug, Language language, TranslationContent given, Edit edit, Optional<Integer> basedOn, boolean noTranslationUpdateNeeded) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Article article = articles.findFresh(slug).orElseGet(() -> {
      Article created = new Article(slug, now);
      articles.add(created);
      return created;
    });
    TranslationContent content = withCredit(article, language, given);
    if (edit.state() == WorkflowState.PUBLISHED) {
      requireRightsOver(article, language, content.audience());
    }
    Optional<Translation> existing = article.translation(language);
    if (existing.isEmpty()) {
      if (basedOn.isPresent()) {
        throw new StaleRevisionException(basedOn.get(), 0);
      }
      Translation translation = article.addTranslation(language, content, edit, now);
      audit.record(edit.author(), "translation.create", target(slug, language), "revision 1, " + edit.state().code() + message(edit));
      entityManager.flush();
      changed(slug);
      return new Saved(translation, Optional.of(translation.newest()), true);
    }
    Translation translation = locked(existing.get(), basedOn);
    Optional<Integer> previouslyPublished = translation.publishedRevision();
    Optional<Revision> revision = translation.edit(content, edit, now);
    revision.ifPresent(r -> {
      audit.record(edit.author(), "translation.save", target(slug, language), "revision " + r.number() + ", " + edit.state().code() + message(edit));
      if (noTranslationUpdateNeeded && edit.state() == WorkflowState.PUBLISHED) {
        confirmTranslationsOf(article, language, previouslyPublished, r.number(), edit.author(), now);
      }
      changed(slug);
    });
    entityManager.flush();
    return new Saved(translation, revision, false);
  }

  /** Moves the newest revision to {@code state}: to review, back to draft, or published. */
  @Transactional
  public Translation moveTo(Slug slug, Language language, WorkflowState state, int basedOn, String actor) {
    Translation translation = locked(find(slug, language), Optional.of(basedOn));
    if (state == WorkflowState.PUBLISHED) {
      requireRightsOver(translation.article(), language, translation.newest().content().audience());
    }
    if (translation.state() != state) {
      translation.moveTo(state, OffsetDateTime.now(clock));
      audit.record(actor, "translation.state", target(slug, language), "revision " + translation.currentRevision() + " " + state.code());
      changed(slug);
    }
    entityManager.flush();
    return translation;
  }

  /** Saves an old revision's text again as the newest revision. */
  @Transactional
  public Saved restore(Slug slug, Language language, int number, Edit edit, int basedOn) {
    Translation translation = locked(find(slug, language), Optional.of(basedOn));
    Revision old = translation.revision(number).orElseThrow(() -> new RevisionNotFoundException(slug, language, number));
    if (edit.state() == WorkflowState.PUBLISHED) {
      requireRightsOver(translation.article(), language, old.content().audience());
    }
    Edit restore = new Edit(edit.author(), Optional.of(edit.message().orElse("Restored revision " + number)), edit.state(), edit.origin());
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Revision> revision = translation.edit(old.content(), restore, now);
    revision.ifPresent(r -> {
      audit.record(edit.author(), "translation.restore", target(slug, language), "revision " + number + " saved as revision " + r.number());
      changed(slug);
    });
    entityManager.flush();
    return new Saved(translation, revision, false);
  }

  /**
   * The text as saved, still crediting the published original it was made from. Editors'
   * forms, the JSON API and XLIFF files do not carry the credit; a save that names none keeps
   * the one the translation had, and a new translation takes its source's.
   */
  private static TranslationContent withCredit(Article article, Language language, TranslationContent given) {
    if (given.creditsASource()) {
      return given;
    }
    return article.translation(language).map(t -> t.newest().content())
        .or(() -> given.translationOf().flatMap(article::translation).map(t -> t.newest().content()))
        .filter(TranslationContent::creditsASource)
        .map(given::withSourceOf)
        .orElse(given);
  }

  /**
   * An editor's rights bound what their save does: publishing another audience in one language
   * changes who may read every language of the article, so it needs the right to edit each.
   */
  private void requireRightsOver(Article article, Language language, Audience audience) {
    List<String> outOfReach = article.languagesAffectedByPublishing(language, audience).stream()
        .filter(affected -> !caller.mayEdit(affected))
        .map(Language::code)
        .sorted()
        .toList();
    if (!outOfReach.isEmpty()) {
      throw new Caller.NotAllowedException("Publishing this translation as '" + audience.code() + "' would change who may read the article in "
          + String.join(", ", outOfReach) + ", which this account may not edit. Ask an editor of every language of the article.");
    }
  }

  /** The article's retirement as it is after a change, and whether the change did anything. */
  public record Retired(Optional<Retirement> retirement, boolean changed) {}

  /**
   * Takes the article out of the help center, every language at once: search, the article page,
   * guides and the sitemap no longer have it, on every instance. Needs the right to edit every
   * language it has; retiring a retired article changes nothing.
   */
  @Transactional
  public Retired retire(Slug slug, Optional<String> because) {
    Article article = lockedArticle(slug);
    boolean changedNow = article.retire(OffsetDateTime.now(clock), caller.actor(), because);
    if (changedNow) {
      audit.record(caller.actor(), "article.retire", "article:" + slug.value(), because.filter(b -> !b.isBlank()).orElse(null));
      changed(slug);
    }
    return new Retired(article.retirement(), changedNow);
  }

  /** Puts a retired article back, each translation at the revision it was published at. */
  @Transactional
  public Retired reinstate(Slug slug) {
    Article article = lockedArticle(slug);
    boolean changedNow = article.reinstate();
    if (changedNow) {
      audit.record(caller.actor(), "article.reinstate", "article:" + slug.value(), null);
      changed(slug);
    }
    return new Retired(article.retirement(), changedNow);
  }

  /** Whether the caller may retire or reinstate the article: they may edit every language it has. */
  public boolean mayRetire(Article article) {
    return caller.is(app.guidepost.account.Role.EDITOR) && article.translations().stream().allMatch(t -> caller.mayEdit(t.language()));
  }

  private Article lockedArticle(Slug slug) {
    Article article = articles.findFresh(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
    entityManager.lock(article, LockModeType.PESSIMISTIC_WRITE);
    if (!mayRetire(article)) {
      throw new Caller.NotAllowedException("Retiring or reinstating an article changes every language it has: "
          + article.translations().stream().map(t -> t.language().code()).sorted().toList() + ". Ask an editor of all of them.");
    }
    return article;
  }

  /** Records the change in the log, in this transaction, and tells this instance's index to follow once it commits. */
  private void changed(Slug slug) {
    changes.record(ChangeKind.ARTICLE, slug.value());
    changed.fire(new ContentChanged(slug.value()));
  }

  public Translation find(Slug slug, Language language) {
    return articles.findFresh(slug).flatMap(a -> a.translation(language)).orElseThrow(() -> new TranslationNotFoundException(slug, language));
  }

  /**
   * The translation locked for this transaction and re-read, so that concurrent saves run one
   * after the other and the later one sees what the earlier one wrote.
   */
  private Translation locked(Translation translation, Optional<Integer> basedOn) {
    entityManager.refresh(translation, LockModeType.PESSIMISTIC_WRITE);
    int current = translation.currentRevision();
    int base = basedOn.orElseThrow(() -> new PreconditionRequiredException(current));
    if (base != current) {
      throw new StaleRevisionException(base, current);
    }
    return translation;
  }

  private void confirmTranslationsOf(Article article, Language source, Optional<Integer> previouslyPublished, int now, String actor, OffsetDateTime at) {
    for (Translation other : article.translations()) {
      if (other.translationOf().filter(source::equals).isPresent() && previouslyPublished.isPresent()
          && other.sourceRevision().filter(previouslyPublished.get()::equals).isPresent()) {
        other.confirmUpToDateWith(now, at);
        audit.record(actor, "translation.still-current", target(article.slug(), other.language()), "matches " + source.code() + " revision " + now);
      }
    }
  }

  private static String target(Slug slug, Language language) {
    return "article:" + slug.value() + "/" + language.code();
  }

  private static String message(Edit edit) {
    return edit.message().map(m -> ": " + m).orElse("");
  }

  /** No such translation. */
  /** No article with this slug: 404. */
  public static final class ArticleNotFoundException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    ArticleNotFoundException(Slug slug) {
      super(404, "Article not found", "There is no article '" + slug.value() + "'.");
    }
  }

  public static final class TranslationNotFoundException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    TranslationNotFoundException(Slug slug, Language language) {
      super(404, "Translation not found", "Article '" + slug.value() + "' has no translation in " + language.code() + ".");
    }
  }

  /** No such revision. */
  public static final class RevisionNotFoundException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    RevisionNotFoundException(Slug slug, Language language, int number) {
      super(404, "Revision not found", "Article '" + slug.value() + "' in " + language.code() + " has no revision " + number + ".");
    }
  }
}
