/**
 * Certificates: for a course completed, for attendance at an event and for a pathway stage reached
 * ({@link Certificate.Kind}), one per achievement; each a PDF with a QR code to the public
 * verification page and an Open Badges 3.0 credential signed by the issuer; revocation, expiry and
 * reminders, and the sweep that issues whatever was missed.
 *
 * <ul>
 *   <li>{@link Certificate}: what it states is fixed at issue; {@code standingOn(day)} says valid,
 *       revoked or expired; it can be revoked with a reason and is never deleted. {@link
 *       CertificateId}: 128 random bits in Crockford base32, so an id read off paper can be typed
 *       back.
 *   <li>{@link Certificates}: issues from a {@link CertificateDraft} with an insert that does
 *       nothing on a conflict over (holder, kind, achievement), so there is one certificate per
 *       achievement however often and wherever issuing runs; the PDF ({@link CertificatePdf}) and
 *       the credential are made in the same transaction. Also search and revocation.
 *   <li>{@link CourseCertificates}: issued just after a completion commits ({@link
 *       CompletionListener} observes delivery's {@code CourseCompleted}), and by a sweep for any
 *       completion without its certificate. {@link EventCertificates}: the day after an event, for
 *       everyone present or late at one of its sessions. {@link StageCertificates}: observes the
 *       pathway's {@code StageReached} and issues the stage's certificate; after a course or event
 *       certificate, the pathway is asked to announce any stage newly reached.
 *   <li>{@link CertificateSweeper} starts a bulk run every {@code ccio.certificates.sweep-seconds}
 *       when any certificate is due; {@link CertificateRuns} and {@link CertificateRun}: the run in
 *       the background (course completions shared among worker threads, 25 certificates a
 *       transaction, then attendance, then reminders), its progress kept for the admin page, one
 *       run at a time across instances. {@link CertificateReminders}: once per certificate, {@code
 *       ccio.certificates.reminder-days} before it expires, not for one already re-certified; rows
 *       claimed with {@code for update skip locked}.
 *   <li>{@link Badges}, {@link VcJwt} and {@link IssuerKeys}: Open Badges 3.0 credentials as
 *       VC-JWT, signed with the issuer's Ed25519 key pair, kept in {@code app_secret}, whose public
 *       key is published so anyone can check a credential offline.
 *   <li>{@code web}: My certificates, the public verification page ({@code /verify/<id>}), the
 *       admins' list, certificate and bulk-run pages; {@code api}: PDF and credential downloads,
 *       the issuer profile, its key set and a verifier.
 * </ul>
 *
 * <p><b>Reads</b> completions and attendance through what delivery and events publish ({@code
 * completed_enrolment}, {@code attended_session}, {@code Completions.completion}, {@code
 * EventOrganising.find}), the holder through identity's {@code UserAccountRepository} and {@code
 * person}, the course version through {@code Catalogue.version}. <b>Listens</b> for delivery's
 * {@code CourseCompleted} and the pathway's {@code StageReached}.
 *
 * <p><b>Publishes</b> (db/migration/R__certificates_facts.sql): {@code awarded_certificate}, every
 * certificate issued with whether it is revoked.
 */
package org.ccioacademy.certificates;
