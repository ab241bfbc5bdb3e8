package app.guidepost.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every request (API, pages, assets) as {@code guidepost_requests_seconds} by route,
 * method and status class: the request rate and latency per route, for dashboards and alerts.
 * Requests of signed-in staff are timed together under the route {@code staff}, whatever they
 * asked for: anyone may scrape {@code /metrics}, and a count per route would show how much
 * editing of internal articles goes on (each route's own latency is still there for readers).
 */
@WebFilter("/*")
public class RequestMetrics extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient MetricRegistry registry;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      registry.timer("guidepost.requests",
              new Tag("route", request.getUserPrincipal() != null ? "staff" : Routes.of(path)),
              new Tag("method", request.getMethod().length() <= 7 ? request.getMethod() : "OTHER"),
              new Tag("status", response.getStatus() / 100 + "xx"))
          .update(Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
