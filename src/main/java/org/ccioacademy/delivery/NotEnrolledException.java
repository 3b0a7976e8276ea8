package org.ccioacademy.delivery;

/** The action needs the trainee to be enrolled on the course, and they are not. */
public class NotEnrolledException extends RuntimeException {
  public NotEnrolledException(String courseTitle) {
    super("You are not enrolled on " + courseTitle + ". Enrol first, then try again.");
  }
}
