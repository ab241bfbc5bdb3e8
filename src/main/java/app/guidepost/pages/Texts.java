package app.guidepost.pages;

import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The UI strings of one language, for templates: {@code t("home.title")}, {@code t("guide.step", "number", 3)}. */
public final class Texts {

  private final Messages messages;
  private final Language language;

  Texts(Messages messages, Language language) {
    this.messages = messages;
    this.language = language;
  }

  public String t(String key) {
    return messages.format(language, key, Map.of());
  }

  /** A message with named arguments given as name, value, name, value. */
  public String t(String key, Object... namesAndValues) {
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
    }
    return messages.format(language, key, arguments);
  }

  /**
   * {@code text} (a reader's query, a name an editor typed) isolated from the message around it,
   * for the places {@code <bdi>} cannot go (a page's {@code <title>}, inside one message): a
   * Latin "RAID 5 ok?" in an Arabic sentence keeps its question mark at its end, and an Arabic
   * query its order in an English one.
   */
  public static String isolated(String text) {
    return "\u2068" + text + "\u2069";
  }

  /** A count written the way this page's language writes numbers. */
  public String number(long value) {
    return com.ibm.icu.text.NumberFormat.getIntegerInstance(com.ibm.icu.util.ULocale.forLocale(language.locale())).format(value);
  }

  /** A file's size the way this page's language writes one, in kB under a megabyte, else in MB with one decimal: "340 kB", "1,2 MB". */
  public String fileSize(long bytes) {
    com.ibm.icu.text.MeasureFormat format = com.ibm.icu.text.MeasureFormat.getInstance(ULocale.forLocale(language.locale()),
        com.ibm.icu.text.MeasureFormat.FormatWidth.SHORT, com.ibm.icu.text.NumberFormat.getInstance(ULocale.forLocale(language.locale())));
    if (bytes < 1024 * 1024) {
      return format.format(new com.ibm.icu.util.Measure(Math.max(1, Math.round(bytes / 1024.0)), com.ibm.icu.util.MeasureUnit.KILOBYTE));
    }
    return format.format(new com.ibm.icu.util.Measure(Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0, com.ibm.icu.util.MeasureUnit.MEGABYTE));
  }

  /** A day written the way this page's language writes dates in full: "14 March 2025", "14. März 2025". */
  public String date(OffsetDateTime at) {
    return DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(language.locale())).format(Date.from(at.toInstant()));
  }

  /** A moment written the way this page's language writes a date and a time, in UTC: "14 March 2025, 09:41". */
  public String dateTime(OffsetDateTime at) {
    DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLocale(language.locale()));
    format.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("UTC"));
    return format.format(Date.from(at.toInstant())) + " UTC";
  }

  /** A language's name in itself, for the language switcher: "Tiếng Việt", "العربية". */
  public String endonym(Language named) {
    return messages.endonym(named);
  }

  /** A language's name in this page's language. */
  public String language(Language named) {
    return messages.languageName(language, named);
  }
}
