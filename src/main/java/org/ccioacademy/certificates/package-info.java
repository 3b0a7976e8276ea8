/**
 * Certificates: issued when a course is completed (and, later, when event attendance or a pathway
 * stage qualifies), one per achievement; a PDF with a QR code to the public verification page;
 * revocation and expiry.
 */
package org.ccioacademy.certificates;
