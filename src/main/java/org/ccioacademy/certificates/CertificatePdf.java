package org.ccioacademy.certificates;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccioacademy.platform.pdf.PdfFonts;
import org.ccioacademy.platform.web.QrCode;

/**
 * Draws a certificate: A4 landscape, a double frame, the provider's name, the holder's name large,
 * what they achieved and when, CPD hours split participatory and not, delivery mode, learning
 * outcomes, a signature line, the certificate id and a QR code of its verification link. Fonts
 * (Liberation Serif and Sans) are embedded as subsets, so any name prints.
 */
public final class CertificatePdf {

  /** Who issues certificates, from configuration. */
  public record Provider(
      String name, String contact, String signatory, String signatoryRole, String accreditation) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final Color NAVY = new Color(0x0B, 0x2E, 0x59);
  private static final Color GOLD = new Color(0xA6, 0x7C, 0x00);
  private static final Color GREY = new Color(0x44, 0x4B, 0x55);

  private static final BaseFont SERIF_BOLD = PdfFonts.SERIF_BOLD;
  private static final BaseFont SERIF_ITALIC = PdfFonts.SERIF_ITALIC;
  private static final BaseFont SANS = PdfFonts.SANS;

  private CertificatePdf() {}

  public static byte[] render(Certificate c, Provider p, String verifyUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    Document doc = new Document(PageSize.A4.rotate(), 72, 72, 62, 60);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.addTitle(heading(c) + ": " + c.getTitle());
      doc.addAuthor(p.name());
      doc.addSubject("Certificate " + c.getGroupedId() + " for " + c.getHolderName());
      doc.addCreator("CCIO Academy");
      doc.open();
      frame(writer.getDirectContentUnder(), doc.getPageSize());

      doc.add(
          centred(
              p.name().toUpperCase(Locale.UK), new Font(SERIF_BOLD, 11, Font.NORMAL, GOLD), 0, 6));
      doc.add(centred(heading(c), new Font(SERIF_BOLD, 30, Font.NORMAL, NAVY), 0, 10));
      doc.add(
          centred("This is to certify that", new Font(SERIF_ITALIC, 13, Font.NORMAL, GREY), 0, 4));
      doc.add(centred(c.getHolderName(), new Font(SERIF_BOLD, 28, Font.NORMAL, Color.BLACK), 0, 6));
      if (c.getRegistration() != null) {
        doc.add(centred(c.getRegistration(), new Font(SANS, 10, Font.NORMAL, GREY), 0, 4));
      }
      doc.add(centred(verb(c), new Font(SERIF_ITALIC, 13, Font.NORMAL, GREY), 4, 2));
      doc.add(centred(c.getTitle(), new Font(SERIF_BOLD, 18, Font.NORMAL, NAVY), 0, 8));

      Font facts = new Font(SANS, 10, Font.NORMAL, Color.BLACK);
      doc.add(
          centred(
              dates(c) + (c.getDuration() == null ? "" : "   ·   " + c.getDuration()),
              facts,
              0,
              2));
      doc.add(centred(cpd(c) + "   ·   " + c.getDeliveryMode(), facts, 0, 2));
      if (p.accreditation() != null && !p.accreditation().isBlank()) {
        doc.add(centred(p.accreditation().strip(), new Font(SANS, 9, Font.NORMAL, GREY), 0, 2));
      }
      if (c.getExpiresOn() != null) {
        doc.add(centred("Valid until " + DATE.format(c.getExpiresOn()), facts, 0, 2));
      }
      outcomes(doc, c.getOutcomeList());
      footer(writer, doc, c, p, verifyUrl);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not draw certificate " + c.getId(), e);
    }
    return out.toByteArray();
  }

  static String heading(Certificate c) {
    return switch (c.getKind()) {
      case COURSE -> "Certificate of Completion";
      case EVENT -> "Certificate of Attendance";
      case STAGE -> "Certificate of Achievement";
    };
  }

  private static String verb(Certificate c) {
    return switch (c.getKind()) {
      case COURSE -> "has successfully completed the course";
      case EVENT -> "attended";
      case STAGE -> "has met every requirement of the career pathway stage";
    };
  }

  static String dates(Certificate c) {
    if (c.getStartedOn() != null && !c.getStartedOn().equals(c.getCompletedOn())) {
      return DATE.format(c.getStartedOn()) + " to " + DATE.format(c.getCompletedOn());
    }
    return DATE.format(c.getCompletedOn());
  }

  static String cpd(Certificate c) {
    return hours(c.getCpdTotal())
        + " CPD "
        + (c.getCpdTotal().compareTo(BigDecimal.ONE) == 0 ? "hour" : "hours")
        + " ("
        + hours(c.getCpdParticipatory())
        + " participatory, "
        + hours(c.getCpdOther())
        + " non-participatory)";
  }

  private static String hours(BigDecimal h) {
    return h.stripTrailingZeros().toPlainString();
  }

  private static Paragraph centred(String text, Font font, float before, float after) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    p.setLeading(font.getSize() * 1.2f);
    return p;
  }

  private static void outcomes(Document doc, List<String> outcomes) throws DocumentException {
    if (outcomes.isEmpty()) {
      return;
    }
    doc.add(centred("Learning outcomes", new Font(SERIF_BOLD, 10, Font.NORMAL, GOLD), 8, 2));
    PdfPTable table = new PdfPTable(outcomes.size() > 4 ? 2 : 1);
    table.setWidthPercentage(outcomes.size() > 4 ? 92 : 60);
    Font f = new Font(SANS, 8, Font.NORMAL, GREY);
    for (String o : outcomes) {
      PdfPCell cell = new PdfPCell(new Phrase("•  " + o, f));
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPaddingBottom(2);
      cell.setPaddingLeft(8);
      table.addCell(cell);
    }
    table.completeRow();
    doc.add(table);
  }

  private static void footer(
      PdfWriter writer, Document doc, Certificate c, Provider p, String verifyUrl)
      throws DocumentException {
    PdfContentByte cb = writer.getDirectContent();
    Rectangle page = doc.getPageSize();
    float base = 58;
    // signature line, left
    cb.setColorStroke(GREY);
    cb.setLineWidth(0.6f);
    cb.moveTo(90, base + 40);
    cb.lineTo(290, base + 40);
    cb.stroke();
    ColumnText sig = new ColumnText(cb);
    sig.setSimpleColumn(90, base - 20, 320, base + 38);
    sig.addElement(line(p.signatory(), new Font(SERIF_BOLD, 11, Font.NORMAL, Color.BLACK)));
    sig.addElement(line(p.signatoryRole() + ", " + p.name(), new Font(SANS, 8, Font.NORMAL, GREY)));
    sig.addElement(line(p.contact(), new Font(SANS, 8, Font.NORMAL, GREY)));
    sig.go();
    // id and link, centre
    ColumnText id = new ColumnText(cb);
    id.setSimpleColumn(330, base - 20, page.getWidth() - 190, base + 40);
    Paragraph idLine = new Paragraph();
    idLine.add(new Chunk("Certificate ", new Font(SANS, 8, Font.NORMAL, GREY)));
    idLine.add(new Chunk(c.getGroupedId(), new Font(SERIF_BOLD, 9, Font.NORMAL, Color.BLACK)));
    idLine.setAlignment(Element.ALIGN_CENTER);
    id.addElement(idLine);
    Paragraph issued =
        new Paragraph(
            "Issued " + DATE.format(c.getIssuedAt().toLocalDate()) + ". Check it is genuine at",
            new Font(SANS, 8, Font.NORMAL, GREY));
    issued.setAlignment(Element.ALIGN_CENTER);
    id.addElement(issued);
    Paragraph link = new Paragraph(verifyUrl, new Font(SANS, 8, Font.NORMAL, NAVY));
    link.setAlignment(Element.ALIGN_CENTER);
    id.addElement(link);
    id.go();
    // QR code of the verification link, right: drawn as squares (crisp, small, quick to make)
    qr(cb, verifyUrl, page.getWidth() - 90 - 86, base - 18, 86);
  }

  /** Draws a QR code of {@code text}, {@code size} points square, its lower left at (x, y). */
  private static void qr(PdfContentByte cb, String text, float x, float y, float size) {
    boolean[][] dark = QrCode.modules(text);
    int n = dark.length;
    float unit = size / n;
    cb.saveState();
    cb.setColorFill(Color.WHITE);
    cb.rectangle(x, y, size, size);
    cb.fill();
    cb.setColorFill(Color.BLACK);
    for (int row = 0; row < n; row++) {
      int col = 0;
      while (col < n) {
        if (!dark[row][col]) {
          col++;
          continue;
        }
        int start = col;
        while (col < n && dark[row][col]) {
          col++;
        }
        // one rectangle per run of dark modules in a row; rows count down from the top
        cb.rectangle(x + start * unit, y + (n - 1 - row) * unit, (col - start) * unit, unit);
      }
    }
    cb.fill();
    cb.restoreState();
  }

  private static Paragraph line(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setLeading(font.getSize() * 1.25f);
    return p;
  }

  private static void frame(PdfContentByte cb, Rectangle page) {
    cb.setColorStroke(NAVY);
    cb.setLineWidth(3f);
    cb.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
    cb.stroke();
    cb.setColorStroke(GOLD);
    cb.setLineWidth(0.8f);
    cb.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
    cb.stroke();
  }
}
