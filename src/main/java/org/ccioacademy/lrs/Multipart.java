package org.ccioacademy.lrs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code multipart/mixed} as xAPI sends statements with their attachments: the statements first
 * (JSON), then each attachment's content with its SHA-2 ({@code X-Experience-API-Hash}) and {@code
 * Content-Transfer-Encoding: binary}; and the same format written back.
 */
public final class Multipart {

  private Multipart() {}

  /** A part: its headers (names in lower case) and content. */
  public record Part(Map<String, String> headers, byte[] content) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i);\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))");

  /** The boundary a Content-Type names; 400 if none. */
  public static String boundary(String contentType) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw XapiException.bad("Content-Type multipart/mixed needs a boundary");
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** The parts of a body. */
  public static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw XapiException.bad("The multipart body does not contain its boundary");
    }
    while (true) {
      int lineEnd = at + delimiter.length;
      if (lineEnd + 1 < body.length && body[lineEnd] == '-' && body[lineEnd + 1] == '-') {
        break; // the close delimiter
      }
      int headersStart = skipLine(body, lineEnd);
      int next = indexOf(body, delimiter, headersStart);
      if (next < 0) {
        throw XapiException.bad("The multipart body is not closed by its boundary");
      }
      int headersEnd =
          indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      int contentStart;
      Map<String, String> headers = new LinkedHashMap<>();
      if (headersEnd < 0 || headersEnd > next) {
        if (startsWith(body, headersStart, "\r\n")) {
          contentStart = headersStart + 2;
        } else {
          throw XapiException.bad("A multipart part has no blank line after its headers");
        }
      } else {
        String head =
            new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
        for (String line : head.split("\r\n")) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            headers.put(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                line.substring(colon + 1).trim());
          }
        }
        contentStart = headersEnd + 4;
      }
      // the CRLF before the delimiter belongs to it
      int contentEnd =
          next >= 2 && body[next - 2] == '\r' && body[next - 1] == '\n' ? next - 2 : next;
      byte[] content = new byte[Math.max(0, contentEnd - contentStart)];
      System.arraycopy(body, contentStart, content, 0, content.length);
      parts.add(new Part(headers, content));
      at = next;
    }
    return parts;
  }

  private static int skipLine(byte[] b, int from) {
    int i = from;
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    return Math.min(i + 1, b.length);
  }

  private static boolean startsWith(byte[] b, int at, String s) {
    byte[] p = s.getBytes(StandardCharsets.ISO_8859_1);
    if (at + p.length > b.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[at + i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] b, byte[] p, int from) {
    outer:
    for (int i = from; i <= b.length - p.length; i++) {
      for (int j = 0; j < p.length; j++) {
        if (b[i + j] != p[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * The SHA-2 of {@code bytes} with as many hex digits as {@code like} (224, 256, 384 or 512 bits).
   */
  public static String sha2Like(String like, byte[] bytes) {
    String algorithm =
        switch (like.length()) {
          case 56 -> "SHA-224";
          case 96 -> "SHA-384";
          case 128 -> "SHA-512";
          default -> "SHA-256";
        };
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
