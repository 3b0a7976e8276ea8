package org.ccioacademy.catalogue;

/**
 * Fired (synchronously, inside the publishing transaction) when a course gets a new current
 * version, so that delivery can move trainees part-way through onto it.
 */
public record CourseVersionPublished(long courseId, long versionId, Long previousVersionId) {}
