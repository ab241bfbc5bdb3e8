package app.guidepost.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for limits per address (sign-in throttling) and for telling
 * searchers apart. It is the connection's peer, unless that peer is one of the proxies named in
 * {@code guidepost.proxy.trusted} (addresses or CIDR ranges, comma-separated): then
 * {@code X-Forwarded-For} is read from the right, past every trusted proxy, and the first other
 * address is the client. The header is never read from anyone else: any client can write it.
 */
@ApplicationScoped
public class ClientAddress {

  private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());
  /** Only literal addresses are parsed: a name would make the JVM ask DNS. */
  private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  @Inject
  @ConfigProperty(name = "guidepost.proxy.trusted")
  Optional<String> trustedSetting;

  private List<Range> trusted = List.of();

  /** A network: its first address's bytes and the length of its prefix. */
  record Range(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      return rest == 0 || ((address[full] ^ network[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
    }
  }

  @PostConstruct
  void read() {
    trusted = parseRanges(trustedSetting.orElse(""));
  }

  static List<Range> parseRanges(String setting) {
    List<Range> ranges = new ArrayList<>();
    for (String item : setting.split(",")) {
      String entry = item.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int slash = entry.indexOf('/');
      Optional<byte[]> address = literal(slash < 0 ? entry : entry.substring(0, slash));
      try {
        int prefix = slash < 0 ? address.map(a -> a.length * 8).orElse(0) : Integer.parseInt(entry.substring(slash + 1));
        if (address.isPresent() && prefix >= 0 && prefix <= address.get().length * 8) {
          ranges.add(new Range(address.get(), prefix));
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      LOG.warning("guidepost.proxy.trusted: '" + entry + "' is not an address or a CIDR range such as 10.0.0.0/8; it is ignored");
    }
    return List.copyOf(ranges);
  }

  /** The client's address as text (the peer's when nothing trusted says otherwise). */
  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
  }

  String of(String peer, java.util.Enumeration<String> forwardedHeaders) {
    if (trusted.isEmpty() || !isTrusted(peer) || forwardedHeaders == null) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    while (forwardedHeaders.hasMoreElements()) {
      for (String hop : forwardedHeaders.nextElement().split(",")) {
        hops.add(hop.strip());
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<byte[]> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        return client;
      }
      client = hops.get(i);
      if (!trusted.stream().anyMatch(range -> range.contains(hop.get()))) {
        return client;
      }
    }
    return client;
  }

  private boolean isTrusted(String address) {
    return literal(address).map(bytes -> trusted.stream().anyMatch(range -> range.contains(bytes))).orElse(false);
  }

  /**
   * The address one client is counted by: an IPv4 address as it is, an IPv6 address by its /64
   * network (what one subscriber or one host is given: every address in it is the same client),
   * both in canonical form, so that other spellings of one address are one client too.
   */
  public static String client(String address) {
    return literal(address).map(bytes -> {
      byte[] counted = bytes.length == 16 ? java.util.Arrays.copyOf(java.util.Arrays.copyOf(bytes, 8), 16) : bytes;
      try {
        return InetAddress.getByAddress(counted).getHostAddress();
      } catch (UnknownHostException e) {
        return address;
      }
    }).orElse(address);
  }

  static Optional<byte[]> literal(String text) {
    String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!LITERAL.matcher(address).matches() || (!address.contains(":") && !address.contains("."))) {
      return Optional.empty();
    }
    // "1.2.3.999" has the shape of an address but is none: the JVM would look it up as a name.
    if (!address.contains(":") && java.util.Arrays.stream(address.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(address).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
