/**
 * Cohort figures in the JSON API, for reviewers and admins by session or by a reviewer's API token,
 * always within the caller's scope: {@code /api/review/figures} (the dashboard's figures as JSON),
 * and every dashboard table as CSV or Excel ({@code courses}, {@code modules}, {@code stages},
 * {@code events}, {@code breakdown}, {@code trainees}, {@code quality-figures}, {@code quality}),
 * streamed a batch at a time.
 */
package org.ccioacademy.review.api;
