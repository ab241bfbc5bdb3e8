package app.guidepost.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JSON API under {@code /api}; the roles of its callers are agent, editor and admin. Its
 * OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
    title = "Guidepost API",
    version = "1",
    description = "Multilingual knowledge base and guided help: search, articles, guides and walkthroughs, editing, accounts. "
        + "Errors are application/problem+json (RFC 9457)."))
@DeclareRoles({"agent", "editor", "admin"})
public class GuidepostApi extends Application {

  /**
   * No WADL: Jersey would answer every {@code OPTIONS} with a description naming the framework
   * and its version, and the API's shape is published once, in its OpenAPI document.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
