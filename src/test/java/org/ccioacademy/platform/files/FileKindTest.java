package org.ccioacademy.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileKindTest {

  static byte[] zip(String... names) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String n : names) {
        zip.putNextEntry(new ZipEntry(n));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void filesAreKnownByWhatIsInThemNotByTheirNames() throws Exception {
    assertThat(FileKind.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .contains(FileKind.PDF);
    assertThat(FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
        .contains(FileKind.PNG);
    assertThat(FileKind.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
        .contains(FileKind.JPEG);
    assertThat(FileKind.of(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")))
        .contains(FileKind.DOCX);
  }

  @Test
  void anythingElseIsRefusedWhateverItIsCalled() throws Exception {
    assertThat(FileKind.of(new byte[0])).isEmpty();
    assertThat(FileKind.of(null)).isEmpty();
    assertThat(FileKind.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(FileKind.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    assertThat(FileKind.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    // a spreadsheet, and a plain zip, are zips but not Word documents
    assertThat(FileKind.of(zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
    assertThat(FileKind.of(zip("word/document.xml"))).isEmpty();
    // a truncated zip
    byte[] docx = zip("[Content_Types].xml", "word/document.xml");
    assertThat(FileKind.of(Arrays.copyOf(docx, 10))).isEmpty();
  }

  @Test
  void aZipBombDressedAsAWordDocumentIsRefusedWithoutInflatingIt() throws Exception {
    // the parts of a Word document, with 150 MB of zeros (a few hundred KB of zip)
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 150; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] bomb = out.toByteArray();
    assertThat(bomb.length).isLessThan(1_000_000);
    assertThat(FileKind.of(bomb)).isEmpty();
    // the same parts at a sensible size are a Word document
    assertThat(FileKind.of(zip("[Content_Types].xml", "word/document.xml")))
        .contains(FileKind.DOCX);
  }

  @Test
  void theNameOfferedForDownloadIsSafeAndCarriesTheRealExtension() {
    assertThat(FileKind.PDF.safeName("Reflective account.pdf")).isEqualTo("Reflective account.pdf");
    assertThat(FileKind.PDF.safeName("C:\\Users\\me\\notes.exe")).isEqualTo("notes.pdf");
    assertThat(FileKind.JPEG.safeName("../../etc/passwd")).isEqualTo("passwd.jpg");
    assertThat(FileKind.PNG.safeName("a\"b;c\r\n.png")).isEqualTo("a_b_c__.png");
    assertThat(FileKind.DOCX.safeName(null)).isEqualTo("evidence.docx");
    assertThat(FileKind.DOCX.safeName("...")).isEqualTo("evidence.docx");
    assertThat(FileKind.PDF.safeName("Zoë's certificate.PDF")).isEqualTo("Zoë_s certificate.pdf");
  }
}
