package app.guidepost.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Adds {@code Server-Timing: app;dur=<ms>} to every API answer: the time spent in the
 * application for this request, without the network and the client's queueing. Browsers'
 * developer tools show it, and the load benchmarks read it for server-side percentiles.
 */
@Provider
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = ServerTiming.class.getName() + ".started";

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(STARTED) instanceof Long started) {
      double millis = (System.nanoTime() - started) / 1_000_000.0;
      response.getHeaders().putSingle("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", millis));
    }
  }
}
