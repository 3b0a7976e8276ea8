/**
 * The assessment pages: for tutors under {@code author/}, {@code assignments.xhtml} (a course's
 * assignments, and a new one), {@code marking.xhtml} (the marking queue), {@code mark.xhtml} (one
 * submission, every mark so far, a mark with feedback; a clash with another tutor keeps what was
 * typed), {@code rubrics.xhtml} and {@code gradebook.xhtml}; for trainees, {@code
 * learn/assignment.xhtml} (instructions and rules, a draft, save or submit, what was handed in) and
 * the assignments listed on {@code course.xhtml}.
 */
package org.ccioacademy.assessment.web;
