package org.ccioacademy.platform.kernel;

/**
 * A rule of the record refuses the action at this moment (closed, full, already done, not yet
 * open); the message says why in plain English. Nothing was saved. Features name their own kinds by
 * extending it, so a page can catch one or all.
 */
public class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RefusedException(String message) {
    super(message);
  }
}
