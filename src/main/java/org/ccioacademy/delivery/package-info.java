/**
 * Delivery: enrolment, module reading, quiz attempts (append-only, marked on the server), progress
 * and completion rules. Reads courses through the catalogue's {@code Catalogue} and entities, and
 * writes audit rows through platform.
 */
package org.ccioacademy.delivery;
