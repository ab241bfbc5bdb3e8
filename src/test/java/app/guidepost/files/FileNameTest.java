package app.guidepost.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"router.png", "step-2_settings.v2.jpg", "a.b", "2026-12-07.log"})
  void namesThatReadTheSameInEveryAddressAreTaken(String name) {
    assertThat(FileName.require(name).value()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Router.png", "router", "../secret.png", "a/b.png", "a..png", ".hidden.png", "name.png.", "rồi.png", "a b.png", "x.toolong"})
  void otherNamesAreRefusedWithTheRule(String name) {
    assertThatThrownBy(() -> FileName.require(name))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not a file name: use lowercase a-z, digits and single - _ or . between them");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Router lights (front).PNG        | router-lights-front.png
      Ảnh chụp màn hình đèn.jpg        | anh-chup-man-hinh-den.jpg
      C:\\Users\\an\\Desktop\\Fehler – Drucker.pdf | fehler-drucker.pdf
      Größe.TXT                        | grosse.txt
      """)
  void namesPeopleGiveBecomeOnes(String given, String stored) {
    assertThat(FileName.suggestedFor(given)).contains(new FileName(stored));
  }

  @Test
  void namesWithNothingLatinLeftOrNoExtensionHaveNoSuggestion() {
    assertThat(FileName.suggestedFor("صورة.png")).isEmpty();
    assertThat(FileName.suggestedFor("README")).isEmpty();
    assertThat(FileName.suggestedFor("x".repeat(300) + ".png")).hasValueSatisfying(n -> assertThat(n.value()).hasSize(FileName.MAX_LENGTH));
  }
}
