package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How old a course's review against its sources may be before administrators are warned ({@code
 * ccio.courses.review-months}, 12): a module's {@code reviewed} date in its course files.
 */
@ApplicationScoped
public class CourseReviews {

  @Inject
  @ConfigProperty(name = "ccio.courses.review-months", defaultValue = "12")
  int months;

  public int months() {
    return months;
  }

  /** Whether {@code version} is due a review on {@code today}. */
  public boolean due(CourseVersion version, LocalDate today) {
    return version.reviewDue(today, months);
  }
}
