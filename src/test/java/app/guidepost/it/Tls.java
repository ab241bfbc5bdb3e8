package app.guidepost.it;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Requests over TLS to a server that serves Payara Micro's own self-signed certificate, for tests only. */
final class Tls {

  private Tls() {}

  /** A connection that accepts the self-signed certificate and does not follow redirects. */
  static HttpsURLConnection open(int port, String path) throws Exception {
    TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, null);
    HttpsURLConnection connection = (HttpsURLConnection) URI.create("https://localhost:" + port + path).toURL().openConnection();
    connection.setSSLSocketFactory(context.getSocketFactory());
    connection.setHostnameVerifier((host, session) -> true);
    connection.setInstanceFollowRedirects(false);
    connection.setConnectTimeout(5000);
    connection.setReadTimeout(30000);
    return connection;
  }

  /** The {@code Set-Cookie} header that sets {@code name}. */
  static String cookie(HttpsURLConnection connection, String name) {
    return connection.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + connection.getHeaderFields()));
  }
}
