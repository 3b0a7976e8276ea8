/**
 * The certificate pages: {@code trainee/certificates.xhtml} (My certificates, newest first, to
 * download or share), {@code verify.xhtml} and the short link {@code /verify/<id>} printed and
 * QR-coded on certificates (anyone sees whether a certificate is valid, revoked or expired, with
 * the holder's name and the title, and nothing else personal), and the admins' {@code
 * admin/certificates.xhtml} (search, and the latest bulk run's progress) and {@code
 * admin/certificate.xhtml} (one certificate, and revocation with a reason).
 */
package org.ccioacademy.certificates.web;
