package org.ccioacademy.delivery;

import org.ccioacademy.platform.kernel.RefusedException;

/** Re-certification cannot start now; the message says why in plain English. */
public class RecertificationClosedException extends RefusedException {
  public RecertificationClosedException(String message) {
    super(message);
  }
}
