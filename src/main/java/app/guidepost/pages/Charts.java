package app.guidepost.pages;

import app.guidepost.render.HtmlText;
import java.util.List;
import java.util.Locale;

/**
 * Charts as SVG drawn on the server: no script, nothing from another host, and within the
 * strict Content-Security-Policy (colours are attributes, never inline styles). Every label is
 * escaped; every chart has a text alternative, and the page puts its figures in a table beside it.
 */
final class Charts {

  static final String TOTAL = "#0b5cad";
  static final String PART = "#b3261e";
  static final String REST = "#9aa4ae";

  private Charts() {}

  /** One bar: its label, its whole, and the part of it drawn in the second colour. */
  record Bar(String label, long whole, long part) {}

  /**
   * Vertical bars over time (days), the part drawn over the foot of each bar.
   *
   * @param description what the chart shows, for those who do not see it
   */
  static String columns(List<Bar> bars, String description) {
    int width = 720;
    int height = 180;
    int left = 40;
    int bottom = 24;
    long max = Math.max(1, bars.stream().mapToLong(Bar::whole).max().orElse(1));
    double step = bars.isEmpty() ? 0 : (double) (width - left) / bars.size();
    StringBuilder svg = open(width, height, description);
    svg.append(line(left, height - bottom, width, height - bottom));
    svg.append(text(left - 6, 12, "end", String.valueOf(max))).append(text(left - 6, height - bottom, "end", "0"));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double x = left + i * step + step * 0.15;
      double w = Math.max(1, step * 0.7);
      double h = (height - bottom - 8) * (double) bar.whole() / max;
      double p = (height - bottom - 8) * (double) bar.part() / max;
      svg.append(rect(x, height - bottom - h, w, h, TOTAL, bar.label() + ": " + bar.whole()));
      if (bar.part() > 0) {
        svg.append(rect(x, height - bottom - p, w, p, PART, bar.label() + ": " + bar.part()));
      }
      if (bars.size() <= 14 || i % Math.max(1, bars.size() / 7) == 0) {
        svg.append(text(x + w / 2, height - 6, "middle", bar.label()));
      }
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Horizontal bars, one row each. With {@code parts}, each bar is the grey whole with its part
   * (such as "helpful") drawn over its start, also where the part is nothing; without, one colour.
   */
  static String rows(List<Bar> bars, String description, boolean parts) {
    int width = 720;
    int labelWidth = 300;
    int rowHeight = 26;
    int height = Math.max(rowHeight, bars.size() * rowHeight) + 4;
    long max = Math.max(1, bars.stream().mapToLong(Bar::whole).max().orElse(1));
    StringBuilder svg = open(width, height, description);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = i * rowHeight + 4;
      double w = (width - labelWidth - 50) * (double) bar.whole() / max;
      double p = (width - labelWidth - 50) * (double) bar.part() / max;
      svg.append(text(labelWidth - 8, y + 14, "end", shortened(bar.label(), 40)));
      svg.append(rect(labelWidth, y, Math.max(1, w), rowHeight - 8, parts ? REST : TOTAL, bar.label() + ": " + bar.whole()));
      if (bar.part() > 0) {
        svg.append(rect(labelWidth, y, p, rowHeight - 8, TOTAL, bar.label() + ": " + bar.part()));
      }
      svg.append(text(labelWidth + w + 6, y + 14, "start", String.valueOf(bar.whole())));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(int width, int height, String description) {
    return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" direction=\"ltr\" role=\"img\" aria-label=\"").append(HtmlText.escape(description)).append("\">");
  }

  private static String rect(double x, double y, double w, double h, String fill, String title) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
        x, y, w, h, fill, HtmlText.escape(title));
  }

  private static String line(int x1, int y1, int x2, int y2) {
    return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"currentColor\"/>";
  }

  private static String text(double x, double y, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" fill=\"currentColor\">%s</text>", x, y, anchor,
        HtmlText.escape(text));
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
