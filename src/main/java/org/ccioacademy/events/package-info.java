/**
 * Events: summer schools, regional events and webinars, their sessions (some with places of their
 * own), registration with a waitlist, registers, QR check-in and sign-in sheets, calendar files,
 * and the CPD credit a session earns.
 *
 * <p><b>Publishes</b> (db/migration/R__events_facts.sql), for other features to read instead of
 * this package's tables:
 *
 * <ul>
 *   <li>{@code session_attendance}: a person's latest mark at a session and whether it counts as
 *       attended (present or late; the same rule as {@link
 *       org.ccioacademy.events.AttendanceStatus#countsForCpd()});
 *   <li>{@code attended_session}: the sessions a person attended, with the event's and session's
 *       title, kind, status, end date, start time, CPD hours and whether it was participatory;
 *   <li>{@code published_event}: published events, with whether they have begun;
 *   <li>{@code event_place}: the people holding a place at an event.
 * </ul>
 */
package org.ccioacademy.events;
