package org.ccioacademy.identity;

/** A single sign-on that signs nobody in: the reason to tell the person, the detail for the log. */
public class SsoRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final SsoRefusal reason;

  public SsoRefusedException(SsoRefusal reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public SsoRefusedException(SsoRefusal reason, String detail, Throwable cause) {
    super(reason + ": " + detail, cause);
    this.reason = reason;
  }

  public SsoRefusal reason() {
    return reason;
  }
}
