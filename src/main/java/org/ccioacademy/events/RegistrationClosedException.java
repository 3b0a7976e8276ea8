package org.ccioacademy.events;

import org.ccioacademy.platform.kernel.RefusedException;

/** A registration cannot be made or changed now; the message says why in plain English. */
public class RegistrationClosedException extends RefusedException {
  private static final long serialVersionUID = 1L;

  public RegistrationClosedException(String message) {
    super(message);
  }
}
