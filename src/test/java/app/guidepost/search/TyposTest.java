package app.guidepost.search;

import static app.guidepost.search.SearchFixtures.english;
import static app.guidepost.search.SearchFixtures.slugs;
import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A word typed wrong still says what the question is about. */
class TyposTest {

  @RegisterExtension final IndexedFolder indexed = new IndexedFolder();

  @Test
  void aMistypedWordWeighsAboutAsMuchAsTheRightSpellingInTheBody() throws Exception {
    ArticleSearch search = indexed.searchOver(
        english("network", "Network", "Connect the printer to the network."),
        english("user", "Add a user", "Open Settings and add a user account."));

    float typedRight = score(search, "printer");
    float mistyped = score(search, "pritner");
    // Often the one word that tells articles apart ("add a new pritner"): a respelling counts
    // less than the word itself (one field, and less for each edit), but not a trifle of it
    // (at a typo weight of 0.3, a ninth).
    assertThat(mistyped).isBetween(typedRight * 0.3f, typedRight);
  }

  @Test
  void aStopWordIsNoTypo() throws Exception {
    ArticleSearch search = indexed.searchOver(
        english("mice", "Wireless mice", "Wireless mice need fresh batteries."),
        english("network", "Join a network", "Join the office network instead of a hotspot."));

    // No text holds "mine", a word of asking the exact form keeps: read as a typo, it found "mice".
    assertThat(slugs(search, "network instead of mine", Language.EN)).containsExactly("network");
  }

  private static float score(ArticleSearch search, String query) {
    List<SearchHit> hits = search.search(new SearchRequest(query, Language.EN, 10, 0, false)).hits();
    assertThat(hits).extracting(SearchHit::slug).containsExactly("network");
    return hits.getFirst().score();
  }

  @Test
  void aMistypedWordIsLookedForInTheTitlesToo() throws Exception {
    ArticleSearch search = indexed.searchOver(
        english("volume", "Change the sound volume", "Use the sound menu to change how loud it plays."),
        english("power-on", "Turn on the laptop", "Press the power button to turn the laptop on."),
        english("power-off", "Turn off the laptop", "Save your work before you turn the laptop off."));

    // Only a title says "volume": looked for in the bodies alone, the typo found nothing.
    assertThat(slugs(search, "volumne", Language.EN)).containsExactly("volume");
  }
}
