package org.ccioacademy.delivery;

/** A quiz cannot be taken now; the message says why in plain English. */
public class QuizClosedException extends RuntimeException {
  public QuizClosedException(String message) {
    super(message);
  }
}
