/**
 * The event pages: {@code events.xhtml} (upcoming events, paged) and {@code event.xhtml} (an event:
 * register, join the waitlist or cancel, book sessions); for organisers, under {@code organise/}:
 * {@code events.xhtml} (their events, and a new one), {@code event.xhtml} (details, sessions, who
 * is coming, paper sign-in sheets, email to everyone with a place), {@code session.xhtml}, {@code
 * register.xhtml} (a session's register, one tap a mark) and {@code checkin.xhtml} (the QR code
 * shown in the room); {@code checkin.xhtml} (where a scanned code leads) and {@code
 * trainee/attendance.xhtml} (My attendance and its CPD credits).
 */
package org.ccioacademy.events.web;
