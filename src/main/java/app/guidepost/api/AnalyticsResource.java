package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;

import app.guidepost.analytics.SearchAnalytics;
import app.guidepost.analytics.SearchReport;
import app.guidepost.article.Slug;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.search.SearchRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;

/**
 * Search analytics: {@code POST /api/analytics/clicks} records a hit opened from a search
 * (anyone; nothing identifies the person), {@code GET /api/analytics/search?lang=&days=} reports
 * per language for agents and editors only.
 */
@Path("analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

  private static final Set<String> CLICK_FIELDS = Set.of("query", "lang", "article", "articleLang");

  @Inject SearchAnalytics analytics;
  @Inject SearchReport report;
  @Inject Caller caller;

  @POST
  @Path("clicks")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response click(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("Missing body", "Send a JSON object with query, lang, article and articleLang.");
    }
    JsonObject click = JsonBodies.object(body, CLICK_FIELDS);
    String query = SearchRequest.parse(Optional.of(text(click, "query")), Language.EN, Optional.empty(), Optional.empty(), false).text();
    Language language = Language.require(text(click, "lang"));
    Slug article = Slug.parse(text(click, "article")).orElseThrow(() -> new InvalidInputException("Invalid slug", "'article' must be an article slug."));
    Language articleLanguage = Language.require(text(click, "articleLang"));
    analytics.clicked(language, query, article.value(), articleLanguage);
    return Response.accepted().build();
  }

  @GET
  @Path("search")
  public SearchReport.Figures search(
      @QueryParam("lang") String lang, @QueryParam("days") String days) {
    caller.require(Role.AGENT, "Search analytics");
    Language language = Language.require(Optional.ofNullable(lang).filter(l -> !l.isBlank())
        .orElseThrow(() -> new InvalidInputException("Missing lang", "Parameter 'lang' is required: analytics are per language.")));
    int period = SearchRequest.integer("days", Optional.ofNullable(days), 30, 1, 366);
    return report.figures(language, period);
  }

  private static String text(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (!(value instanceof JsonString string)) {
      throw new InvalidInputException("Invalid click", "Field '" + field + "' must be a string.");
    }
    return string.getString();
  }
}
