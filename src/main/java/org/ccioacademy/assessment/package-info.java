/**
 * Assessment: assignments tutors set on a course, the work trainees hand in, rubrics, marking (with
 * moderation) and the gradebook. The rules are applied on the server whatever a page sent.
 *
 * <ul>
 *   <li>{@link Assignment}: a course's assignment, optionally of one module: a deadline in UTC
 *       shown in UK time, a late policy (accept and flag, or refuse), a cut-off for late work, text
 *       and/or a file of chosen kinds up to a size, how many submissions; {@code check(now,
 *       submittedSoFar)} is the rule for handing in. {@link Assignments}: tutors of the course and
 *       admins set them from {@link AssignmentInput} (every problem at once); audited.
 *   <li>{@link Submission}: a draft, then a fixed submitted attempt with its time and late flag;
 *       its file is kept apart ({@code submission_file}), so lists never read bytes. {@link
 *       Submissions}: enrolled trainees save drafts and submit, under a row lock; they see marks
 *       once released.
 *   <li>{@link Rubric}, {@link RubricCriterion}, {@link RubricLevel}: criteria with levels worth
 *       points, never changed once made, so marks always read as given; {@code score(chosen)}.
 *       {@code catalogue.format.RubricText} reads a rubric as tutors write it (one criterion a
 *       line, every problem by line). {@link Rubrics}: a tutor's own and those shared with every
 *       tutor (admins see all); sharing audited.
 *   <li>{@link CourseWork}: a course's assessed assignment follows its course files (made, kept up
 *       to date, withdrawn as versions are published); a released pass of it fires {@code
 *       AssessedWorkPassed} so that delivery can complete the course.
 *   <li>{@link Marking}: the queue (each trainee's newest submitted attempt on the courses a tutor
 *       teaches, filtered and paged in SQL); a mark is always a new {@code grade} row and a change
 *       needs a reason; first, second (another tutor) and agreed marks on a moderated assignment,
 *       the agreed one released; the submission's version stops two tutors marking at once; release
 *       one, or every marked one in the filter.
 *   <li>{@link Gradebook}: a course's trainees against its quizzes and assignments, with items
 *       passed and the average, one SQL query a page, filtered in SQL ({@code Gradebook.Show});
 *       definitions in {@code docs/metrics.md}.
 *   <li>{@code web}: the tutor's assignments, marking, mark, rubrics and gradebook pages, and the
 *       trainee's assignment page; {@code api}: a submission's file and the gradebook as CSV or
 *       Excel. {@link DemoAssessment} fills demo mode.
 * </ul>
 *
 * <p>Uses the catalogue (courses, modules, {@code course.mayBeEditedBy}) and delivery's {@code
 * Enrolments} (who is enrolled). <b>Reads</b> what identity, catalogue and delivery publish ({@code
 * person}, {@code current_course}, {@code tutor_of_course}, {@code enrolment_standing}, {@code
 * module_standing}). <b>Publishes</b> (db/migration/R__assessment_facts.sql) {@code
 * assessed_work_passed}: when each trainee last had a pass released for a course's assessed
 * assignment.
 */
package org.ccioacademy.assessment;
