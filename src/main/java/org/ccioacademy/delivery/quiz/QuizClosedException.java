package org.ccioacademy.delivery.quiz;

import org.ccioacademy.platform.kernel.RefusedException;

/** A quiz cannot be taken now; the message says why in plain English. */
public class QuizClosedException extends RefusedException {
  public QuizClosedException(String message) {
    super(message);
  }
}
