package org.ccioacademy.events;

/** A registration cannot be made or changed now; the message says why in plain English. */
public class RegistrationClosedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RegistrationClosedException(String message) {
    super(message);
  }
}
