/**
 * Delivery: taking a course.
 *
 * <ul>
 *   <li>{@link Enrolment}: one trainee on one course (enrolled, left or completed, where they were
 *       last, re-certification rounds), with {@link ModuleProgress} per module, kept by module code
 *       so it survives new course versions. The completion rules of modules and courses live here.
 *   <li>{@link Enrolments}: enrol, leave and come back, read modules, re-certify; each use case
 *       loads the enrolment, calls one method on it and stores it.
 *   <li>{@link Completions}: the completion rules applied, and what follows a completion: the
 *       {@link CourseCompleted} event, the audit row and the email ({@link CompletionNotice}). It
 *       also moves trainees part-way through a course onto a newly published version.
 *   <li>{@link MyLearning}: a trainee's courses as they stand, paged in the database; {@link
 *       CourseStatistics}: figures for a course's tutors (per module, and the questions most often
 *       answered wrongly), aggregated in SQL.
 *   <li>{@code quiz}: quizzes, in their own package; {@code web}: the course page, the module
 *       reader, My learning and a course's statistics. {@link DemoLearning} and {@link DemoHistory}
 *       fill demo mode.
 * </ul>
 *
 * <p><b>Reads</b> courses through the catalogue ({@code Catalogue} and its entities, and its views
 * {@code current_course}, {@code course_module}, {@code quiz_question}) and listens for its {@code
 * CourseVersionPublished}. A course with an assessed assignment is complete only once it is passed
 * too: delivery reads assessment's view {@code assessed_work_passed} and listens for {@code
 * AssessedWorkPassed} (platform kernel), never assessment's classes, since assessment depends on
 * delivery. <b>Announces</b> {@link CourseCompleted} inside the completing transaction;
 * certificates act on it once it commits.
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
 *   <li>{@code enrolment_standing}: every enrolment as it stands, with its modules completed and
 *       when it was first completed;
 *   <li>{@link Completions#completion}: one completed enrolment as a {@link Completion} (course,
 *       version, round started, completed, when its certificate lapses).
 * </ul>
 */
package org.ccioacademy.delivery;
