package app.guidepost.i18n;

import com.ibm.icu.text.MessageFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * UI strings from {@code i18n/messages_<lang>.properties} (UTF-8, ICU MessageFormat), with
 * English as the fallback for a key a language does not have yet.
 */
@ApplicationScoped
public class Messages {

  private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);
  private final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> parsed = new java.util.concurrent.ConcurrentHashMap<>();

  public Messages() {
    for (Language language : Language.values()) {
      bundles.put(language, load(language));
    }
  }

  private static Properties load(Language language) {
    String resource = "i18n/messages_" + language.code() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing UI strings " + resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return properties;
  }

  /** The message {@code key} in {@code language}, formatted with named arguments. */
  public String format(Language language, String key, Map<String, Object> arguments) {
    String pattern = bundles.get(language).getProperty(key);
    Language patternLanguage = language;
    if (pattern == null) {
      pattern = bundles.get(Language.EN).getProperty(key);
      patternLanguage = Language.EN;
    }
    if (pattern == null) {
      throw new IllegalArgumentException("No UI string " + key);
    }
    if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
      return pattern;
    }
    // Parsing a pattern costs far more than formatting it; a parsed one is kept and cloned per use,
    // since a MessageFormat is not safe to share between threads.
    String cacheKey = patternLanguage.code() + '\u0000' + key;
    Language locale = patternLanguage;
    String source = pattern;
    MessageFormat prototype = parsed.computeIfAbsent(cacheKey, k -> new MessageFormat(source, locale.locale()));
    return ((MessageFormat) prototype.clone()).format(arguments);
  }

  /** The name of {@code named} written in {@code language}: "tiếng Anh", "Englisch". */
  public String languageName(Language language, Language named) {
    return format(language, "language." + named.code(), Map.of());
  }

  /**
   * A language's name in itself as a label on its own (a language switcher, a list): with a
   * capital as a label takes one, "Tiếng Việt", "Norsk (bokmål)", where running text writes
   * "tiếng Việt" and "norsk (bokmål)".
   */
  public String endonym(Language named) {
    String name = languageName(named, named);
    return com.ibm.icu.lang.UCharacter.toTitleCase(com.ibm.icu.util.ULocale.forLocale(named.locale()), name,
        com.ibm.icu.text.BreakIterator.getSentenceInstance(com.ibm.icu.util.ULocale.forLocale(named.locale())),
        com.ibm.icu.lang.UCharacter.TITLECASE_NO_LOWERCASE);
  }

  /**
   * A notice that something is shown in {@code shown} because {@code reader}'s language lacks it:
   * {@code key} is a message with the arguments {@code requested} and {@code shown}.
   */
  public String fallbackNotice(String key, Language reader, Language shown) {
    return format(reader, key, Map.of("requested", languageName(reader, reader), "shown", languageName(reader, shown)));
  }

  public boolean has(Language language, String key) {
    return bundles.get(language).containsKey(key);
  }
}
