/**
 * The reviewer pages, under {@code reviewer/}: {@code dashboard.xhtml} (a cohort's figures in the
 * reviewer's scope, per course and broken down by one dimension, charts beside tables), {@code
 * course.xhtml} (one course module by module), {@code trainees.xhtml} (the trainees behind a
 * figure; names appear only here), {@code trainee.xhtml} (one trainee's record, read-only), {@code
 * quality.xhtml} (data quality) and {@code cohorts.xhtml}; and the reviewer's scope on {@code
 * admin/user.xhtml}. {@link Charts} writes Chart.js settings escaped for HTML.
 */
package org.ccioacademy.review.web;
