/**
 * The pages of taking a course: {@code course.xhtml} (what a course teaches, its modules, and
 * enrol, continue or leave), {@code learn/module.xhtml} (the module reader: sanitised HTML,
 * progress, I have read this module, the way to the quiz; a preview for tutors and admins), {@code
 * trainee/learning.xhtml} (My learning) and {@code author/stats.xhtml} (a course's statistics for
 * its tutors and admins).
 */
package org.ccioacademy.delivery.web;
