package org.ccioacademy.certificates;

import org.ccioacademy.platform.kernel.RefusedException;

/** A change to a certificate that cannot be made, with the plain-English reason to show. */
public class CertificateException extends RefusedException {
  private static final long serialVersionUID = 1L;

  public CertificateException(String message) {
    super(message);
  }
}
