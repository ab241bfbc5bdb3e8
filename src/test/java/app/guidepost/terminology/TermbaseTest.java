package app.guidepost.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermbaseTest {

  private static Concept concept(String id, String english) {
    return new Concept(id, Optional.empty(), Optional.empty(), Map.of(Language.EN, List.of(Term.preferred(english))));
  }

  @Test
  void theContentFoldersConceptReplacesTheShippedOneWhereItStandsAndNewOnesFollow() {
    Termbase shipped = Termbase.of(List.of(concept("a", "alpha"), concept("b", "beta"), concept("c", "gamma")));
    Termbase own = Termbase.of(List.of(concept("new", "our product"), concept("b", "beta, our way")));
    Termbase merged = shipped.overriddenBy(own);
    assertThat(merged.concepts()).extracting(Concept::id).containsExactly("a", "b", "c", "new");
    assertThat(merged.concept("b").orElseThrow().wordsInUse(Language.EN)).containsExactly("beta, our way");
    assertThat(shipped.overriddenBy(Termbase.EMPTY)).isSameAs(shipped);
  }

  @Test
  void idsAreUnique() {
    assertThatThrownBy(() -> Termbase.of(List.of(concept("a", "x"), concept("a", "y"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("concept id used twice: a");
  }

  @Test
  void thePreferredTermIsTheMarkedOneElseTheFirstInUse() {
    Concept marked = new Concept("x", Optional.empty(), Optional.empty(), Map.of(Language.DE, List.of(
        new Term("Kennwort", Term.Status.DEPRECATED, false), Term.admitted("PW"), Term.preferred("Passwort"))));
    assertThat(marked.preferred(Language.DE).map(Term::text)).contains("Passwort");
    Concept unmarked = new Concept("y", Optional.empty(), Optional.empty(), Map.of(Language.DE, List.of(
        new Term("Kennwort", Term.Status.SUPERSEDED, false), Term.admitted("Passwort"))));
    assertThat(unmarked.preferred(Language.DE).map(Term::text)).contains("Passwort");
    assertThat(unmarked.preferred(Language.AR)).isEmpty();
  }
}
