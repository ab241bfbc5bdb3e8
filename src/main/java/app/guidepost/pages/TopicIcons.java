package app.guidepost.pages;

import app.guidepost.article.TopicIcon;
import java.util.EnumMap;
import java.util.Map;

/**
 * The topic pictures as inline SVG: line drawings on a 24-unit grid in the text's colour
 * ({@code currentColor}), so they follow the dark scheme and need no file, host or script.
 * They decorate a topic's name, which says the same, so they are hidden from screen readers.
 */
final class TopicIcons {

  private static final Map<TopicIcon, String> PATHS = new EnumMap<>(TopicIcon.class);

  static {
    PATHS.put(TopicIcon.BOOK, "M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4z M20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z");
    PATHS.put(TopicIcon.CONVERSATION, "M3 5h12v8H8l-4 3v-3H3z M15 9h6v8h-1v3l-4-3h-5v-4");
    PATHS.put(TopicIcon.HEADSET, "M4 14v-2a8 8 0 0 1 16 0v2 M4 14h3v6H5a1 1 0 0 1-1-1z M20 14h-3v6h2a1 1 0 0 0 1-1z M17 20c0 1-2 2-5 2");
    PATHS.put(TopicIcon.SMILE, "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M8 14c1.5 2.5 6.5 2.5 8 0 M9 9.5h.01 M15 9.5h.01");
    PATHS.put(TopicIcon.ALERT, "M4 4h16v12h-9l-5 4v-4H4z M12 7v4 M12 13.5h.01");
    PATHS.put(TopicIcon.LIGHTBULB, "M9 18h6 M10 21h4 M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z");
    PATHS.put(TopicIcon.WIFI, "M2 9a15 15 0 0 1 20 0 M5 12.5a10 10 0 0 1 14 0 M8.5 16a5 5 0 0 1 7 0 M12 19.5h.01");
    PATHS.put(TopicIcon.KEY, "M4 15a4 4 0 1 0 8 0a4 4 0 1 0-8 0 M11 12l9-9 M17 6l3 3 M14.5 8.5l2 2");
    PATHS.put(TopicIcon.ENVELOPE, "M3 6h18v12H3z M3 6l9 7 9-7");
    PATHS.put(TopicIcon.PRINTER, "M6 9V3h12v6 M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2 M6 14h12v7H6z");
    PATHS.put(TopicIcon.MONITOR, "M3 4h18v12H3z M8 20h8 M12 16v4");
    PATHS.put(TopicIcon.PHONE, "M7 2h10a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z M11 18h2");
    PATHS.put(TopicIcon.FOLDER, "M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z");
    PATHS.put(TopicIcon.SHIELD, "M12 3l8 3v6c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V6z M9 12l2 2 4-4");
    PATHS.put(TopicIcon.GEAR, "M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1");
  }

  private TopicIcons() {}

  /** The icon as an inline SVG element, hidden from assistive technology. */
  static String svg(TopicIcon icon) {
    return "<svg class=\"topic-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"" + PATHS.get(icon) + "\"/></svg>";
  }

  static boolean drawsEvery() {
    return PATHS.keySet().containsAll(java.util.EnumSet.allOf(TopicIcon.class));
  }
}
