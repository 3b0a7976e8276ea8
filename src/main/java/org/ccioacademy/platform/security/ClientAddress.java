package org.ccioacademy.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The address of the client behind a request, and its network. Behind a reverse proxy every request
 * comes from the proxy: only when the direct peer is one of {@code ccio.http.trusted-proxies} is
 * {@code X-Forwarded-For} read, right to left, skipping trusted proxies, so a client cannot choose
 * its address by sending the header itself.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /** The client's address as text (IPv6 in full lower-case form). */
  public static String of(HttpServletRequest request, List<String> trustedProxies) {
    String peer = normalise(request.getRemoteAddr());
    if (!trusted(peer, trustedProxies)) {
      return peer;
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    String client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = normalise(hops[i].strip());
      if (hop == null) {
        return client; // a malformed entry: believe nothing further left
      }
      client = hop;
      if (!trusted(hop, trustedProxies)) {
        return hop;
      }
    }
    return client; // every hop a trusted proxy: the leftmost is the client
  }

  /**
   * The network an address belongs to, for counting a neighbourhood together: the /24 of an IPv4
   * address, the /64 of an IPv6 one.
   */
  public static String network(String address) {
    if (!isLiteral(address)) {
      return address;
    }
    try {
      byte[] b = InetAddress.getByName(address).getAddress();
      if (b.length == 4) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24";
      }
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
      }
      return s.append(":/64").toString();
    } catch (UnknownHostException e) {
      return address;
    }
  }

  /** A literal IPv4 or IPv6 address in one canonical form, or null if it is not one. */
  static String normalise(String literal) {
    if (literal != null && literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (literal != null && literal.indexOf('%') > 0) {
      literal = literal.substring(0, literal.indexOf('%')); // an IPv6 zone (0:0:0:0:0:0:0:1%0)
    }
    if (!isLiteral(literal)) {
      return null;
    }
    try {
      return InetAddress.getByName(literal).getHostAddress().toLowerCase(Locale.ROOT);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /**
   * Whether the text is an IP address literal: a dotted quad, or hex and colons (IPv6). Only
   * literals are ever parsed, so nothing a client sends can make us look up a host name.
   */
  static boolean isLiteral(String s) {
    return s != null
        && s.length() <= 45
        && (s.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            || (s.indexOf(':') >= 0 && s.matches("[0-9A-Fa-f:.]+")));
  }

  private static boolean trusted(String address, List<String> trustedProxies) {
    return inAny(address, trustedProxies);
  }

  /**
   * Whether an address is one of a list of addresses or CIDR networks (blank entries ignored; a
   * name or anything not an address literal never matches).
   */
  public static boolean inAny(String address, List<String> networks) {
    if (address == null) {
      return false;
    }
    for (String network : networks) {
      if (!network.isBlank() && Cidr.contains(network.strip(), address)) {
        return true;
      }
    }
    return false;
  }

  /** An address or a network in CIDR form (10.0.0.0/8, fd00::/8). */
  static final class Cidr {
    private Cidr() {}

    static boolean contains(String cidr, String address) {
      try {
        int slash = cidr.indexOf('/');
        String host = slash < 0 ? cidr : cidr.substring(0, slash);
        if (!isLiteral(host) || !isLiteral(address)) {
          return false;
        }
        byte[] net = InetAddress.getByName(host).getAddress();
        byte[] a = InetAddress.getByName(address).getAddress();
        if (net.length != a.length) {
          return false;
        }
        int bits = slash < 0 ? net.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        for (int i = 0; i < net.length && bits > 0; i++, bits -= 8) {
          int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
          if ((net[i] & mask) != (a[i] & mask)) {
            return false;
          }
        }
        return true;
      } catch (UnknownHostException | NumberFormatException e) {
        return false;
      }
    }
  }
}
