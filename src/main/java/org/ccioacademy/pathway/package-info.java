/**
 * The career pathway toward CCIO, in one place.
 *
 * <ul>
 *   <li>{@link PathwayDefinition}: the stages in order, each with what meets it, as written in
 *       {@code courses/pathway.yaml}; {@link PathwayReader} reads it with every problem named by
 *       line and field, checked against the courses and competency domains that exist.
 *   <li>{@link PathwayAdministration}: after each course import ({@code CoursesImported}) it reads
 *       the file and puts it in force when it has no problems; admins also change it in the browser
 *       (checked by the same rules, written back to the file, audited; a save over a newer version
 *       is refused). It owns the {@code pathway_definition} table, the latest row being in force.
 *   <li>{@link Pathways}: the pathway in force (read again only when its fingerprint changes), a
 *       trainee's {@link Evidence} from SQL (courses completed, competencies evidenced, events
 *       attended by kind, CPD hours from courses plus event credits, registration, courses in
 *       progress), and {@code announceReached}.
 *   <li>{@link PathwayEvaluation}: pure: stage by stage, met, in progress or not started, with
 *       exactly what is missing ({@link StageProgress}).
 *   <li>{@code web}: My pathway, and Admin → Pathway.
 * </ul>
 *
 * <p><b>Announces</b> {@link StageReached} for each stage a trainee has met and no certificate
 * records yet (when a course or event certificate is issued, and when the trainee opens their
 * pathway); the certificates feature listens, so the pathway never names it. <b>Reads</b>
 * completions, attendance and certificates through what delivery, events and certificates publish
 * ({@code completed_enrolment}, {@code open_enrolment}, {@code attended_session}, {@code
 * awarded_certificate}), and courses and competency domains from the catalogue (its {@code
 * CourseStore}, and its views {@code current_course}, {@code course_version_fact}, {@code
 * competency}, {@code version_competency}). Event CPD credits come from the events feature's {@code
 * Attendance} and {@code CpdCredits}.
 */
package org.ccioacademy.pathway;
