package org.ccioacademy.platform.notify;

import java.util.Objects;

/**
 * Something a person should know about, as the app shows it and (when {@code subject} is given) as
 * the email sent about it.
 *
 * @param kind what caused it, for the log and the email's purpose (e.g. mark.released)
 * @param headline one sentence for the list of notifications, e.g. "Your mark for Essay 1 is ready"
 * @param link the page it is about, from the context root (e.g. /learn/assignment.xhtml?id=4), or
 *     null
 * @param subject the email's subject, or null to tell the person in the app only
 * @param body the email's text, or null with no email
 */
public record Notice(String kind, String headline, String link, String subject, String body) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(headline, "headline");
    if ((subject == null) != (body == null)) {
      throw new IllegalArgumentException("an email needs both a subject and a body");
    }
    if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
      throw new IllegalArgumentException("a link starts at the context root: " + link);
    }
  }

  /** A notice that is emailed too: the headline is the email's subject. */
  public static Notice emailed(String kind, String headline, String link, String body) {
    return new Notice(kind, headline, link, headline, body);
  }

  /** A notice in the app only. */
  public static Notice inApp(String kind, String headline, String link) {
    return new Notice(kind, headline, link, null, null);
  }

  public boolean isEmailed() {
    return subject != null;
  }
}
