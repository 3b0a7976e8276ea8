package org.ccioacademy.identity;

/** No account has this id. */
public class NoSuchAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoSuchAccountException(long id) {
    super("No account with id " + id);
  }
}
