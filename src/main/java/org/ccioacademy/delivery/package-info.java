/**
 * Delivery: enrolment, module reading, quiz attempts (append-only, marked on the server), progress
 * and the completion rules of modules and courses, re-certification rounds. Reads courses through
 * the catalogue's {@code Catalogue} and entities, and writes audit rows through platform.
 *
 * <p><b>Publishes</b> (db/migration/R__delivery_facts.sql), for other features to read instead of
 * this package's tables:
 *
 * <ul>
 *   <li>{@code completed_enrolment}: the courses people have completed as things stand, with the
 *       version completed;
 *   <li>{@code course_completed}: every completion, this round's and earlier rounds';
 *   <li>{@code open_enrolment}: courses people are taking now;
 *   <li>{@code module_standing}: where an enrolment stands on each module (read, best score, quiz
 *       passed, completed);
 *   <li>{@code enrolment_standing}: every enrolment as it stands, with its modules completed.
 * </ul>
 */
package org.ccioacademy.delivery;
