package org.ccioacademy.platform.api;

import jakarta.ws.rs.core.Response;
import org.ccioacademy.platform.files.Upload;

/** Files people uploaded, given back to those allowed to see them. */
public final class Downloads {

  private Downloads() {}

  /**
   * A stored file as an attachment: the type it really is (worked out when it was uploaded), never
   * sniffed by the browser, never cached by anyone else.
   */
  public static Response file(byte[] content, String mediaType, String name) {
    return Response.ok(content, mediaType)
        .header("Content-Disposition", Upload.attachment(name))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** The answer for a file that does not exist, or that this person may not see. */
  public static Response none() {
    return Response.status(Response.Status.NOT_FOUND).build();
  }
}
