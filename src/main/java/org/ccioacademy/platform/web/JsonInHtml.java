package org.ccioacademy.platform.web;

/**
 * JSON made safe to write inside an HTML page, in a {@code <script>} element or an attribute: the
 * characters that could end the element or start markup ({@code <}, {@code >}, {@code &}), the
 * quote ({@code '}) and the two line terminators JavaScript once treated as new lines (U+2028,
 * U+2029) are written as JSON unicode escapes ({@code <} as backslash-u003c). They can only occur
 * inside JSON strings, where the escape means the same character, so the value read back is
 * unchanged.
 */
public final class JsonInHtml {

  private JsonInHtml() {}

  public static String escape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\'', '\u2028', '\u2029' ->
            out.append(String.format("\\u%04x", (int) c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
