package org.ccioacademy.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTest {

  @Test
  void partsAreReadWithTheirHeadersAndExactBytes() {
    String body =
        "--abc\r\nContent-Type: application/json\r\n\r\n[{\"a\":1}]\r\n"
            + "--abc\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n"
            + "X-Experience-API-Hash: 0123\r\n\r\nline one\r\nline two\r\n--abc--\r\n";
    List<Multipart.Part> parts =
        Multipart.parse(
            body.getBytes(StandardCharsets.UTF_8),
            Multipart.boundary("multipart/mixed; boundary=abc"));
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).header("Content-Type")).isEqualTo("application/json");
    assertThat(new String(parts.get(1).content(), StandardCharsets.UTF_8))
        .isEqualTo("line one\r\nline two");
    assertThat(parts.get(1).header("x-experience-api-hash")).isEqualTo("0123");
  }

  @Test
  void aBodyWithoutItsBoundaryIsRefused() {
    assertThatThrownBy(() -> Multipart.parse("nothing".getBytes(StandardCharsets.UTF_8), "abc"))
        .isInstanceOf(XapiException.class);
    assertThatThrownBy(() -> Multipart.boundary("multipart/mixed"))
        .hasMessageContaining("boundary");
  }

  @Test
  void sha2LengthsChooseTheAlgorithm() {
    byte[] b = "x".getBytes(StandardCharsets.UTF_8);
    assertThat(Multipart.sha2Like("a".repeat(64), b)).hasSize(64);
    assertThat(Multipart.sha2Like("a".repeat(128), b)).hasSize(128);
  }
}
