package app.guidepost.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real HTTP receiver standing in for a ticket system: it refuses the first {@code failures}
 * deliveries of each request (by idempotency key) with 503, accepts the rest, and keeps every
 * delivery it saw.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One POST as received. */
  record Delivery(String idempotencyKey, String attempt, String signature, String body, int answeredWith) {}

  private final HttpServer server;
  private final int failures;
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  private WebhookReceiver(int port, int failures) {
    this.failures = failures;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hook", exchange -> {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String key = String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
      int status = seen.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= failures ? 503 : 201;
      deliveries.add(new Delivery(
          exchange.getRequestHeaders().getFirst("Idempotency-Key"), exchange.getRequestHeaders().getFirst("X-Guidepost-Attempt"),
          exchange.getRequestHeaders().getFirst("X-Guidepost-Signature"), body, status));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  static WebhookReceiver start(int failures) {
    return new WebhookReceiver(0, failures);
  }

  /** Listens on a given port: a receiver that comes back where the server expects it. */
  static WebhookReceiver startOn(int port, int failures) {
    return new WebhookReceiver(port, failures);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Waits until some delivery matches; fails after {@code timeout}. */
  Delivery await(Predicate<Delivery> accepted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (Delivery delivery : deliveries) {
        if (accepted.test(delivery)) {
          return delivery;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No matching delivery within " + timeout + "; received: " + deliveries);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
