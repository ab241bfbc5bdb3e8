package app.guidepost.terminology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Concepts with unique ids, in the order they were read. Immutable. */
public final class Termbase {

  public static final Termbase EMPTY = new Termbase(List.of());

  private final List<Concept> concepts;
  private final Map<String, Concept> byId;

  private Termbase(List<Concept> concepts) {
    this.concepts = List.copyOf(concepts);
    Map<String, Concept> index = new LinkedHashMap<>();
    for (Concept concept : this.concepts) {
      if (index.putIfAbsent(concept.id(), concept) != null) {
        throw new IllegalArgumentException("concept id used twice: " + concept.id());
      }
    }
    this.byId = index;
  }

  /** @throws IllegalArgumentException when two concepts share an id */
  public static Termbase of(List<Concept> concepts) {
    return concepts.isEmpty() ? EMPTY : new Termbase(concepts);
  }

  public List<Concept> concepts() {
    return concepts;
  }

  public Optional<Concept> concept(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public int size() {
    return concepts.size();
  }

  /**
   * This termbase with {@code own}'s concepts over it: a concept of {@code own} with an id
   * this one has replaces it where it stands, the others are added after.
   */
  public Termbase overriddenBy(Termbase own) {
    if (own.concepts.isEmpty()) {
      return this;
    }
    List<Concept> merged = new ArrayList<>(concepts.size() + own.concepts.size());
    for (Concept concept : concepts) {
      merged.add(own.byId.getOrDefault(concept.id(), concept));
    }
    for (Concept concept : own.concepts) {
      if (!byId.containsKey(concept.id())) {
        merged.add(concept);
      }
    }
    return new Termbase(merged);
  }

  /** This termbase without the concepts {@code ids} names. */
  public Termbase without(java.util.Set<String> ids) {
    if (ids.stream().noneMatch(byId::containsKey)) {
      return this;
    }
    return of(concepts.stream().filter(concept -> !ids.contains(concept.id())).toList());
  }

  @Override
  public String toString() {
    return "Termbase[" + concepts.size() + " concepts]";
  }
}
