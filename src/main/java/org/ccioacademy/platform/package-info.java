/**
 * The foundations every feature stands on. It names no feature: the features depend on it, never
 * the other way round.
 *
 * <ul>
 *   <li>{@code launcher}: the command-line launcher (embedded PostgreSQL, then Payara Micro); not
 *       in the WAR.
 *   <li>{@code config}: {@code config/ccio.properties} as a MicroProfile Config source.
 *   <li>{@code database}: the one data source, and the Flyway migrations run at start-up.
 *   <li>{@code security}: the sign-in mechanism, password hashes, throttling, client addresses
 *       behind proxies, and the application's own sealed secrets.
 *   <li>{@code web}: request ids, security headers, error pages, problems shown beside fields, UK
 *       times, CSV and Excel exports, QR codes.
 *   <li>{@code audit}: the audit log ({@code audit.web}: its page for administrators).
 *   <li>{@code mail}: the outbox, sent in the background.
 *   <li>{@code health}: readiness and liveness, and who may read {@code /metrics}.
 *   <li>{@code api}: the base of the JSON API: its application, role checks, error bodies and the
 *       OpenAPI document.
 *   <li>{@code files}: uploaded files recognised by their content, and each person's storage quota.
 *   <li>{@code pdf}: the fonts embedded in the PDFs.
 *   <li>{@code kernel}: the shared kernel: who is asking, and the four ways a service says no.
 * </ul>
 *
 * <p><b>Publishes</b> (db/migration/R__platform_functions.sql): {@code uk_date(timestamptz)}, the
 * UK date of a moment stored in UTC, the SQL twin of {@code web.UkTime.UK}.
 */
package org.ccioacademy.platform;
