package app.guidepost.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editor's route tables: which address under {@code /{lang}/editor} opens which page, which
 * form it saves, and which have none (404 for a page, 400 for a form).
 */
class EditorRoutesTest {

  private static Optional<RouteTable.Match<EditorPages.Shown>> shown(String path) {
    return EditorPages.PAGES.match(RouteTable.segments(path));
  }

  private static Optional<RouteTable.Match<EditorPages.Posted>> posted(String path) {
    return EditorPages.FORMS.match(RouteTable.segments(path));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ''                              | LIST        | ''
      /                               | LIST        | ''
      /reset-password/vi              | TRANSLATION | reset-password vi
      /reset-password/xx              | TRANSLATION | reset-password xx
      /reset-password/vi/history      | HISTORY     | reset-password vi
      /guides/no-internet/de          | GUIDE_TEXTS | no-internet de
      /guides/no-internet/no          | GUIDE_TEXTS | no-internet no
      /guides/no-internet/history     | HISTORY     | guides no-internet
      /guides/en                      | TRANSLATION | guides en
      """)
  void eachPageHasItsAddress(String path, EditorPages.Shown page, String values) {
    RouteTable.Match<EditorPages.Shown> match = shown(path).orElseThrow();
    assertThat(match.page()).isEqualTo(page);
    assertThat(match.values()).isEqualTo(Arrays.stream(values.split(" ")).filter(v -> !v.isEmpty()).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/reset-password", "/reset-password/vi/revisions", "/reset-password/vi/history/3", "/guides/no-internet/de/x",
      "/a/b/c/d"})
  void anyOtherAddressIsNotFound(String path) {
    assertThat(shown(path)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      /reset-password/vi              | SAVE_TRANSLATION | reset-password vi
      /reset-password/vi/history      | RESTORE          | reset-password vi
      /reset-password/vi/other/more   | SAVE_TRANSLATION | reset-password vi
      /guides/no-internet/ar          | SAVE_GUIDE_TEXTS | no-internet ar
      /guides/no-internet/history     | RESTORE          | guides no-internet
      """)
  void eachFormPostsToItsAddress(String path, EditorPages.Posted form, String values) {
    RouteTable.Match<EditorPages.Posted> match = posted(path).orElseThrow();
    assertThat(match.page()).isEqualTo(form);
    assertThat(match.values()).isEqualTo(Arrays.stream(values.split(" ")).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "/reset-password"})
  void aFormPostedAboveATranslationIsABadRequest(String path) {
    assertThat(posted(path)).isEmpty();
  }
}
