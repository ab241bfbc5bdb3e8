package app.guidepost.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The help center's route tables: which address under {@code /{lang}/} opens which page, and which have none (404). */
class HelpCenterRoutesTest {

  private static Optional<RouteTable.Match<HelpCenter.Shown>> shown(String path) {
    return HelpCenter.PAGES.match(RouteTable.segments(path));
  }

  private static Optional<RouteTable.Match<HelpCenter.Posted>> posted(String path) {
    return HelpCenter.FORMS.match(RouteTable.segments(path));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      /                           | HOME        | -
      /search                     | SEARCH      | -
      /search/                    | SEARCH      | -
      /articles/reset-password    | ARTICLE     | reset-password
      /articles//reset-password/  | ARTICLE     | reset-password
      /categories/accounts        | CATEGORY    | accounts
      /guides/no-internet         | GUIDE       | no-internet
      /walkthroughs/k3Jq-x_9      | WALKTHROUGH | k3Jq-x_9
      """)
  void eachPageHasItsAddress(String path, HelpCenter.Shown page, String value) {
    RouteTable.Match<HelpCenter.Shown> match = shown(path).orElseThrow();
    assertThat(match.page()).isEqualTo(page);
    assertThat(match.values()).isEqualTo(value == null ? List.of() : List.of(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nowhere", "/articles", "/articles/a/b", "/articles/a/feedback", "/categories", "/guides", "/guides/a/b",
      "/walkthroughs", "/search/more", "/editor-like/x", "/Articles/a"})
  void anyOtherAddressIsNotFound(String path) {
    assertThat(shown(path)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      /articles/reset-password/feedback | FEEDBACK           | reset-password
      /guides/no-internet               | START_WALKTHROUGH  | no-internet
      /walkthroughs/k3Jq-x_9            | WALKTHROUGH_ACTION | k3Jq-x_9
      """)
  void eachFormPostsToItsAddress(String path, HelpCenter.Posted form, String value) {
    RouteTable.Match<HelpCenter.Posted> match = posted(path).orElseThrow();
    assertThat(match.page()).isEqualTo(form);
    assertThat(match.values()).containsExactly(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/search", "/articles/a", "/articles/a/feedback/x", "/categories/a", "/guides/a/start", "/walkthroughs"})
  void aFormPostedAnywhereElseIsNotFound(String path) {
    assertThat(posted(path)).isEmpty();
  }
}
