package org.ccioacademy.lrs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writing the LRS's answers. */
final class Responses {

  private Responses() {}

  static void json(HttpServletResponse response, int status, String json, boolean head)
      throws IOException {
    bytes(
        response,
        status,
        "application/json; charset=utf-8",
        json.getBytes(StandardCharsets.UTF_8),
        head);
  }

  static void bytes(
      HttpServletResponse response, int status, String contentType, byte[] bytes, boolean head)
      throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(bytes.length);
    if (!head) {
      response.getOutputStream().write(bytes);
    }
  }

  static void lastModified(HttpServletResponse response, OffsetDateTime t) {
    response.setHeader(
        "Last-Modified",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC)));
  }
}
