package app.guidepost.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The pictures a topic (category) can be shown with in the help center, named in
 * {@code categories.yaml} ({@code icon: printer}). A topic without one is shown with a book.
 */
public enum TopicIcon {
  BOOK, CONVERSATION, HEADSET, SMILE, ALERT, LIGHTBULB, WIFI, KEY, ENVELOPE, PRINTER, MONITOR, PHONE, FOLDER, SHIELD, GEAR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TopicIcon> fromCode(String code) {
    return Arrays.stream(values()).filter(icon -> icon.code().equals(code)).findFirst();
  }

  /** Every name, for a message that lists them. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(TopicIcon::code).toList());
  }
}
