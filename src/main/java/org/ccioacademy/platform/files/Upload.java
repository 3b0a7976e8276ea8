package org.ccioacademy.platform.files;

/** A file someone chose to upload: the name their browser sent, and its bytes. */
public record Upload(String name, byte[] content) {

  /** The SHA-256 of the content, in hex: kept with a stored file to show it never changed. */
  public String sha256() {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A Content-Disposition header offering a stored file as a download under {@code name}: in ASCII,
   * and in UTF-8 for other letters (RFC 6266).
   */
  public static String attachment(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }
}
