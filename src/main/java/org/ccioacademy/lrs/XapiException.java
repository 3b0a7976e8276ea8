package org.ccioacademy.lrs;

/**
 * A request the LRS refuses, with the HTTP status the specification gives for it and the reason in
 * words, sent back to the client (nothing of the request is stored).
 */
public class XapiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public XapiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** 400 Bad Request: what is wrong with what was sent. */
  public static XapiException bad(String message) {
    return new XapiException(400, message);
  }

  public int status() {
    return status;
  }
}
