package org.ccioacademy.delivery;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.platform.web.UkTime;

/** The email a trainee gets on completing a course, in plain text. */
final class CompletionNotice {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(UkTime.UK);

  private CompletionNotice() {}

  static String text(String name, CourseVersion version, Enrolment e, String publicUrl) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return "Dear "
        + name
        + ",\n\n"
        + "Well done: you completed "
        + version.getTitle()
        + " on "
        + DATE.format(e.getCompletedAt())
        + ".\n\n"
        + "The course carries "
        + version.getCpdHours()
        + (version.getCpdHours() == 1 ? " hour" : " hours")
        + " of CPD. You can see it, with your other courses, under My learning:\n"
        + base
        + "/trainee/learning.xhtml\n\n"
        + "CCIO Academy\n";
  }
}
