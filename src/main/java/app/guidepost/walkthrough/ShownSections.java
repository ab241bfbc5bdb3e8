package app.guidepost.walkthrough;

import app.guidepost.guide.LinkedSections;
import app.guidepost.i18n.Language;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The article sections shown at a step, as kept with the answer: enough to cite them in ticket notes later. */
public final class ShownSections {

  /** One section as it was shown: which article, which language and revision, and its titles then. */
  public record Entry(String article, String anchor, String lang, int revision, String articleTitle, String sectionTitle) {
    public Language language() {
      return Language.require(lang);
    }
  }

  /** The column holds at most this much; titles are cut so that the JSON always fits. */
  static final int MAX_CHARS = 4000;
  private static final int MAX_TITLE = 120;

  private ShownSections() {}

  static String record(List<LinkedSections.Shown> shown) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (LinkedSections.Shown section : shown) {
      array.add(Json.createObjectBuilder()
          .add("article", section.article())
          .add("anchor", section.anchor())
          .add("lang", section.language().code())
          .add("revision", section.revision())
          .add("title", cut(section.articleTitle()))
          .add("section", cut(section.sectionTitle())));
    }
    String json = array.build().toString();
    return json.length() <= MAX_CHARS ? json : "[]";
  }

  public static List<Entry> read(String json) {
    List<Entry> entries = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject o = value.asJsonObject();
        Language.fromCode(o.getString("lang")).ifPresent(language -> entries.add(new Entry(
            o.getString("article"), o.getString("anchor"), language.code(), o.getInt("revision"), o.getString("title"), o.getString("section"))));
      }
    }
    return entries;
  }

  /** The entries of sections shown now, as they will be recorded. */
  public static List<Entry> entries(List<LinkedSections.Shown> shown) {
    return read(record(shown));
  }

  private static String cut(String title) {
    return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
  }
}
