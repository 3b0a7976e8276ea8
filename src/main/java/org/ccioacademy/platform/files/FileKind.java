package org.ccioacademy.platform.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file people may upload as evidence, recognised by their content (their first bytes,
 * and for Word documents the parts inside the zip), never by the name or the type the browser
 * claims: a renamed program or web page is refused, and a file is always served back as the kind it
 * really is.
 */
public enum FileKind {
  PDF("application/pdf", "pdf", "PDF document"),
  PNG("image/png", "png", "PNG image"),
  JPEG("image/jpeg", "jpg", "JPEG image"),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "docx",
      "Word document");

  /** What to tell someone whose file is none of these. */
  public static final String ALLOWED = "a PDF, a Word document (.docx), or a JPEG or PNG image";

  private static final int MAX_ZIP_ENTRIES = 2000;

  private final String mediaType;
  private final String extension;
  private final String label;

  FileKind(String mediaType, String extension, String label) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.label = label;
  }

  /** The kind of {@code content}, or empty when it is not one we accept. */
  public static Optional<FileKind> of(byte[] content) {
    if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
      return Optional.of(PNG);
    }
    if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4}) && isWordDocument(content)) {
      return Optional.of(DOCX);
    }
    return Optional.empty();
  }

  /**
   * The most the parts of an accepted Word document may say they inflate to, together. Nothing is
   * ever inflated here: this refuses a zip bomb (1 MB of zip that says 1 GB) before anyone opens
   * it.
   */
  static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

  /**
   * A zip is a Word document when its central directory (read from the end of the file, without
   * inflating anything, so a zip bomb costs nothing) names the Office content types and
   * word/document.xml, and its parts together inflate to at most {@link #MAX_INFLATED_BYTES}.
   */
  static boolean isWordDocument(byte[] content) {
    ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = -1;
    for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
      if (b.getInt(i) == 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      return false;
    }
    int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
    long offset = Integer.toUnsignedLong(b.getInt(eocd + 16));
    if (entries == 0xffff || offset == 0xffffffffL || entries > MAX_ZIP_ENTRIES) {
      return false; // zip64 or absurd: no Word document needs either
    }
    Set<String> needed = new HashSet<>(Set.of("[Content_Types].xml", "word/document.xml"));
    long inflated = 0;
    long at = offset;
    for (int n = 0; n < entries; n++) {
      if (at < 0 || at + 46 > eocd || b.getInt((int) at) != 0x02014b50) {
        return false;
      }
      long size = Integer.toUnsignedLong(b.getInt((int) at + 24));
      int nameLength = Short.toUnsignedInt(b.getShort((int) at + 28));
      int extraLength = Short.toUnsignedInt(b.getShort((int) at + 30));
      int commentLength = Short.toUnsignedInt(b.getShort((int) at + 32));
      if (at + 46 + nameLength > eocd || size == 0xffffffffL) {
        return false;
      }
      inflated += size;
      if (inflated > MAX_INFLATED_BYTES) {
        return false;
      }
      needed.remove(new String(content, (int) at + 46, nameLength, StandardCharsets.UTF_8));
      at += 46L + nameLength + extraLength + commentLength;
    }
    return needed.isEmpty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content == null || content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name safe to offer in a download: the uploaded name's letters, digits, spaces, dots, dashes
   * and underscores, with the extension of the kind the file really is.
   */
  public String safeName(String uploaded) {
    String base = uploaded == null ? "" : uploaded.replaceAll(".*[/\\\\]", "");
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
    if (base.isEmpty() || base.chars().allMatch(c -> c == '.' || c == '_')) {
      base = "evidence";
    }
    if (base.length() > 120) {
      base = base.substring(0, 120);
    }
    return base + "." + extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }
}
