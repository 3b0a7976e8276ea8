/**
 * The course file format of {@code docs/course-format.md}, in plain Java with no container, so it
 * is tested fast and used alike by the importer, the exporter and the curriculum checks.
 *
 * <ul>
 *   <li>{@link CourseReader} and {@link FrameworkReader} read a course folder or a framework file
 *       into definitions ({@link CourseDefinition}, {@link ModuleDefinition}, {@link
 *       QuestionDefinition}, {@link FrameworkDefinition}), checking every rule; every problem is a
 *       {@link Problem} named by file, line and field, collected in {@link Problems}.
 *   <li>{@link CourseWriter} writes a course in one canonical form: the same course always gives
 *       the same bytes, whose fingerprint tells the importer whether a course has changed.
 *   <li>{@link RubricText} reads a rubric as tutors write it, in the browser and in a course's
 *       assessed assignment ({@link AssignmentDefinition}).
 *   <li>{@link CourseFolders} reads the whole {@code courses/} folder, course by course; {@link
 *       YamlNode} reads YAML with line numbers and records problems instead of throwing.
 * </ul>
 *
 * <p>The pathway's reader uses {@link YamlNode}, {@link Problems} and {@link CompetencyRef} too.
 * Uses nothing outside the identity enums.
 */
package org.ccioacademy.catalogue.format;
