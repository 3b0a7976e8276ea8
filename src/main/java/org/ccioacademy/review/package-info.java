/**
 * Reviewer dashboards (issue 7): cohorts, what each reviewer may see, and cohort figures computed
 * in SQL. Every figure is defined in docs/metrics.md.
 */
package org.ccioacademy.review;
