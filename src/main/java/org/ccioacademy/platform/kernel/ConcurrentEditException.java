package org.ccioacademy.platform.kernel;

/** Someone else saved the same record since it was loaded; nothing was saved. */
public class ConcurrentEditException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentEditException(String message) {
    super(message);
  }
}
