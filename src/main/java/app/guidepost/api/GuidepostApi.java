package app.guidepost.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}; the roles of its callers are agent, editor and admin. */
@ApplicationPath("api")
@DeclareRoles({"agent", "editor", "admin"})
public class GuidepostApi extends Application {}
