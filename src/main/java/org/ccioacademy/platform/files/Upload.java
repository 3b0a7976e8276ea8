package org.ccioacademy.platform.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file someone chose to upload: the name their browser sent, and its bytes. */
public record Upload(String name, byte[] content) {

  /** The SHA-256 of the content, in hex: kept with a stored file to show it never changed. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
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
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
