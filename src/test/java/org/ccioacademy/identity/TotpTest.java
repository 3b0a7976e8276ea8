package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** The SHA-1 key of RFC 6238's test vectors. */
  private static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theCodesOfRfc6238() {
    // RFC 6238 appendix B gives 8 digits; an authenticator app shows the last 6
    assertThat(Totp.code(KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    assertThat(Totp.code(KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    assertThat(Totp.code(KEY, Totp.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
    assertThat(Totp.code(KEY, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    assertThat(Totp.code(KEY, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
  }

  @Test
  void aCodeWorksForTheStepsAroundNowAndOnlyOnce() {
    Instant now = Instant.ofEpochSecond(1234567890);
    long step = Totp.step(now);
    assertThat(Totp.match(KEY, "005924", now, 0)).hasValue(step);
    assertThat(Totp.match(KEY, "005 924", now, 0)).as("spaces ignored").hasValue(step);
    assertThat(Totp.match(KEY, Totp.code(KEY, step - 1), now, 0)).hasValue(step - 1);
    assertThat(Totp.match(KEY, Totp.code(KEY, step + 1), now, 0)).hasValue(step + 1);
    assertThat(Totp.match(KEY, Totp.code(KEY, step - 2), now, 0)).isEmpty();
    assertThat(Totp.match(KEY, "005924", now, step)).as("used already").isEmpty();
    assertThat(Totp.match(KEY, "12345", now, 0)).isEmpty();
    assertThat(Totp.match(KEY, "abcdef", now, 0)).isEmpty();
    assertThat(Totp.match(KEY, null, now, 0)).isEmpty();
  }

  @Test
  void base32AsRfc4648() {
    assertThat(Totp.base32("".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
    assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Totp.base32(KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  }

  @Test
  void theAddressAnAppScans() {
    assertThat(Totp.uri("CCIO Academy", "a.b@nhs.net", KEY))
        .isEqualTo(
            "otpauth://totp/CCIO%20Academy%3Aa.b%40nhs.net?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=CCIO%20Academy&algorithm=SHA1&digits=6&period=30");
  }
}
