package app.guidepost.pages;

import app.guidepost.i18n.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which page an address goes to: patterns tried in the order they were added, the first that
 * fits wins; none fits, the address has no page. A pattern is segments separated by {@code /}:
 * a word matches itself, {@code {name}} any one segment (its value goes to the page),
 * {@code {language}} only a language code, and a last {@code **} whatever follows (nothing
 * included). {@code ""} is the address with no segments.
 *
 * @param <P> what a route leads to, such as an enum of pages
 */
final class RouteTable<P> {

  /** The page an address leads to, and the address's values in the pattern's placeholders, in order. */
  record Match<P>(P page, List<String> values) {

    /** The value of the {@code index}th placeholder. */
    String value(int index) {
      return values.get(index);
    }
  }

  private record Route<P>(List<String> pattern, P page) {}

  private static final String ANY_REST = "**";
  private static final String LANGUAGE = "{language}";

  private final List<Route<P>> routes;

  private RouteTable(List<Route<P>> routes) {
    this.routes = List.copyOf(routes);
  }

  /** A table without routes: every address has no page. */
  static <P> RouteTable<P> empty() {
    return new RouteTable<>(List.of());
  }

  /** This table with one more route, tried after those it has. */
  RouteTable<P> route(String pattern, P page) {
    List<String> segments = segments(pattern);
    if (segments.subList(0, Math.max(0, segments.size() - 1)).contains(ANY_REST)) {
      throw new IllegalArgumentException("'**' can only end a pattern: " + pattern);
    }
    List<Route<P>> more = new ArrayList<>(routes);
    more.add(new Route<>(segments, page));
    return new RouteTable<>(more);
  }

  /** Where the address with these segments goes; empty when no route fits. */
  Optional<Match<P>> match(List<String> address) {
    for (Route<P> route : routes) {
      Optional<List<String>> values = values(route.pattern(), address);
      if (values.isPresent()) {
        return Optional.of(new Match<>(route.page(), values.get()));
      }
    }
    return Optional.empty();
  }

  /** The segments of a path, empty ones left out: {@code /a//b/} is {@code [a, b]}. */
  static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }

  private static Optional<List<String>> values(List<String> pattern, List<String> address) {
    boolean open = !pattern.isEmpty() && pattern.getLast().equals(ANY_REST);
    List<String> fixed = open ? pattern.subList(0, pattern.size() - 1) : pattern;
    if (open ? address.size() < fixed.size() : address.size() != fixed.size()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < fixed.size(); i++) {
      String expected = fixed.get(i);
      String given = address.get(i);
      if (expected.equals(LANGUAGE) && Language.fromCode(given).isEmpty()) {
        return Optional.empty();
      }
      if (expected.startsWith("{") && expected.endsWith("}")) {
        values.add(given);
      } else if (!expected.equals(given)) {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(values));
  }
}
