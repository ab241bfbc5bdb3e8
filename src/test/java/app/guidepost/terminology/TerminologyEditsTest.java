package app.guidepost.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.RevisionStamp;
import app.guidepost.changes.TermsChanged;
import app.guidepost.i18n.Language;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The termbase in effect: shipped, then the content folder's, then what editors changed, retired concepts left out. */
class TerminologyEditsTest {

  private static final RevisionStamp STAMP = new RevisionStamp(RevisionOrigin.EDITOR, OffsetDateTime.parse("2026-12-06T10:00:00Z"), "ed", Optional.empty());

  /** The database's edited concepts, held in memory. */
  private static final class InMemory extends EditedConcepts {
    final Map<String, EditedConcept> rows = new LinkedHashMap<>();

    @Override
    public List<EditedConcept> all() {
      return List.copyOf(rows.values());
    }

    @Override
    public Optional<EditedConcept> find(String id) {
      return Optional.ofNullable(rows.get(id));
    }
  }

  private static Concept concept(String id, String english) {
    return new Concept(id, Optional.of("test"), Optional.empty(), Map.of(Language.EN, List.of(Term.preferred(english))));
  }

  private final InMemory database = new InMemory();
  private final Terminology terminology = terminology(database);

  private static Terminology terminology(EditedConcepts database) {
    Terminology terminology = new Terminology();
    terminology.editedConcepts = database;
    return terminology;
  }

  @Test
  void anEditOverridesTheShippedConceptAndTheContentFoldersAndANewOneIsAdded() {
    String shippedId = Terminology.shipped().concepts().get(0).id();
    terminology.replaceOwn(Termbase.of(List.of(concept(shippedId, "from the folder"), concept("acme-portal", "Acme portal"))));
    assertThat(terminology.entry(shippedId).orElseThrow().origin()).isEqualTo(Terminology.Origin.CONTENT_FOLDER);

    database.rows.put(shippedId, EditedConcept.first(concept(shippedId, "edited"), false, STAMP));
    database.rows.put("acme-vpn", EditedConcept.first(concept("acme-vpn", "Acme VPN"), false, STAMP));
    terminology.loadEdited();

    assertThat(terminology.current().concept(shippedId).orElseThrow().wordsInUse(Language.EN)).containsExactly("edited");
    assertThat(terminology.current().concept("acme-vpn")).isPresent();
    assertThat(terminology.current().concept("acme-portal").orElseThrow().wordsInUse(Language.EN)).containsExactly("Acme portal");
    assertThat(terminology.current().size()).isEqualTo(Terminology.shipped().size() + 2);
    Terminology.Entry entry = terminology.entry(shippedId).orElseThrow();
    assertThat(entry.origin()).isEqualTo(Terminology.Origin.EDITED);
    assertThat(entry.revision()).isEqualTo(1);

    // A new import of the folder does not undo the edit.
    terminology.replaceOwn(Termbase.of(List.of(concept(shippedId, "folder again"))));
    assertThat(terminology.current().concept(shippedId).orElseThrow().wordsInUse(Language.EN)).containsExactly("edited");
  }

  @Test
  void aRetiredConceptNamesNothingAndIsListedLastForTranslators() {
    String shippedId = Terminology.shipped().concepts().get(3).id();
    Concept shipped = Terminology.shipped().concept(shippedId).orElseThrow();
    database.rows.put(shippedId, EditedConcept.first(shipped, true, STAMP));
    terminology.loadEdited();

    assertThat(terminology.current().concept(shippedId)).isEmpty();
    assertThat(terminology.current().size()).isEqualTo(Terminology.shipped().size() - 1);
    List<Terminology.Entry> entries = terminology.entries();
    assertThat(entries).hasSize(Terminology.shipped().size());
    assertThat(entries.get(entries.size() - 1)).isEqualTo(new Terminology.Entry(shipped, Terminology.Origin.EDITED, 1, true));
  }

  @Test
  void aChangeTheLogNamesIsReadAgainAndOnlyThatOne() {
    terminology.loadEdited();
    EditedConcept portal = EditedConcept.first(concept("acme-portal", "Acme portal"), false, STAMP);
    database.rows.put("acme-portal", portal);
    database.rows.put("acme-other", EditedConcept.first(concept("acme-other", "not named"), false, STAMP));

    terminology.conceptsChanged(new TermsChanged(Set.of("acme-portal")));
    assertThat(terminology.current().concept("acme-portal")).isPresent();
    assertThat(terminology.current().concept("acme-other")).as("not named by the log yet").isEmpty();

    assertThat(portal.revise(concept("acme-portal", "Acme self-service portal"), false, STAMP)).contains(2);
    assertThat(portal.revise(concept("acme-portal", "Acme self-service portal"), false, STAMP)).as("the same again").isEmpty();
    terminology.conceptsChanged(new TermsChanged(Set.of("acme-portal")));
    assertThat(terminology.current().concept("acme-portal").orElseThrow().wordsInUse(Language.EN)).containsExactly("Acme self-service portal");
    assertThat(terminology.entry("acme-portal").orElseThrow().revision()).isEqualTo(2);
    assertThat(portal.revisions()).extracting(TermRevision::number).containsExactly(1, 2);
    assertThat(portal.revisions().get(0).concept().wordsInUse(Language.EN)).containsExactly("Acme portal");

    database.rows.remove("acme-portal");
    terminology.conceptsChanged(new TermsChanged(Set.of("acme-portal")));
    assertThat(terminology.entry("acme-portal")).isEmpty();
  }
}
