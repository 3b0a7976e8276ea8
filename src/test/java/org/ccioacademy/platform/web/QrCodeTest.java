package org.ccioacademy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import org.ccioacademy.testing.TestQr;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void everyCheckInLinkReadsBackFromItsPng() {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      String link =
          "https://academy.example.nhs.uk/events/checkin.xhtml?s="
              + random.nextInt(100_000)
              + "&t="
              + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
      String uri =
          "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(link, 360));
      assertThat(TestQr.read(uri)).isEqualTo(link);
    }
  }
}
