/**
 * Playing content packages (issue 21): a trainee's attempts at a SCORM package module ({@link
 * org.ccioacademy.delivery.scorm.ScormAttempt}), opening its parts ({@link
 * org.ccioacademy.delivery.scorm.PackagePlayer}: a launch with a secret of its own), the commits
 * the run-time API in the package's pages sends ({@link
 * org.ccioacademy.delivery.scorm.ScormLaunches}: each value checked with the SCORM data model,
 * taken in order, one at a time per trainee), what a SCO's data means by the package's own rule
 * ({@link org.ccioacademy.delivery.scorm.ScoOutcome}), and the module's completion through {@link
 * org.ccioacademy.delivery.Completions}. Tutors read attempts through {@link
 * org.ccioacademy.delivery.scorm.AttemptDetails}. The packages are served by {@code
 * delivery.web.ScormContentServlet}; the API engine is {@code scorm-runtime.js} beside this
 * package's classes.
 */
package org.ccioacademy.delivery.scorm;
