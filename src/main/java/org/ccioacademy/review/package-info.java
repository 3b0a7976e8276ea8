/**
 * What reviewers see: cohorts, what each reviewer may see, and cohort figures computed in SQL.
 * Every figure is defined in {@code docs/metrics.md}.
 *
 * <ul>
 *   <li>{@link Cohort}: an intake and criteria by {@link Dimension} (region, organisation,
 *       professional group, grade), or an explicit list of trainees; optimistic locking. {@link
 *       Cohorts}: made and changed by admins (and by reviewers when {@code
 *       ccio.review.reviewers-manage-cohorts}), from {@link CohortInput} with every problem at
 *       once; audited. {@link Intakes}: academic years from 1 August.
 *   <li>{@link Scope} and {@link ReviewerScopes}: a reviewer's regions and organisations (admins
 *       and national reviewers see everyone). {@link Viewer}: the asker's scope and the cohort a
 *       page's or API request's {@code cohort} parameter names, for every reviewer page and
 *       endpoint.
 *   <li>{@link Population}: the SQL condition for a cohort within a scope, optionally one value of
 *       a dimension; every figure query starts from it, so no one is counted outside scope.
 *   <li>{@link Dashboard}: summary, per course, module by module, pathway stages, events and
 *       breakdown, each one SQL aggregate over {@code trainee_fact} and {@code enrolment_fact};
 *       {@link SideBySide} runs a page's queries on connections of their own, side by side.
 *   <li>{@link Drilldown}: the trainees behind any figure, paged, in keyset batches for exports;
 *       {@link TraineeRecords}: one trainee's record, read-only, in scope only; {@link
 *       DataQuality}: missing and invalid registration numbers, organisations, regions and grades,
 *       and the records to put right.
 *   <li>{@code web}: the dashboard, course, trainees, trainee, data quality and cohorts pages
 *       (charts with a table beside each), and the scope form on an admin's user page; {@code api}:
 *       the figures as JSON and every table as CSV or Excel. {@link DemoCohorts} fills demo mode.
 * </ul>
 *
 * <p>The facts ({@code trainee_fact}, {@code enrolment_fact}: one narrow row per trainee and per
 * enrolment) are kept by triggers calling {@code review_refresh()}, which writes only the rows that
 * changed. <b>Publishes</b> (db/migration/R__review_facts.sql) {@code review_refresh()} and its
 * trigger functions, the one place they are written. <b>Reads</b> the pathway ({@code Pathways})
 * for its stages, and what identity, catalogue, events, delivery, certificates and lrs ({@code
 * learning_records_of}) publish.
 */
package org.ccioacademy.review;
