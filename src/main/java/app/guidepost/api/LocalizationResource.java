package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.editing.Localization;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The localization overview for editors: for every language, how many articles and guides are
 * missing, out of date or up to date ({@code GET /api/localization}); for one language, which
 * ones ({@code GET /api/localization/{lang}}).
 */
@Path("localization")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LocalizationResource {

  @Inject Localization localization;
  @Inject Caller caller;
  @Inject Readiness readiness;

  /** Counts per status, for articles and for guides. */
  public record Counts(Map<String, Long> articles, Map<String, Long> guides) {}

  /** One language: the counts, and every article and guide with its status. */
  public record LanguageOverview(String lang, Counts counts, List<Localization.Item> items) {}

  @GET
  public Map<String, Counts> summary() {
    caller.require(Role.EDITOR, "The localization overview");
    readiness.requireReady();
    Map<String, Counts> all = new java.util.LinkedHashMap<>();
    localization.overviews().forEach((language, items) -> all.put(language.code(), counts(items)));
    return all;
  }

  /**
   * One language's overview: articles, then guides, by slug; {@code order=reads} puts the
   * articles readers of that language opened most lately first (what to translate first).
   */
  @GET
  @Path("{lang}")
  public LanguageOverview language(@PathParam("lang") String lang, @QueryParam("order") String order) {
    caller.require(Role.EDITOR, "The localization overview");
    Language language = Language.require(lang);
    Comparator<Localization.Item> byOrder = switch (Optional.ofNullable(order).orElse("slug")) {
      case "slug" -> Comparator.comparing(Localization.Item::slug);
      case "reads" -> Comparator.comparing((Localization.Item item) -> Optional.ofNullable(item.reads()).orElse(0L)).reversed()
          .thenComparing(Localization.Item::slug);
      default -> throw new InvalidInputException("Invalid order", "'order' must be slug or reads, not '" + InvalidInputException.excerpt(order) + "'.");
    };
    readiness.requireReady();
    List<Localization.Item> items = new ArrayList<>(localization.overview(language));
    items.sort(Comparator.comparing(Localization.Item::type).thenComparing(byOrder));
    return new LanguageOverview(language.code(), counts(items), items);
  }

  private static Counts counts(List<Localization.Item> items) {
    return new Counts(count(items, "article"), count(items, "guide"));
  }

  private static Map<String, Long> count(List<Localization.Item> items, String type) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (Localization.Status status : Localization.Status.values()) {
      counts.put(status.code(), items.stream().filter(i -> i.type().equals(type) && i.status().equals(status.code())).count());
    }
    return counts;
  }
}
