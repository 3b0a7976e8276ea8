package org.ccioacademy.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
    if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
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

  /** A zip is a Word document when it holds the Office content types and word/document.xml. */
  private static boolean isWordDocument(byte[] content) {
    Set<String> needed =
        new java.util.HashSet<>(Set.of("[Content_Types].xml", "word/document.xml"));
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
        needed.remove(entry.getName());
        if (needed.isEmpty()) {
          return true;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    return false;
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
