/**
 * Assessment in the JSON API: {@code /api/submissions/{id}/file} (for the trainee who handed it in
 * and those who mark it; anyone else gets 404) and {@code /api/gradebook/{course}.csv} and {@code
 * .xlsx} (for the course's tutors and admins, streamed 500 trainees at a time).
 */
package org.ccioacademy.assessment.api;
