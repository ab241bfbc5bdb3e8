package app.guidepost.search.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Which words of two languages translate each other, learned from aligned units with IBM Model
 * 1 (Brown et al. 1993) by expectation maximisation, once in each direction. A pair is kept only
 * when both directions give it at least {@link #MIN_PROBABILITY} and it occurs in at least
 * {@link #MIN_UNITS_TOGETHER} units: the intersection of the two directions is the classic way
 * to trade recall for precision, and a word seen once tells nothing about which of its
 * neighbours it translates. Words that translate nothing are absorbed by the empty word.
 */
final class WordAlignment {

  /** Model 1's likelihood has one maximum; a handful of rounds come close to it. */
  static final int ITERATIONS = 6;

  /**
   * Learned from whole paragraphs, 0.1 gained the cross-language XQuAD questions in Arabic and
   * Vietnamese what it lost them in German, and 0.15 was kept. Learned sentence by sentence,
   * where a word has few candidates and its probabilities are sharper, lower thresholds find
   * more right pairs than wrong ones (nDCG@10 de / vi / vi without diacritics / ar, answer in
   * English only, rendering weight 2): 0.2 -> .628 / .497 / .509 / .450 (weight 3), 0.15 -> .649
   * / .536 / .549 / .470, 0.1 -> .661 / .539 / .562 / .482, 0.08 -> .661 / .550 / .568 / .494,
   * 0.065 -> .673 / .559 / .574 / .494, 0.05 -> .672 / .568 / .574 / .498 but the groups
   * answered in their own language lost up to .001, where down to 0.065 they lost nothing.
   */
  static final float MIN_PROBABILITY = 0.065f;

  /** 3 measured .609 / .480 / .502 / .429 against 2's .638 / .499 / .517 / .457; 1, .657 / .559 / .569 / .497 against .661 / .550 / .568 / .494 at 0.08. */
  static final int MIN_UNITS_TOGETHER = 2;

  /** Pairs of all units numbered ahead at most (4 bytes each); beyond, each round looks them up. */
  static final long MAX_NUMBERED_PAIRS = 16_000_000;

  /**
   * Renderings kept per word, the most probable first. Learned sentence by sentence, a fourth
   * and fifth rendering are mostly right (a word's other inflections, a synonym): xquad-xlang
   * answer in English only, de / vi / vi without diacritics / ar, 3: .727 / .599 / .618 / .567,
   * 5: .730 / .604 / .618 / .571, the groups answered in their own language unchanged. A query
   * takes at most {@code LearnedLexicon.MAX_RENDERINGS_PER_QUERY} per language all the same.
   */
  static final int MAX_RENDERINGS = 5;

  /** The renderings learned in both directions. */
  record Learned(Map<String, List<Rendering>> forward, Map<String, List<Rendering>> backward) {}

  private WordAlignment() {}

  static Learned learn(List<AlignedUnit> units) {
    return learn(units, MAX_NUMBERED_PAIRS);
  }

  /** As {@link #learn(List)}, numbering the pairs ahead only when there are at most {@code maxNumbered}. */
  static Learned learn(List<AlignedUnit> units, long maxNumbered) {
    Vocabulary fromWords = new Vocabulary();
    Vocabulary toWords = new Vocabulary();
    List<int[]> from = new ArrayList<>();
    List<int[]> to = new ArrayList<>();
    for (AlignedUnit unit : units) {
      int[] fromIds = fromWords.ids(unit.from());
      int[] toIds = toWords.ids(unit.to());
      if (fromIds.length > 0 && toIds.length > 0) {
        from.add(fromIds);
        to.add(toIds);
      }
    }
    PairSlots slots = new PairSlots();
    long pairs = 0;
    for (int u = 0; u < from.size(); u++) {
      pairs += (long) from.get(u).length * to.get(u).length;
    }
    // Each unit's pairs numbered once, where they fit: the rounds then read them instead of
    // looking every pair up again, about five times faster.
    List<int[]> numbered = pairs <= maxNumbered ? new ArrayList<>() : null;
    for (int u = 0; u < from.size(); u++) {
      int[] unitSlots = numbered == null ? null : new int[from.get(u).length * to.get(u).length];
      int k = 0;
      for (int a : from.get(u)) {
        for (int b : to.get(u)) {
          int slot = slots.add(a, b);
          if (unitSlots != null) {
            unitSlots[k++] = slot;
          }
        }
      }
      if (numbered != null) {
        numbered.add(unitSlots);
      }
    }
    float[] forward = expectationMaximisation(from, to, slots, numbered, fromWords.size(), toWords.size(), false);
    float[] backward = expectationMaximisation(to, from, slots, numbered, toWords.size(), fromWords.size(), true);
    Map<String, List<Rendering>> forwardRenderings = new HashMap<>();
    Map<String, List<Rendering>> backwardRenderings = new HashMap<>();
    for (int slot = 0; slot < slots.size(); slot++) {
      if (forward[slot] >= MIN_PROBABILITY && backward[slot] >= MIN_PROBABILITY && slots.together(slot) >= MIN_UNITS_TOGETHER) {
        float confidence = (float) Math.sqrt(forward[slot] * backward[slot]);
        String fromWord = fromWords.word(slots.from(slot));
        String toWord = toWords.word(slots.to(slot));
        forwardRenderings.computeIfAbsent(fromWord, w -> new ArrayList<>()).add(new Rendering(toWord, confidence));
        backwardRenderings.computeIfAbsent(toWord, w -> new ArrayList<>()).add(new Rendering(fromWord, confidence));
      }
    }
    return new Learned(strongestFirst(forwardRenderings), strongestFirst(backwardRenderings));
  }

  private static Map<String, List<Rendering>> strongestFirst(Map<String, List<Rendering>> renderings) {
    Map<String, List<Rendering>> kept = new HashMap<>();
    renderings.forEach((word, list) -> kept.put(word, list.stream()
        .sorted(Comparator.comparing(Rendering::confidence).reversed().thenComparing(Rendering::word))
        .limit(MAX_RENDERINGS)
        .toList()));
    return kept;
  }

  /**
   * The probability of each pair's generated word given its generating word, t(generated |
   * generating), after {@link #ITERATIONS} rounds. The generated side is {@code generated}
   * unit by unit; {@code swapped} says that a slot's second word is the generating one.
   */
  private static float[] expectationMaximisation(
      List<int[]> generating, List<int[]> generated, PairSlots slots, List<int[]> numbered, int generatingWords, int generatedWords,
      boolean swapped) {
    float[] probability = new float[slots.size()];
    Arrays.fill(probability, 1f);
    float[] fromNothing = new float[generatedWords];
    Arrays.fill(fromNothing, 1f);
    for (int round = 0; round < ITERATIONS; round++) {
      float[] counts = new float[slots.size()];
      double[] totals = new double[generatingWords];
      float[] nothingCounts = new float[generatedWords];
      double nothingTotal = 0;
      for (int u = 0; u < generating.size(); u++) {
        int[] sources = generating.get(u);
        int[] targets = generated.get(u);
        int[] slotsOfUnit = new int[sources.length];
        for (int j = 0; j < targets.length; j++) {
          int b = targets[j];
          double denominator = fromNothing[b];
          for (int i = 0; i < sources.length; i++) {
            slotsOfUnit[i] = slotOf(slots, numbered, u, sources, targets, i, j, swapped);
            denominator += probability[slotsOfUnit[i]];
          }
          for (int i = 0; i < sources.length; i++) {
            float share = (float) (probability[slotsOfUnit[i]] / denominator);
            counts[slotsOfUnit[i]] += share;
            totals[sources[i]] += share;
          }
          float nothingShare = (float) (fromNothing[b] / denominator);
          nothingCounts[b] += nothingShare;
          nothingTotal += nothingShare;
        }
      }
      for (int slot = 0; slot < probability.length; slot++) {
        int source = swapped ? slots.to(slot) : slots.from(slot);
        probability[slot] = totals[source] > 0 ? (float) (counts[slot] / totals[source]) : 0f;
      }
      for (int b = 0; b < generatedWords; b++) {
        fromNothing[b] = nothingTotal > 0 ? (float) (nothingCounts[b] / nothingTotal) : 0f;
      }
    }
    return probability;
  }

  /**
   * The slot of the pair of unit {@code u}'s generating word {@code i} and generated word
   * {@code j}. Slots are numbered first-language word by second-language word: swapped, the
   * generating words are the second language's.
   */
  private static int slotOf(PairSlots slots, List<int[]> numbered, int u, int[] sources, int[] targets, int i, int j, boolean swapped) {
    if (numbered != null) {
      return swapped ? numbered.get(u)[j * sources.length + i] : numbered.get(u)[i * targets.length + j];
    }
    return swapped ? slots.slot(targets[j], sources[i]) : slots.slot(sources[i], targets[j]);
  }

  /** Words and their numbers, in the order first met. */
  private static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    int[] ids(List<String> unit) {
      return new LinkedHashSet<>(unit).stream().mapToInt(word -> ids.computeIfAbsent(word, w -> {
        words.add(w);
        return words.size() - 1;
      })).toArray();
    }

    String word(int id) {
      return words.get(id);
    }

    int size() {
      return words.size();
    }
  }

  /**
   * Every pair of words that occur in one unit, numbered, with how many units hold both: an
   * open-addressing table of longs, since a boxed map of millions of pairs costs several times
   * the learning itself.
   */
  private static final class PairSlots {
    private long[] keys = new long[1 << 12];
    private int[] slotOfKey = new int[1 << 12];
    private int[] fromOfSlot = new int[1 << 10];
    private int[] toOfSlot = new int[1 << 10];
    private int[] together = new int[1 << 10];
    private int size;

    PairSlots() {
      Arrays.fill(keys, -1L);
    }

    /** The pair's slot, numbered when first seen; counts the units that hold it. */
    int add(int from, int to) {
      int index = find(key(from, to));
      if (keys[index] != -1L) {
        together[slotOfKey[index]]++;
        return slotOfKey[index];
      }
      if (size == fromOfSlot.length) {
        fromOfSlot = Arrays.copyOf(fromOfSlot, size * 2);
        toOfSlot = Arrays.copyOf(toOfSlot, size * 2);
        together = Arrays.copyOf(together, size * 2);
      }
      keys[index] = key(from, to);
      slotOfKey[index] = size;
      fromOfSlot[size] = from;
      toOfSlot[size] = to;
      together[size] = 1;
      size++;
      if (size * 2 > keys.length) {
        grow();
      }
      return size - 1;
    }

    int slot(int from, int to) {
      int index = find(key(from, to));
      if (keys[index] == -1L) {
        throw new IllegalStateException("Pair never seen together: " + from + " " + to);
      }
      return slotOfKey[index];
    }

    int from(int slot) {
      return fromOfSlot[slot];
    }

    int to(int slot) {
      return toOfSlot[slot];
    }

    int together(int slot) {
      return together[slot];
    }

    int size() {
      return size;
    }

    private static long key(int from, int to) {
      return ((long) from << 32) | (to & 0xffffffffL);
    }

    private int find(long key) {
      int mask = keys.length - 1;
      int index = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
      while (keys[index] != -1L && keys[index] != key) {
        index = (index + 1) & mask;
      }
      return index;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldSlots = slotOfKey;
      keys = new long[oldKeys.length * 2];
      slotOfKey = new int[oldKeys.length * 2];
      Arrays.fill(keys, -1L);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1L) {
          int index = find(oldKeys[i]);
          keys[index] = oldKeys[i];
          slotOfKey[index] = oldSlots[i];
        }
      }
    }
  }
}
