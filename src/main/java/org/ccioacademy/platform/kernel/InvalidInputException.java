package org.ccioacademy.platform.kernel;

/** What someone typed cannot be saved as it is; {@link #errors()} says why, field by field. */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient FieldErrors errors;

  public InvalidInputException(FieldErrors errors) {
    super("Invalid input: " + errors);
    this.errors = errors;
  }

  public static InvalidInputException of(String field, String message) {
    FieldErrors errors = new FieldErrors();
    errors.add(field, message);
    return new InvalidInputException(errors);
  }

  public FieldErrors errors() {
    return errors;
  }
}
