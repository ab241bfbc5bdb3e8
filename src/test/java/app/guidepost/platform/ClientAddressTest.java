package app.guidepost.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static ClientAddress trusting(String setting) {
    ClientAddress address = new ClientAddress();
    address.trustedSetting = Optional.of(setting);
    address.read();
    return address;
  }

  private static java.util.Enumeration<String> headers(String... values) {
    return Collections.enumeration(List.of(values));
  }

  @Test
  void theHeaderIsIgnoredUnlessThePeerIsATrustedProxy() {
    assertThat(trusting("").of("203.0.113.7", headers("198.51.100.1"))).isEqualTo("203.0.113.7");
    assertThat(trusting("10.0.0.0/8").of("203.0.113.7", headers("198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void theClientIsTheFirstAddressFromTheRightThatIsNoTrustedProxy() {
    ClientAddress address = trusting("10.0.0.0/8, 192.168.1.5");
    assertThat(address.of("10.1.2.3", headers("198.51.100.1"))).isEqualTo("198.51.100.1");
    // A client may write its own X-Forwarded-For: what the proxies appended counts, not what it wrote.
    assertThat(address.of("10.1.2.3", headers("1.2.3.4, 198.51.100.1, 192.168.1.5"))).isEqualTo("198.51.100.1");
    assertThat(address.of("10.1.2.3", headers("1.2.3.4", "198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(address.of("10.1.2.3", headers("not-an-address, 198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(address.of("10.1.2.3", headers("evil.example"))).isEqualTo("10.1.2.3");
  }

  @Test
  void rangesMatchByTheirPrefixInIpv4AndIpv6() {
    ClientAddress address = trusting("172.16.0.0/12, ::1, fd00::/8");
    assertThat(address.of("172.31.255.1", headers("198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(address.of("172.32.0.1", headers("198.51.100.1"))).isEqualTo("172.32.0.1");
    assertThat(address.of("0:0:0:0:0:0:0:1", headers("2001:db8::1"))).isEqualTo("2001:db8::1");
    assertThat(address.of("fd12::7", headers("2001:db8::2"))).isEqualTo("2001:db8::2");
  }

  @Test
  void oneClientIsOneAddressInIpv4AndOneSlash64InIpv6HoweverItIsSpelled() {
    assertThat(ClientAddress.client("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.client("2001:db8:0:0:1::7")).isEqualTo(ClientAddress.client("2001:DB8::ffff:1:2"));
    assertThat(ClientAddress.client("2001:db8::1")).isNotEqualTo(ClientAddress.client("2001:db8:0:1::1"));
    assertThat(ClientAddress.client("[2001:db8::1]")).isEqualTo(ClientAddress.client("2001:0db8::0001"));
  }

  @Test
  void aMalformedSettingIsIgnoredAndNamesAreNeverLookedUp() {
    assertThat(ClientAddress.parseRanges("10.0.0.0/40, proxy.example, 10.0.0.1/x")).isEmpty();
    assertThat(ClientAddress.literal("localhost")).isEmpty();
    // Names made of hex letters are names too: never passed to a lookup.
    assertThat(ClientAddress.literal("cafe.de")).isEmpty();
    assertThat(ClientAddress.literal("dead.beef")).isEmpty();
    assertThat(ClientAddress.literal("1.2.3.999")).isEmpty();
    assertThat(ClientAddress.literal("999.999.999.999")).isEmpty();
  }
}
