package app.guidepost.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditTest {

  @Test
  void aRevisionMessageKeepsItsTextWithoutInvisibleOrControlCharacters() {
    Edit edit = new Edit("lan", Optional.of(" Fixed \u202Etxt.exe\u0007 typo\nin step 2 "), WorkflowState.DRAFT, RevisionOrigin.EDITOR);
    assertThat(edit.message()).contains("Fixed  txt.exe  typo in step 2");
    assertThat(new Edit("lan", Optional.of("\u200B\u2060"), WorkflowState.DRAFT, RevisionOrigin.EDITOR).message()).isEmpty();
    assertThat(new Edit("lan", Optional.of("x".repeat(600)), WorkflowState.DRAFT, RevisionOrigin.EDITOR).message().orElseThrow()).hasSize(RevisionStamp.MAX_MESSAGE);
  }
}
