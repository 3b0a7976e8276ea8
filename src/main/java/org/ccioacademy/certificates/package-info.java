/**
 * Certificates: issued when a course is completed, when attendance at an event qualifies and when a
 * pathway stage is reached, one per achievement; a PDF with a QR code to the public verification
 * page, an Open Badges 3.0 credential signed by the issuer; revocation, expiry and reminders, and
 * the sweeper that issues what was missed.
 *
 * <p><b>Reads</b> completions and attendance through what delivery and events publish ({@code
 * completed_enrolment}, {@code attended_session}).
 *
 * <p><b>Publishes</b> (db/migration/R__certificates_facts.sql): {@code awarded_certificate}, every
 * certificate issued with whether it is revoked.
 */
package org.ccioacademy.certificates;
