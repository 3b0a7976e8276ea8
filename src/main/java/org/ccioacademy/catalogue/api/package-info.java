/**
 * The catalogue in the JSON API: {@code /api/courses} (the published courses) and {@code
 * /api/courses/{id}/export} (the current version of a course as a zip of its folder, for the
 * course's tutors and admins).
 */
package org.ccioacademy.catalogue.api;
