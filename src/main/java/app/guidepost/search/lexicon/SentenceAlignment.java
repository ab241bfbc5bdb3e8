package app.guidepost.search.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Which sentences of a text and its translation say the same thing, found by their lengths alone
 * (Gale and Church 1993): a sentence and its translation are long or short together, at a ratio
 * that is roughly the same throughout a text. A translator keeps most sentences as they are and
 * now and then joins two or splits one, so a sentence of one text goes with one or two of the
 * other (and, rarely, with none). Dynamic programming finds the most probable such grouping.
 * Word alignment learns far more from a sentence and its translation than from a paragraph
 * and its translation: in a paragraph every word is a candidate rendering of every other.
 */
final class SentenceAlignment {

  /** Two groups of sentences that translate each other: {@code first} and {@code second} index their texts. */
  record Bead(int firstStart, int firstEnd, int secondStart, int secondEnd) {}

  /**
   * How much the length of a translation varies around the expected one, per character (Gale
   * and Church measured 6.8 between English, French and German).
   */
  private static final double VARIANCE_PER_CHARACTER = 6.8;

  /** How often each kind of bead occurs, from Gale and Church's aligned Hansards. */
  private static final double ONE_TO_ONE = 0.89;
  private static final double ONE_TO_NONE = 0.0099;
  private static final double ONE_TO_TWO = 0.089;
  private static final double TWO_TO_TWO = 0.011;

  /** The kinds of bead tried: sentences of the first text, of the second, and the bead's prior. */
  private static final int[][] KINDS = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
  private static final double[] PRIORS = {ONE_TO_ONE, ONE_TO_NONE / 2, ONE_TO_NONE / 2, ONE_TO_TWO / 2, ONE_TO_TWO / 2, TWO_TO_TWO};

  private SentenceAlignment() {}

  /**
   * The most probable grouping of {@code first}'s and {@code second}'s sentences, given their
   * lengths in characters, in text order; beads of sentences that translate nothing are left out.
   */
  static List<Bead> align(int[] first, int[] second) {
    if (first.length == 0 || second.length == 0) {
      return List.of();
    }
    double ratio = (double) sum(second) / Math.max(1, sum(first));
    int n = first.length;
    int m = second.length;
    double[][] cost = new double[n + 1][m + 1];
    int[][] kindTaken = new int[n + 1][m + 1];
    for (double[] row : cost) {
      java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        for (int k = 0; k < KINDS.length; k++) {
          int di = KINDS[k][0];
          int dj = KINDS[k][1];
          if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
            continue;
          }
          double candidate = cost[i - di][j - dj] + beadCost(length(first, i - di, i), length(second, j - dj, j), ratio, PRIORS[k]);
          if (candidate < cost[i][j]) {
            cost[i][j] = candidate;
            kindTaken[i][j] = k;
          }
        }
      }
    }
    List<Bead> beads = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int[] kind = KINDS[kindTaken[i][j]];
      if (kind[0] > 0 && kind[1] > 0) {
        beads.add(new Bead(i - kind[0], i, j - kind[1], j));
      }
      i -= kind[0];
      j -= kind[1];
    }
    return beads.reversed();
  }

  /**
   * Minus the log of the probability that texts of these lengths translate each other as one
   * bead of this kind: its prior, times the chance of a length difference at least this large.
   */
  private static double beadCost(int firstLength, int secondLength, double ratio, double prior) {
    double expected = firstLength * ratio;
    double mean = (firstLength + secondLength / ratio) / 2;
    double deviation = mean == 0 ? 0 : Math.abs(secondLength - expected) / Math.sqrt(VARIANCE_PER_CHARACTER * Math.max(mean, 1) * ratio);
    double chance = 2 * (1 - normal(deviation));
    return -Math.log(prior) - Math.log(Math.max(chance, 1e-12));
  }

  /** The standard normal distribution's cumulative probability (Abramowitz and Stegun 26.2.17). */
  private static double normal(double z) {
    double t = 1 / (1 + 0.2316419 * z);
    double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    double tail = density * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return 1 - tail;
  }

  private static int length(int[] lengths, int from, int to) {
    int total = 0;
    for (int i = from; i < to; i++) {
      total += lengths[i];
    }
    return total;
  }

  private static int sum(int[] lengths) {
    return length(lengths, 0, lengths.length);
  }
}
