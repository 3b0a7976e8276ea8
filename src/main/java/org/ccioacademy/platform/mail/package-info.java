/**
 * Outgoing email, as an outbox.
 *
 * <ul>
 *   <li>{@link Mail#queue} stores a message ({@link MailMessage}) in the caller's transaction, so
 *       it is sent only if the change that caused it commits, and a mail server that is down never
 *       fails that change.
 *   <li>{@link MailSender} sends due messages by SMTP ({@code ccio.mail.*}) every few seconds and
 *       retries failures with doubling pauses; {@link MailDelivery} takes the rows with {@code SKIP
 *       LOCKED}, so several instances share the work and none sends a message twice. With no {@code
 *       ccio.mail.host} nothing is sent and mail waits queued.
 * </ul>
 */
package org.ccioacademy.platform.mail;
