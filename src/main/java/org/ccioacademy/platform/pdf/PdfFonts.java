package org.ccioacademy.platform.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the documents we make (certificates, portfolios): Liberation Serif and Sans, from
 * the openpdf-fonts-extra jar, embedded as subsets so every name prints, accents included.
 */
public final class PdfFonts {

  public static final BaseFont SERIF = font("liberation/LiberationSerif-Regular.ttf");
  public static final BaseFont SERIF_BOLD = font("liberation/LiberationSerif-Bold.ttf");
  public static final BaseFont SERIF_ITALIC = font("liberation/LiberationSerif-Italic.ttf");
  public static final BaseFont SANS = font("liberation/LiberationSans-Regular.ttf");
  public static final BaseFont SANS_BOLD = font("liberation/LiberationSans-Bold.ttf");

  private PdfFonts() {}

  private static BaseFont font(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the classpath: " + resource);
      }
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
