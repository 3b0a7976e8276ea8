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
   */
  public static boolean[][] modules(String text) {
    BitMatrix m = encode(text, 0);
    boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        dark[y][x] = m.get(x, y);
      }
    }
    return dark;
  }

  /** A QR code of {@code text} as a PNG, black on white with a quiet zone. */
  public static byte[] png(String text, int size) {
    BitMatrix m = encode(text, size);
    BufferedImage image =
        new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        image.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Encodes {@code text} (error correction M, quiet zone 4), scaled to {@code size} pixels (0: one
   * per module). The mask pattern is fixed (the standard allows any of the eight): choosing the
   * "best" one by scoring all eight costs more than drawing a whole certificate, and every reader
   * reads them all.
   */
  private static BitMatrix encode(String text, int size) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              size,
              size,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4,
                  EncodeHintType.QR_MASK_PATTERN,
                  2));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
    }
  }
}
