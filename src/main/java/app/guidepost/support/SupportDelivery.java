package app.guidepost.support;

import app.guidepost.platform.Readiness;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers stored support requests to the webhook ({@code guidepost.support.webhook.url}) as
 * JSON. A request is claimed with a lease before it is sent, so two instances never send it at
 * the same time; it is marked delivered only after a 2xx answer, and otherwise retried with
 * exponential backoff (with jitter) for as long as it takes. Each delivery carries the request's
 * reference as {@code Idempotency-Key}: if an instance dies after the receiver accepted a
 * request but before recording it, the receiver can recognise the one repeat that follows.
 */
@ApplicationScoped
public class SupportDelivery {

  private static final Logger LOG = Logger.getLogger(SupportDelivery.class.getName());
  static final Duration LEASE = Duration.ofMinutes(2);
  static final Duration TIMEOUT = Duration.ofSeconds(15);
  static final int BATCH = 20;

  @Inject SupportRequestStore store;
  @Inject Readiness readiness;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "guidepost.support.webhook.url")
  Optional<String> webhookUrl;

  /** Shared secret: when set, each delivery is signed with HMAC-SHA256 in {@code X-Guidepost-Signature}. */
  @Inject
  @ConfigProperty(name = "guidepost.support.webhook.secret")
  Optional<String> webhookSecret;

  @Inject
  @ConfigProperty(name = "guidepost.support.retry.initial", defaultValue = "PT10S")
  Duration initialWait;

  @Inject
  @ConfigProperty(name = "guidepost.support.retry.max", defaultValue = "PT15M")
  Duration maxWait;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean warned = new AtomicBoolean();
  private ScheduledFuture<?> polling;
  private Optional<URI> target = Optional.empty();

  @PostConstruct
  void start() {
    target = webhookUrl.map(String::strip).filter(u -> !u.isEmpty()).flatMap(SupportDelivery::parse);
    polling = scheduler.scheduleWithFixedDelay(this::deliverDue, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** Starts polling with the application, so that requests stored before a restart go out without waiting for a new one. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    LOG.fine(() -> "Support request delivery " + (target.isPresent() ? "to " + target.get().getHost() : "is not configured"));
  }

  /** A new request was committed: try it now rather than at the next poll. */
  void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestStored event) {
    scheduler.execute(this::deliverDue);
  }

  /** Fired when a request is stored; observed once its transaction has committed. */
  record RequestStored(String reference) {}

  void deliverDue() {
    if (!readiness.isReady() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      if (target.isEmpty()) {
        warnOnceIfWaiting();
        return;
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      List<Long> due = store.due(now, BATCH);
      for (long id : due) {
        store.claim(id, now, now.plus(LEASE)).ifPresent(this::deliver);
      }
    } catch (RuntimeException e) {
      // The database may be away; the requests stay stored and the next poll tries again.
      LOG.log(Level.WARNING, "Support request delivery paused: " + e.getMessage());
    } finally {
      running.set(false);
    }
  }

  private void deliver(SupportRequest request) {
    String error;
    try {
      HttpRequest.Builder post = HttpRequest.newBuilder(target.get())
          .timeout(TIMEOUT)
          .header("Content-Type", "application/json; charset=utf-8")
          .header("Idempotency-Key", request.reference())
          .header("X-Guidepost-Delivery", request.reference())
          .header("X-Guidepost-Attempt", String.valueOf(request.attempts() + 1))
          .header("User-Agent", "Guidepost support-request delivery")
          .POST(HttpRequest.BodyPublishers.ofString(request.payload(), StandardCharsets.UTF_8));
      webhookSecret.filter(s -> !s.isBlank()).ifPresent(secret -> post.header("X-Guidepost-Signature", "sha256=" + sign(secret, request.payload())));
      HttpResponse<Void> response = http.send(post.build(), HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        store.delivered(request.id(), OffsetDateTime.now(clock));
        LOG.log(Level.INFO, "Support request {0} delivered (attempt {1})", new Object[] {request.reference(), request.attempts() + 1});
        return;
      }
      error = "HTTP " + response.statusCode();
    } catch (IOException e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    }
    Duration wait = backoff(request.attempts() + 1);
    store.failed(request.id(), error, OffsetDateTime.now(clock), wait);
    LOG.log(Level.WARNING, "Support request {0} not delivered ({1}); next attempt in {2} s",
        new Object[] {request.reference(), error, wait.toSeconds()});
  }

  /** Wait after the n-th failed attempt: initial * 2^(n-1), at most the maximum, minus up to a fifth at random. */
  Duration backoff(int failedAttempts) {
    long millis = initialWait.toMillis();
    for (int i = 1; i < failedAttempts && millis < maxWait.toMillis(); i++) {
      millis *= 2;
    }
    millis = Math.min(millis, maxWait.toMillis());
    return Duration.ofMillis(millis - ThreadLocalRandom.current().nextLong(millis / 5 + 1));
  }

  private void warnOnceIfWaiting() {
    if (!warned.get() && store.pending() > 0 && warned.compareAndSet(false, true)) {
      LOG.warning("Support requests are waiting, but no webhook is configured (guidepost.support.webhook.url); they are kept until one is.");
    }
  }

  static String sign(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static Optional<URI> parse(String url) {
    try {
      URI uri = URI.create(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    LOG.severe("guidepost.support.webhook.url is not an http(s) URL; support requests are kept but not delivered until it is fixed.");
    return Optional.empty();
  }
}
