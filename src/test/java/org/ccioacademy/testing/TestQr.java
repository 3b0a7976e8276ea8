package org.ccioacademy.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Reads the QR codes our pages show as PNG data URIs. They are pure barcodes (square modules, a
 * quiet zone, nothing else), so they are read as such: ZXing's finder-pattern search, made for
 * camera pictures, misses about 1 in 120 pixel-perfect images, which made the tests flaky.
 */
public final class TestQr {

  private TestQr() {}

  /** The text of the QR code in a {@code data:image/png;base64,...} URI. */
  public static String read(String dataUri) {
    byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new BufferedImageLuminanceSource(
                          ImageIO.read(new ByteArrayInputStream(png))))),
              Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
          .getText();
    } catch (NotFoundException | ChecksumException | FormatException | IOException e) {
      throw new AssertionError("The QR code could not be read: " + e, e);
    }
  }
}
