package id.go.bps.pst.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Who a public rate limit counts as one client (no Spring context: the filter on mock requests). */
class PublicRateLimitFilterTest {

  private final PublicRateLimitFilter filter = new PublicRateLimitFilter(
      new PublicRateLimits(new RateLimitProperties(true, 10, 30, 120, 20, Duration.ofMinutes(10))), new ObjectMapper());

  /**
   * A phone on IPv6 owns a whole /64 and may send every request from another address of it: counted per address,
   * 200 guest books (200 queue tickets) from one phone all passed. The /64 is one client now.
   */
  @Test
  void aRegistrationFloodFromOneIpv6NetworkIsOneClient() throws Exception {
    int passed = 0;
    for (int i = 1; i <= 40; i++) {
      if (registration("2001:db8:1234:5678:" + Integer.toHexString(i) + ":0:0:" + Integer.toHexString(i)) != 429) {
        passed++;
      }
    }
    assertThat(passed).isEqualTo(30);
    MockHttpServletResponse limited = post("/kiosk", "2001:db8:1234:5678::ffff");
    assertThat(limited.getStatus()).isEqualTo(429);
    assertThat(limited.getHeader("Retry-After")).isNotBlank();
    assertThat(limited.getContentAsString()).contains("Terlalu banyak permintaan dari perangkat ini");
    // the neighbouring /64 (another subscriber) and an IPv4 client are not held by it
    assertThat(registration("2001:db8:1234:5679::1")).isNotEqualTo(429);
    assertThat(registration("203.0.113.9")).isNotEqualTo(429);
  }

  @Test
  void ipv4AddressesAreEachTheirOwnClient() throws Exception {
    for (int i = 0; i < 30; i++) {
      assertThat(registration("203.0.113.10")).isNotEqualTo(429);
    }
    assertThat(registration("203.0.113.10")).isEqualTo(429);
    assertThat(registration("203.0.113.11")).isNotEqualTo(429);
  }

  @Test
  void theKeyOfAnAddress() {
    assertThat(ClientAddresses.key("203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(ClientAddresses.key("2001:db8:1234:5678:9:8:7:6")).isEqualTo("2001:db8:1234:5678::/64");
    assertThat(ClientAddresses.key("2001:0db8:1234:5678:0:0:0:1")).isEqualTo("2001:db8:1234:5678::/64");
    assertThat(ClientAddresses.key("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(ClientAddresses.key("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    assertThat(ClientAddresses.key(null)).isEqualTo("?");
    assertThat(ClientAddresses.key("bukan-alamat")).isEqualTo("bukan-alamat");
  }

  /**
   * The rate limits count the address Tomcat takes from X-Forwarded-For behind nginx. Probed on 2026-12-03 with
   * {@code server.forward-headers-strategy=native}: from a private address, each POST /kiosk/cari with another
   * "X-Forwarded-For: 203.0.113.N" passed (12 of 12; without the header the 11th was 429), and nginx appended the
   * peer to what the client sent, so a client on a private network chose its own key. nginx now sends the peer only.
   */
  @Test
  void theLoadBalancerPassesThePeersAddressNotTheClientsHeader() throws Exception {
    String nginx = java.nio.file.Files.readString(java.nio.file.Path.of("docker/nginx.conf"));
    assertThat(nginx).doesNotContain("$proxy_add_x_forwarded_for").doesNotContain("$http_x_forwarded_for");
    java.util.regex.Matcher forwarded = java.util.regex.Pattern.compile("proxy_set_header\\s+X-Forwarded-For\\s+([^;]+);")
        .matcher(nginx);
    int locations = 0;
    while (forwarded.find()) {
      assertThat(forwarded.group(1).strip()).isEqualTo("$remote_addr");
      locations++;
    }
    assertThat(locations).isGreaterThanOrEqualTo(2);
  }

  private int registration(String address) throws Exception {
    return post("/kiosk", address).getStatus();
  }

  private MockHttpServletResponse post(String path, String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setServletPath(path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
