package id.go.bps.pst.common.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a per-client rate limit counts under: an IPv4 address as it is, an IPv6 address by its /64 network.
 * One IPv6 subscriber (a phone, a home router) is given a whole /64 and may send each request from another address
 * of it; counted per address, a registration flood from one phone was never limited.
 */
public final class ClientAddresses {

  private ClientAddresses() {
  }

  /** The rate-limit key of the servlet's remote address ({@code "?"} when there is none). */
  public static String key(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isBlank()) {
      return "?";
    }
    if (remoteAddress.indexOf(':') < 0) {
      return remoteAddress; // IPv4 (Tomcat gives the literal address)
    }
    try {
      // a literal is parsed, never looked up
      InetAddress address = InetAddress.getByName(remoteAddress);
      if (address instanceof Inet4Address) {
        return address.getHostAddress(); // an IPv4-mapped address
      }
      if (address instanceof Inet6Address) {
        byte[] bytes = address.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
          prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
      }
    } catch (UnknownHostException | SecurityException notAnAddress) {
      // fall through: counted as written
    }
    return remoteAddress;
  }
}
