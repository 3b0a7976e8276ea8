package org.ccioacademy.delivery;

/**
 * Fired (CDI) when a trainee completes a course, inside the completing transaction; observers that
 * act after it commits (certificates) use {@code during = AFTER_SUCCESS}.
 */
public record CourseCompleted(long enrolmentId, long userId, String courseCode) {}
