package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {

  private static Passage passage(Random random) {
    Passage passage = new Passage();
    int start = random.nextInt(2_000);
    passage.setStartOffset(start);
    passage.setEndOffset(start + 1_000);
    int offset = start;
    int matches = 1 + random.nextInt(12);
    for (int i = 0; i < matches; i++) {
      offset += 1 + random.nextInt(30);
      String word = "w" + random.nextInt(5);
      passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + random.nextInt(9));
    }
    passage.setEndOffset(Math.min(start + 1_000, offset + 10 + random.nextInt(40)));
    return passage;
  }

  @Test
  void scoresEveryPassageAsLucenesScorerDoes() {
    Random random = new Random(20261207);
    for (int run = 0; run < 2_000; run++) {
      long seed = random.nextLong();
      int contentLength = 500 + random.nextInt(20_000);
      float lean = new LeanPassageScorer().score(passage(new Random(seed)), contentLength);
      float stock = new PassageScorer().score(passage(new Random(seed)), contentLength);
      assertThat(lean).as("run " + run).isEqualTo(stock);
    }
  }
}
