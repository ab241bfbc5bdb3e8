package app.guidepost.pages;

import app.guidepost.guide.Choice;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.render.HtmlText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A guide's flow drawn as SVG on the server: its steps as boxes in rows, from the first step at
 * the top down to the outcomes, each answer an arrow labelled with its text, a way back to an
 * earlier step a dashed curve at the side. People read a flow faster as a picture than as a list
 * of steps; the list stays beside it for whoever does not see it. Like {@link Charts}: no
 * script, colours from the page's style sheet (so the dark scheme applies), text escaped.
 */
final class FlowDiagram {

  static final int BOX_WIDTH = 200;
  static final int BOX_HEIGHT = 72;
  static final int COLUMN_GAP = 36;
  static final int ROW_GAP = 64;
  static final int MARGIN = 16;
  /** Room at the side for the curves back to earlier steps. */
  static final int SIDE = 60;
  static final int CHARACTERS_PER_LINE = 26;

  /** One step: its title, what it ends in (an outcome's words, none for a step that goes on), and how many reached it (none: not shown). */
  record Node(String id, String title, Optional<String> outcomeKind, Optional<String> outcomeText, Optional<String> note) {}

  /** An answer or the one way on from a step to the next, with its words (empty for "next"). */
  record Edge(String from, String to, String label) {}

  private record Placed(Node node, int layer, double x, double y) {}

  private FlowDiagram() {}

  /**
   * The flow of {@code guide} with the texts of {@code texts} ({@code fallback} where a step has
   * none), the outcomes named by {@code outcomeText}, and a note per step (such as how many
   * reached it) from {@code note}.
   */
  static String of(Guide guide, GuideTexts texts, GuideTexts fallback, Function<String, String> outcomeText, Function<String, Optional<String>> note,
      String description) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    for (GuideStep step : guide.steps()) {
      GuideTexts.StepText text = Optional.ofNullable(texts.steps().get(step.id())).orElse(fallback.steps().get(step.id()));
      String title = text == null ? step.id() : text.title();
      nodes.add(new Node(step.id(), title, step.outcome().map(o -> o.kind().code()), step.outcome().map(o -> outcomeText.apply(o.kind().code())),
          note.apply(step.id())));
      step.next().ifPresent(next -> edges.add(new Edge(step.id(), next, "")));
      for (Choice choice : step.choices()) {
        String label = Optional.ofNullable(text).map(t -> t.choices().get(choice.id())).orElse(choice.id());
        edges.add(new Edge(step.id(), choice.next(), label));
      }
    }
    return draw(guide.slug(), guide.start(), nodes, edges, description);
  }

  /** Draws {@code nodes} in rows by how far each is from {@code start}, the rows centred. */
  static String draw(String name, String start, List<Node> nodes, List<Edge> edges, String description) {
    Map<String, Node> byId = new LinkedHashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    Map<String, List<Edge>> out = new HashMap<>();
    edges.stream().filter(e -> byId.containsKey(e.from()) && byId.containsKey(e.to())).forEach(e -> out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
    Set<Edge> back = new HashSet<>();
    List<String> order = new ArrayList<>();
    depthFirst(start, out, new HashSet<>(), new HashSet<>(), back, order);
    nodes.stream().map(Node::id).filter(id -> !order.contains(id)).forEach(order::add);
    // Each step one row below the lowest step that leads to it (ways back left out).
    Map<String, Integer> layer = new HashMap<>();
    List<String> topological = new ArrayList<>(order);
    for (String id : topological) {
      layer.putIfAbsent(id, 0);
      for (Edge e : out.getOrDefault(id, List.of())) {
        if (!back.contains(e)) {
          layer.merge(e.to(), layer.get(id) + 1, Math::max);
        }
      }
    }
    // Longest paths need the edges in topological order: repeat until nothing moves (guides are small).
    for (boolean moved = true; moved; ) {
      moved = false;
      for (Edge e : edges) {
        if (!back.contains(e) && layer.containsKey(e.from()) && layer.getOrDefault(e.to(), 0) < layer.get(e.from()) + 1) {
          layer.put(e.to(), layer.get(e.from()) + 1);
          moved = true;
        }
      }
    }
    int rows = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    List<List<String>> byRow = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      byRow.add(new ArrayList<>());
    }
    order.forEach(id -> byRow.get(layer.getOrDefault(id, 0)).add(id));
    int widest = byRow.stream().mapToInt(List::size).max().orElse(1);
    int width = MARGIN * 2 + SIDE + widest * BOX_WIDTH + (widest - 1) * COLUMN_GAP;
    int height = MARGIN * 2 + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP;
    Map<String, Placed> placed = new HashMap<>();
    for (int r = 0; r < rows; r++) {
      List<String> row = byRow.get(r);
      if (r > 0) {
        // Under the steps that lead to them, as near as the row allows: fewer crossing arrows.
        Map<String, Double> wanted = new HashMap<>();
        for (String id : row) {
          wanted.put(id, edges.stream().filter(e -> e.to().equals(id) && placed.containsKey(e.from()) && !back.contains(e))
              .mapToDouble(e -> placed.get(e.from()).x()).average().orElse(0));
        }
        row.sort(java.util.Comparator.comparingDouble(wanted::get));
      }
      double rowWidth = row.size() * BOX_WIDTH + (row.size() - 1) * COLUMN_GAP;
      double left = MARGIN + (width - SIDE - MARGIN * 2 - rowWidth) / 2;
      for (int i = 0; i < row.size(); i++) {
        placed.put(row.get(i), new Placed(byId.get(row.get(i)), r, left + i * (BOX_WIDTH + COLUMN_GAP), MARGIN + r * (BOX_HEIGHT + ROW_GAP)));
      }
    }
    String marker = "flow-arrow-" + name.replaceAll("[^a-z0-9-]", "");
    StringBuilder svg = new StringBuilder(8192)
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(HtmlText.escape(description)).append("\">")
        .append("<defs><marker id=\"").append(marker).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" class=\"flow-head\"/></marker></defs>");
    List<String> labels = new ArrayList<>();
    for (Edge e : edges) {
      Placed from = placed.get(e.from());
      Placed to = placed.get(e.to());
      if (from == null || to == null) {
        continue;
      }
      if (back.contains(e) || to.layer() <= from.layer()) {
        double x1 = from.x() + BOX_WIDTH;
        double y1 = from.y() + BOX_HEIGHT / 2.0;
        double x2 = to.x() + BOX_WIDTH;
        double y2 = to.y() + BOX_HEIGHT / 2.0;
        double bulge = Math.max(x1, x2) + SIDE;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" class=\"flow-edge flow-back\" marker-end=\"url(#%s)\"/>",
            x1, y1, bulge, y1, bulge, y2, x2 + 2, y2, marker));
        if (!e.label().isEmpty()) {
          labels.add(label(bulge - 4, (y1 + y2) / 2, "end", e.label()));
        }
        continue;
      }
      double x1 = from.x() + BOX_WIDTH / 2.0;
      double y1 = from.y() + BOX_HEIGHT;
      double x2 = to.x() + BOX_WIDTH / 2.0;
      double y2 = to.y() - 2;
      svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" class=\"flow-edge\" marker-end=\"url(#%s)\"/>",
          x1, y1, x1, y1 + ROW_GAP / 2.0, x2, y2 - ROW_GAP / 2.0, x2, y2, marker));
      if (!e.label().isEmpty()) {
        labels.add(label((x1 + x2) / 2, (y1 + y2) / 2 + 4, "middle", e.label()));
      }
    }
    for (Placed p : placed.values().stream().sorted(java.util.Comparator.comparingInt(Placed::layer)).toList()) {
      Node node = p.node();
      String kind = node.outcomeKind().map(k -> " flow-outcome flow-" + k).orElse("") + (node.id().equals(start) ? " flow-start" : "");
      svg.append(String.format(Locale.ROOT, "<g class=\"flow-step%s\"><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"8\"/>",
          kind, HtmlText.escape(node.title() + node.outcomeText().map(o -> " — " + o).orElse("") + node.note().map(n -> " (" + n + ")").orElse("")),
          p.x(), p.y(), BOX_WIDTH, BOX_HEIGHT));
      // The title on as many lines as the outcome and the note leave, each of those on its own line.
      List<String> small = new ArrayList<>();
      node.outcomeText().ifPresent(small::add);
      node.note().ifPresent(small::add);
      List<String> lines = wrapped(node.title(), Math.min(2, 3 - small.size()));
      double textY = p.y() + (BOX_HEIGHT - 16.0 * (lines.size() + small.size())) / 2 + 12;
      for (String line : lines) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"flow-title\">%s</text>",
            p.x() + BOX_WIDTH / 2.0, textY, HtmlText.escape(line)));
        textY += 16;
      }
      for (String line : small) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"flow-note\">%s</text>",
            p.x() + BOX_WIDTH / 2.0, textY, HtmlText.escape(shortened(line, CHARACTERS_PER_LINE + 6))));
        textY += 16;
      }
      svg.append("</g>");
    }
    labels.forEach(svg::append);
    return svg.append("</svg>").toString();
  }

  /** Marks the edges that go back to a step on the current path: the flow's loops. */
  private static void depthFirst(String id, Map<String, List<Edge>> out, Set<String> done, Set<String> onPath, Set<Edge> back, List<String> order) {
    if (done.contains(id)) {
      return;
    }
    done.add(id);
    onPath.add(id);
    order.add(id);
    for (Edge e : out.getOrDefault(id, List.of())) {
      if (onPath.contains(e.to())) {
        back.add(e);
      } else {
        depthFirst(e.to(), out, done, onPath, back, order);
      }
    }
    onPath.remove(id);
  }

  private static String label(double x, double y, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"flow-label\">%s</text>", x, y, anchor,
        HtmlText.escape(shortened(text, CHARACTERS_PER_LINE)));
  }

  /** The title in at most {@code lines} lines of about {@value #CHARACTERS_PER_LINE} characters, cut at words. */
  static List<String> wrapped(String title, int lines) {
    List<String> result = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : title.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > CHARACTERS_PER_LINE) {
        result.add(line.toString());
        line.setLength(0);
        if (result.size() == lines) {
          break;
        }
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (result.size() < lines && line.length() > 0) {
      result.add(line.toString());
    }
    if (String.join(" ", result).length() < title.strip().length()) {
      String last = result.remove(result.size() - 1);
      result.add(shortened(last + "…", CHARACTERS_PER_LINE));
    }
    return result.stream().map(l -> shortened(l, CHARACTERS_PER_LINE)).toList();
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
