/**
 * The HTTP API: JAX-RS resources and their response records. Resources validate, convert to
 * domain types and make one call; every error leaves as {@code application/problem+json}
 * through {@link app.guidepost.api.ProblemMappers}.
 */
package app.guidepost.api;
