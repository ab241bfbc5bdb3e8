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

  @Test
  void aRevertedConceptIsInEffectAsTheContentFolderSaysItAndItsHistoryGoesOn() {
    String shippedId = Terminology.shipped().concepts().get(0).id();
    Concept folder = concept(shippedId, "from the folder");
    terminology.replaceOwn(Termbase.of(List.of(folder)));
    EditedConcept row = EditedConcept.first(concept(shippedId, "edited"), false, STAMP);
    database.rows.put(shippedId, row);
    terminology.loadEdited();
    assertThat(terminology.current().concept(shippedId).orElseThrow().wordsInUse(Language.EN)).containsExactly("edited");

    Terminology.FileVersion file = terminology.fileVersion(shippedId).orElseThrow();
    assertThat(file).isEqualTo(new Terminology.FileVersion(folder, Terminology.Origin.CONTENT_FOLDER));
    assertThat(row.revertTo(file.concept(), STAMP)).contains(2);
    assertThat(row.revertTo(file.concept(), STAMP)).as("reverted already").isEmpty();
    terminology.conceptsChanged(new TermsChanged(Set.of(shippedId)));

    assertThat(terminology.current().concept(shippedId)).contains(folder);
    assertThat(terminology.entry(shippedId)).as("the file's version, with the revision a next save names")
        .contains(new Terminology.Entry(folder, Terminology.Origin.CONTENT_FOLDER, 2, false));
    assertThat(row.revisions()).extracting(TermRevision::number, TermRevision::reverted).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
    assertThat(row.revisions().get(0).concept().wordsInUse(Language.EN)).as("nothing stored is lost").containsExactly("edited");
    assertThat(terminology.entries()).filteredOn(e -> e.concept().id().equals(shippedId)).hasSize(1);

    // Not edited any more: the folder's next version is in effect as it says.
    Concept folderAgain = concept(shippedId, "folder again");
    terminology.replaceOwn(Termbase.of(List.of(folderAgain)));
    assertThat(terminology.current().concept(shippedId)).contains(folderAgain);
    // Without the folder's version, the shipped one is the file's version.
    terminology.replaceOwn(Termbase.EMPTY);
    assertThat(terminology.entry(shippedId).orElseThrow().origin()).isEqualTo(Terminology.Origin.SHIPPED);
    assertThat(terminology.current().concept(shippedId)).isEqualTo(Terminology.shipped().concept(shippedId));

    // A later edit starts over the file's version and continues the numbers, even when it says what the revert held.
    assertThat(row.revise(folder, false, STAMP)).contains(3);
    terminology.conceptsChanged(new TermsChanged(Set.of(shippedId)));
    assertThat(terminology.entry(shippedId)).contains(new Terminology.Entry(folder, Terminology.Origin.EDITED, 3, false));
    assertThat(terminology.current().concept(shippedId)).contains(folder);
  }

  @Test
  void aRetiredConceptRevertedToTheShippedVersionIsSearchedAgainOnEveryInstance() {
    String shippedId = Terminology.shipped().concepts().get(5).id();
    Concept shipped = Terminology.shipped().concept(shippedId).orElseThrow();
    EditedConcept row = EditedConcept.first(shipped, true, STAMP);
    database.rows.put(shippedId, row);
    Terminology other = terminology(database);
    terminology.loadEdited();
    other.loadEdited();
    assertThat(other.current().concept(shippedId)).isEmpty();

    row.revertTo(Terminology.shipped().concept(shippedId).orElseThrow(), STAMP);
    assertThat(row.retired()).isFalse();
    // One instance reverted it; the other reads it again when the change log names it, the next start reads it whole.
    other.conceptsChanged(new TermsChanged(Set.of(shippedId)));
    Terminology restarted = terminology(database);
    restarted.loadEdited();
    for (Terminology instance : List.of(other, restarted)) {
      assertThat(instance.current().concept(shippedId)).contains(shipped);
      assertThat(instance.current().size()).isEqualTo(Terminology.shipped().size());
      assertThat(instance.entry(shippedId)).contains(new Terminology.Entry(shipped, Terminology.Origin.SHIPPED, 2, false));
      assertThat(instance.entries()).hasSize(Terminology.shipped().size()).noneMatch(Terminology.Entry::retired);
      assertThat(new ConceptFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Terminology.Origin.EDITED), false)
          .apply(instance.entries())).as("not edited any more").isEmpty();
    }
  }

  @Test
  void aConceptCreatedHereHasNoFileVersionAndOneRevertedToAFolderThatDroppedItIsKeptAsRetired() {
    terminology.loadEdited();
    assertThat(terminology.fileVersion("acme-portal")).isEmpty();
    String shippedId = Terminology.shipped().concepts().get(1).id();
    assertThat(terminology.fileVersion(shippedId)).contains(
        new Terminology.FileVersion(Terminology.shipped().concept(shippedId).orElseThrow(), Terminology.Origin.SHIPPED));

    Concept folder = concept("acme-folder", "folder only");
    terminology.replaceOwn(Termbase.of(List.of(folder)));
    EditedConcept row = EditedConcept.first(concept("acme-folder", "edited"), false, STAMP);
    row.revertTo(folder, STAMP);
    database.rows.put("acme-folder", row);
    terminology.loadEdited();
    assertThat(terminology.current().concept("acme-folder")).contains(folder);

    terminology.replaceOwn(Termbase.EMPTY);
    assertThat(terminology.current().concept("acme-folder")).isEmpty();
    assertThat(terminology.entry("acme-folder")).contains(new Terminology.Entry(folder, Terminology.Origin.EDITED, 2, true));
    assertThat(terminology.entries()).last().isEqualTo(new Terminology.Entry(folder, Terminology.Origin.EDITED, 2, true));
    assertThat(terminology.fileVersion("acme-folder")).isEmpty();
  }
}
