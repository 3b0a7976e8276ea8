/**
 * Outgoing email: {@link org.ccioacademy.platform.mail.Mail#queue} stores a message in the caller's
 * transaction; {@link org.ccioacademy.platform.mail.MailSender} sends queued messages by SMTP
 * ({@code ccio.mail.*}) and retries failures with growing pauses, on any number of instances.
 */
package org.ccioacademy.platform.mail;
