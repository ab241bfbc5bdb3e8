package app.guidepost.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;

/** An RFC 9457 problem detail. Never carries a class name or a stack trace. */
@JsonbPropertyOrder({"type", "title", "status", "detail"})
public record Problem(String type, String title, int status, String detail) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    String kind = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return new Problem("https://guidepost.app/problems/" + kind, title, status, detail);
  }
}
