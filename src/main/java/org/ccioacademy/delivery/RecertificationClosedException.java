package org.ccioacademy.delivery;

/** Re-certification cannot start now; the message says why in plain English. */
public class RecertificationClosedException extends RuntimeException {
  public RecertificationClosedException(String message) {
    super(message);
  }
}
