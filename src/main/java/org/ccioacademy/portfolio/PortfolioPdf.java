package org.ccioacademy.portfolio;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccioacademy.platform.pdf.PdfFonts;

/**
 * A CPD portfolio for a period as a PDF to take to appraisal or revalidation: who, the period, the
 * totals (all and participatory), then every record with its method, hours and reflection.
 */
public final class PortfolioPdf {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final Color NAVY = new Color(0x0B, 0x2E, 0x59);
  private static final Color GREY = new Color(0x44, 0x4B, 0x55);

  private PortfolioPdf() {}

  public static byte[] render(
      String holder,
      String registration,
      LocalDate from,
      LocalDate to,
      Portfolio.Totals totals,
      List<PortfolioLine> lines,
      String provider) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 48, 48);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("CPD portfolio of " + holder);
      doc.addAuthor(provider);
      doc.open();
      doc.add(new Paragraph("CPD portfolio", new Font(PdfFonts.SERIF_BOLD, 22, Font.NORMAL, NAVY)));
      Font body = new Font(PdfFonts.SANS, 10, Font.NORMAL, Color.BLACK);
      doc.add(new Paragraph(holder + (registration == null ? "" : ", " + registration), body));
      doc.add(
          new Paragraph(
              "From "
                  + DATE.format(from)
                  + " to "
                  + DATE.format(to)
                  + ". Made by "
                  + provider
                  + " on "
                  + DATE.format(LocalDate.now())
                  + ".",
              new Font(PdfFonts.SANS, 9, Font.NORMAL, GREY)));
      Paragraph sum =
          new Paragraph(
              lines.size()
                  + (lines.size() == 1 ? " record: " : " records: ")
                  + totals.hours().stripTrailingZeros().toPlainString()
                  + " hours of CPD, "
                  + totals.participatoryHours().stripTrailingZeros().toPlainString()
                  + " of them participatory.",
              new Font(PdfFonts.SANS_BOLD, 11, Font.NORMAL, Color.BLACK));
      sum.setSpacingBefore(8);
      sum.setSpacingAfter(10);
      doc.add(sum);
      PdfPTable table = new PdfPTable(new float[] {16, 34, 16, 9, 25});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      Font head = new Font(PdfFonts.SANS_BOLD, 8.5f, Font.NORMAL, Color.WHITE);
      for (String h : new String[] {"Dates", "What", "How", "Hours", "Reflection and Code"}) {
        PdfPCell c = new PdfPCell(new Phrase(h, head));
        c.setBackgroundColor(NAVY);
        c.setPadding(4);
        table.addCell(c);
      }
      Font cell = new Font(PdfFonts.SANS, 8.5f, Font.NORMAL, Color.BLACK);
      for (PortfolioLine l : lines) {
        String dates =
            l.startedOn() != null && !l.startedOn().equals(l.endedOn())
                ? DATE.format(l.startedOn()) + " to " + DATE.format(l.endedOn())
                : DATE.format(l.endedOn());
        table.addCell(padded(dates, cell));
        table.addCell(padded(l.topic() + " (" + l.source() + ")", cell));
        table.addCell(padded(CpdMethod.labelOf(l.method()), cell));
        PdfPCell hours =
            padded(
                l.hours().stripTrailingZeros().toPlainString()
                    + (l.participatory() ? "\nparticipatory" : ""),
                cell);
        hours.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(hours);
        String reflection =
            (l.reflection() == null ? "" : l.reflection())
                + (l.codeThemes() == null || l.codeThemes().isBlank()
                    ? ""
                    : "\nCode: " + l.codeThemes())
                + (l.evidenceName() == null ? "" : "\nEvidence: " + l.evidenceName());
        table.addCell(padded(reflection, cell));
      }
      doc.add(table);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not draw the portfolio", e);
    }
    return out.toByteArray();
  }

  private static PdfPCell padded(String text, Font font) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setPadding(4);
    c.setBorderColor(new Color(0xCC, 0xD2, 0xD8));
    return c;
  }
}
