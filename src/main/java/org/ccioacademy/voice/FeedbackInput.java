package org.ccioacademy.voice;

import org.ccioacademy.platform.kernel.FieldErrors;

/**
 * A trainee's view of a module: how far they agree (1, strongly disagree, to 5, strongly agree)
 * that it was clear, useful to their work, and accurate and up to date; and a comment.
 */
public record FeedbackInput(Integer clear, Integer useful, Integer accurate, String comment) {

  public static final int MAX_COMMENT = 2000;

  public FeedbackInput {
    comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public FieldErrors problems() {
    FieldErrors e = new FieldErrors();
    scale(e, "clear", clear, "whether the module was clear");
    scale(e, "useful", useful, "whether it was useful to your work");
    scale(e, "accurate", accurate, "whether it was accurate and up to date");
    if (comment != null && comment.length() > MAX_COMMENT) {
      e.add(
          "comment",
          "Keep the comment to " + MAX_COMMENT + " characters (it has " + comment.length() + ").");
    }
    return e;
  }

  private static void scale(FieldErrors e, String field, Integer value, String what) {
    if (value == null) {
      e.add(field, "Say " + what + ".");
    } else if (value < 1 || value > 5) {
      e.add(field, "Answer " + what + " from 1 (strongly disagree) to 5 (strongly agree).");
    }
  }
}
