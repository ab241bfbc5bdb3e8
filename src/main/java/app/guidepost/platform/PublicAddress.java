package app.guidepost.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address readers reach the help center at, for the few answers that must name it in full
 * (the sitemap). It is {@code guidepost.public.url} when set; otherwise the address and port the
 * request arrived on. Never the {@code Host} header: whoever sends a request chooses it, and a
 * cache in front would keep the answer built with it for every later reader.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "guidepost.public.url")
  Optional<String> configured;

  /** Scheme, host, port and context path, without a trailing slash. */
  public String of(HttpServletRequest request) {
    return configured.filter(url -> !url.isBlank()).flatMap(PublicAddress::checked)
        .orElseGet(() -> request.getScheme() + "://" + host(request.getLocalAddr())
            + (request.getLocalPort() == 80 || request.getLocalPort() == 443 ? "" : ":" + request.getLocalPort())
            + request.getContextPath());
  }

  /** The configured address; a malformed one is logged and the request's own address used instead. */
  private static Optional<String> checked(String url) {
    try {
      URI uri = new URI(url.strip());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        String text = uri.toString();
        return Optional.of(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      }
    } catch (URISyntaxException e) {
      // logged below
    }
    LOG.warning("guidepost.public.url must be an http or https address such as https://help.example.com; ignoring '" + url + "'");
    return Optional.empty();
  }

  private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

  private static String host(String address) {
    try {
      return InetAddress.getByName(address) instanceof Inet6Address ? "[" + address.replaceFirst("%.*$", "") + "]" : address;
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
