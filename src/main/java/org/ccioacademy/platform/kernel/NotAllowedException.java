package org.ccioacademy.platform.kernel;

/**
 * The caller may not do this to this record (it is not theirs, or their roles do not reach it); the
 * message says so in plain English. Nothing was saved.
 */
public class NotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotAllowedException(String message) {
    super(message);
  }
}
