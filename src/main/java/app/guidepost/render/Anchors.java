package app.guidepost.render;

import app.guidepost.text.BaseLetters;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes heading anchors: lowercase words joined by hyphens, in base letters ({@link BaseLetters})
 * so that {@code Bắt đầu bằng lời chào} becomes {@code bat-dau-bang-loi-chao}; letters of other
 * scripts (Arabic) are kept. Each anchor is unique within one article.
 */
final class Anchors {
  static final int MAX_LENGTH = 80;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Set<String> used = new HashSet<>();

  String next(String heading) {
    String base = slugify(heading);
    String anchor = base;
    for (int n = 2; !used.add(anchor); n++) {
      anchor = base + "-" + n;
    }
    return anchor;
  }

  static String slugify(String heading) {
    String text = NON_WORD.matcher(BaseLetters.of(heading).toLowerCase(Locale.ROOT)).replaceAll("-");
    text = text.replaceAll("^-+|-+$", "");
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return text.isEmpty() ? "section" : text;
  }
}
