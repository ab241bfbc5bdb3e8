package app.guidepost.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceRevisionsTest {

  @Test
  void aTranslationIsOutdatedWhenMadeFromAnOlderOrAnUnnamedSourceRevision() {
    assertThat(SourceRevisions.isOutdated(Optional.of(3), Optional.of(3))).contains(false);
    assertThat(SourceRevisions.isOutdated(Optional.of(4), Optional.of(3))).contains(false);
    assertThat(SourceRevisions.isOutdated(Optional.of(2), Optional.of(3))).contains(true);
    assertThat(SourceRevisions.isOutdated(Optional.empty(), Optional.of(1))).contains(true);
  }

  @Test
  void withoutASourceRevisionToCompareWithNothingIsKnown() {
    assertThat(SourceRevisions.isOutdated(Optional.of(2), Optional.empty())).isEmpty();
    assertThat(SourceRevisions.isOutdated(Optional.empty(), Optional.empty())).isEmpty();
  }
}
