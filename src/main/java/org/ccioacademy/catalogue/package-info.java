/**
 * The catalogue: what can be learnt. Competency frameworks ({@link CompetencyFramework}, {@link
 * CompetencyDomain}), courses ({@link Course}) and their versions ({@link CourseVersion}: fixed
 * once published; a change is a new version, and the previous one is kept because completions and
 * attempts point at it), modules ({@link Module}) and quiz questions ({@link Question}, which marks
 * a response itself, so marking happens only on the server).
 *
 * <ul>
 *   <li>Import: {@link CourseImporter} reads {@code courses/} (frameworks first, then each course
 *       on its own, so a broken course never stops the others) and records each run with its
 *       problems ({@link ImportRun}, {@link ImportProblem}); {@link CourseStore} stores each course
 *       in a transaction of its own, serialised per course by a PostgreSQL advisory lock; {@link
 *       CourseStartup} imports at start-up.
 *   <li>Editing in the browser: {@link CourseAuthoring} keeps a draft of a course's files ({@link
 *       CourseDraft}) and publishes it as a new version under the same rules as an import, or
 *       discards it; {@link CourseAdministration}: admins choose each course's tutors. Who may edit
 *       a course is the entity's rule, {@code course.mayBeEditedBy(caller)}: its tutors (while they
 *       hold the tutor role) and admins.
 *   <li>Reading: {@link Catalogue} answers questions about the published catalogue, paged and
 *       filtered in the database; {@link MarkdownRenderer} turns module Markdown into safe HTML
 *       (raw HTML shown as text, then an allow-list sanitizer) and {@link ModuleHtml} caches it by
 *       module id; {@link CourseExport} zips a version in the canonical course format.
 *   <li>{@code format}: the course file format; {@code web}: the public catalogue, the course and
 *       module editors, Admin → Courses; {@code api}: {@code /api/courses}.
 * </ul>
 *
 * <p><b>Announces</b> {@link CourseVersionPublished} when a course gets a new current version
 * (delivery moves trainees part-way through onto it) and {@link CoursesImported} once an import has
 * stored what it read (the pathway reads its own file then). Other features query it through {@link
 * Catalogue} (its query class: a course by code, a version by id, the published catalogue) and its
 * entities. Uses platform and identity (the professional groups a course is written for, the
 * signed-in person).
 *
 * <p><b>Publishes</b> (db/migration/R__catalogue_facts.sql), for other features to read instead of
 * this package's tables:
 *
 * <ul>
 *   <li>{@code current_course}: each course with its current version (code, title, level, CPD
 *       hours);
 *   <li>{@code course_version_fact}: every version of every course, with the course's code and
 *       whether it is the current one;
 *   <li>{@code course_module}: the modules of each version, in order, and which are required;
 *   <li>{@code quiz_question}: the questions of each module's quiz;
 *   <li>{@code tutor_of_course}: who tutors each course;
 *   <li>{@code competency}: competency domains labelled with their framework; {@code
 *       version_competency}: the domains each version covers.
 * </ul>
 */
package org.ccioacademy.catalogue;
