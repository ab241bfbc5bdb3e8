package app.guidepost.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** A small HTTP client for tests against a running server. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final HttpClient client;
  private final java.net.CookieManager cookies;

  Http(URI base) {
    this(base, CLIENT, null);
  }

  private Http(URI base, HttpClient client, java.net.CookieManager cookies) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.client = client;
    this.cookies = cookies;
  }

  URI baseUri() {
    return base;
  }

  /** A client that keeps cookies, like a browser: for sessions. */
  static Http withCookies(URI base) {
    java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
    return new Http(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .cookieHandler(cookies).build(), cookies);
  }

  /** The value of a cookie this client holds. */
  java.util.Optional<String> cookie(String name) {
    return cookies == null ? java.util.Optional.empty()
        : cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst();
  }

  /** Sends any method with an optional JSON body. */
  Answer send(String method, String path, String json, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!json.isEmpty() && !typed) {
      request.header("Content-Type", "application/json");
    }
    return send(request, headers);
  }

  /** Sends {@code bytes} as the body, with the headers given (a Content-Type among them if wanted). */
  Answer sendBytes(String method, String path, byte[] bytes, String... headers) {
    return send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)), headers);
  }

  /** A response with its body as bytes, for files. */
  record Download(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse("");
    }
  }

  Download download(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body read as text. */
  record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    private static final java.util.regex.Pattern FORM_TOKEN = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** The token the first form of this page repeats in its {@code csrf} field; fails when the page has none. */
    String formToken() {
      java.util.regex.Matcher token = FORM_TOKEN.matcher(body);
      if (!token.find()) {
        throw new AssertionError("no form token on the page (status " + status + ")");
      }
      return token.group(1);
    }

    jakarta.json.JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  Answer get(String path, String... headers) {
    // "/health/ready" is on the server root; "api/..." is relative to the application.
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
  }

  /** POSTs {@code json} (an empty string sends no body). */
  Answer post(String path, String json, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!json.isEmpty() && !typed) {
      request.header("Content-Type", "application/json");
    }
    return send(request, headers);
  }

  private Answer send(HttpRequest.Builder request, String... headers) {
    request.timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the server reports ready; fails with the last answer if it never does. */
  void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        Answer answer = get("/health/ready");
        if (answer.status() == 200) {
          return;
        }
        last = answer.status() + " " + answer.body();
      } catch (UncheckedIOException e) {
        last = e.getMessage();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Server not ready after " + timeout + ": " + last);
  }
}
