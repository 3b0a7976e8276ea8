package org.ccioacademy.platform.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes as PNG images: the check-in screen's, and the verification link on certificates. */
public final class QrCode {

  private QrCode() {}

  /**
   * The modules of a QR code of {@code text}: true for dark, one entry per module, with a quiet
   * zone of 4 modules all round. For drawing it as vector squares (in a PDF, crisp at any size).
   * The mask pattern is fixed (the standard allows any of the eight): choosing the "best" one costs
   * more than the rest of a certificate put together, and every reader reads them all.
   */
  public static boolean[][] modules(String text) {
    try {
      BitMatrix m =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4,
                      EncodeHintType.QR_MASK_PATTERN,
                      2));
      boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          dark[y][x] = m.get(x, y);
        }
      }
      return dark;
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
    }
  }

  /** A QR code of {@code text} as a PNG, black on white with a quiet zone. */
  public static byte[] png(String text, int size) {
    try {
      BitMatrix m =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  size,
                  size,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
      BufferedImage image =
          new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          image.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot draw a QR code of " + text, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
