/**
 * The catalogue pages: {@code catalogue.xhtml} (the public catalogue: a plain GET search form,
 * filtered and paged in the database), the editors under {@code author/} ({@code courses.xhtml},
 * {@code course.xhtml}: details, modules in order, draft, publish or discard; {@code module.xhtml}:
 * the Markdown with a live preview rendered as trainees will see it, and the quiz editor), and
 * {@code admin/courses.xhtml} (reload {@code courses/}, read what the imports found, export a
 * course, choose its tutors). A save by someone else in the meantime is reported, never lost.
 */
package org.ccioacademy.catalogue.web;
