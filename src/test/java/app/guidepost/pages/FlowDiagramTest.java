package app.guidepost.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FlowDiagramTest {

  private static FlowDiagram.Node step(String id, String title) {
    return new FlowDiagram.Node(id, title, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static FlowDiagram.Node end(String id, String title, String kind) {
    return new FlowDiagram.Node(id, title, Optional.of(kind), Optional.of(kind.equals("resolved") ? "Solved" : "Sent to support"), Optional.of("3 reached it"));
  }

  /** The top of each step's box, by the title it shows. */
  private static java.util.Map<String, Double> rows(String svg) {
    java.util.Map<String, Double> top = new java.util.HashMap<>();
    Matcher box = Pattern.compile("<title>([^<(—]+?)(?: — [^<]*)?(?: \\([^<]*\\))?</title><rect x=\"[0-9.]+\" y=\"([0-9.]+)\"").matcher(svg);
    while (box.find()) {
      top.put(box.group(1).strip(), Double.parseDouble(box.group(2)));
    }
    return top;
  }

  @Test
  void stepsStandInRowsFromTheFirstDownToTheOutcomesAndWaysBackAreDashedCurves() {
    List<FlowDiagram.Node> nodes = List.of(step("what", "What fails?"), step("cable", "Check the cable"), step("restart", "Restart the router"),
        end("fixed", "Working again", "resolved"), end("support", "Ask support", "contact-support"));
    List<FlowDiagram.Edge> edges = List.of(new FlowDiagram.Edge("what", "cable", "Nothing loads"), new FlowDiagram.Edge("what", "restart", "Slow"),
        new FlowDiagram.Edge("cable", "restart", ""), new FlowDiagram.Edge("restart", "fixed", "Works"),
        new FlowDiagram.Edge("restart", "support", "Still down"), new FlowDiagram.Edge("restart", "what", "Something else"));
    String svg = FlowDiagram.draw("cant-get-online", "what", nodes, edges, "Flow of “Can’t get online”");
    java.util.Map<String, Double> top = rows(svg);
    assertThat(top.get("What fails?")).isLessThan(top.get("Check the cable"));
    assertThat(top.get("Check the cable")).as("restart comes after the cable, the longest way").isLessThan(top.get("Restart the router"));
    assertThat(top.get("Working again")).isEqualTo(top.get("Ask support")).isGreaterThan(top.get("Restart the router"));
    assertThat(svg).contains("class=\"flow-step flow-start\"").contains("class=\"flow-step flow-outcome flow-resolved\"")
        .contains("class=\"flow-edge flow-back\"").contains(">Something else</text>").contains(">Still down</text>")
        .contains("aria-label=\"Flow of “Can’t get online”\"").contains("role=\"img\"")
        .contains("marker id=\"flow-arrow-cant-get-online\"")
        .contains(">Solved</text>").contains(">3 reached it</text>");
    assertThat(svg.split("class=\"flow-edge flow-back\"", -1)).as("exactly one way back").hasSize(2);
  }

  @Test
  void textIsEscapedAndLongTitlesAreCutAtWords() {
    String svg = FlowDiagram.draw("x", "a", List.of(step("a", "<script>alert(1)</script> & more")), List.of(), "<b>flow</b>");
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("aria-label=\"&lt;b&gt;flow&lt;/b&gt;\"");
    assertThat(FlowDiagram.wrapped("Restart the router and wait two full minutes before you test again", 2))
        .containsExactly("Restart the router and", "wait two full minutes…");
    assertThat(FlowDiagram.wrapped("Kiểm tra cáp mạng", 2)).containsExactly("Kiểm tra cáp mạng");
  }
}
