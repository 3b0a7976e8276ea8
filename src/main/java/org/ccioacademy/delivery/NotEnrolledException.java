package org.ccioacademy.delivery;

import org.ccioacademy.platform.kernel.RefusedException;

/** The action needs the trainee to be enrolled on the course, and they are not. */
public class NotEnrolledException extends RefusedException {
  public NotEnrolledException(String courseTitle) {
    super("You are not enrolled on " + courseTitle + ". Enrol first, then try again.");
  }
}
