package app.guidepost.api;

import app.guidepost.i18n.Language;
import app.guidepost.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/languages}: the languages Guidepost serves, each named in itself, for a
 * language switcher. Needs nothing but the application, so it also measures the framework's
 * own cost in the benchmarks.
 */
@Path("languages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LanguageResource {

  @Inject Messages messages;

  /** A language: its code, its name in itself, its writing direction. */
  public record LanguageView(String code, String name, String dir) {}

  @GET
  public List<LanguageView> languages() {
    return Arrays.stream(Language.values())
        .map(l -> new LanguageView(l.code(), messages.endonym(l), l.isRightToLeft() ? "rtl" : "ltr"))
        .toList();
  }
}
