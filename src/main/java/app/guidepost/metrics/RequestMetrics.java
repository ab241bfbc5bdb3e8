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
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

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

  /** The timers by route, method and status class: looking one up in the registry (its tags checked, its id built) cost more than timing. */
  private final transient ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String route = request.getUserPrincipal() != null ? "staff" : Routes.of(path);
      String method = request.getMethod().length() <= 7 ? request.getMethod() : "OTHER";
      String status = response.getStatus() / 100 + "xx";
      timers.computeIfAbsent(route + ' ' + method + ' ' + status, key -> registry.timer("guidepost.requests",
              new Tag("route", route), new Tag("method", method), new Tag("status", status)))
          .update(Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
