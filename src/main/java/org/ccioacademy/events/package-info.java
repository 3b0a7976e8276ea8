/**
 * Events: summer schools, regional events and webinars ({@link EventKind}), their sessions ({@link
 * EventSession}: keynotes, workshops, site visits..., each with its CPD hours), registration with a
 * waitlist, attendance, QR check-in, sign-in sheets, calendar files, and the CPD credit a session
 * earns.
 *
 * <ul>
 *   <li>{@link Event} decides what a request to register gets (its window, capacity and whether an
 *       organiser approves); who may organise it is its rule too, {@code
 *       event.mayBeOrganisedBy(caller)}: its organiser or an admin. {@link EventOrganising}:
 *       organisers (tutors) and admins create and change events and sessions from what they typed
 *       ({@link EventInput}, {@link SessionInput}, every problem at once).
 *   <li>{@link EventRegistrations}: a trainee registers, joins the waitlist or cancels; every
 *       change locks the event's row first, so capacity holds however many press at once, and a
 *       freed place goes at once to the first on the waitlist. {@link OrganiserRegistrations}: the
 *       organiser's side (add someone, approve, refuse, cancel a place, call the event off, write
 *       to everyone with a place) under the same lock; {@link RegistrationLetters}: the emails.
 *   <li>{@link SessionPlaces}: places in sessions with a capacity of their own; every change locks
 *       the session's row, overlapping sessions cannot both be booked, the organiser moves people,
 *       and a person's places go when their place at the event ends.
 *   <li>{@link Attendance}: registers whose marks are appended, never changed; a correction
 *       supersedes the mark before, and the latest counts. Paper sign-in sheets typed up as CSV
 *       ({@link SignInSheet}) are previewed, then imported all or nothing. {@link
 *       AttendanceStatus}: present, late and left early are attendance; CPD hours count for present
 *       and late only.
 *   <li>{@link CheckIn}: QR self check-in: the code is an HMAC of the session and the 30-second
 *       window, with a key kept in {@code app_secret}, good for its window and the next; one
 *       check-in per trainee and session.
 *   <li>{@link CpdCredits}: the RCP rules (a credit an hour, at most eight a day, each day rounded
 *       down); {@link Calendar}: an event as an iCalendar file.
 *   <li>{@code web}: the events list and event page, the organisers' pages, the register, the
 *       check-in screen and page, My attendance; {@code api}: calendar files. {@link DemoEvents}
 *       fills demo mode.
 * </ul>
 *
 * <p>Uses platform and identity only. <b>Publishes</b> (db/migration/R__events_facts.sql), for
 * other features to read instead of this package's tables:
 *
 * <ul>
 *   <li>{@code session_attendance}: a person's latest mark at a session and whether it counts as
 *       attended (present or late; the same rule as {@link AttendanceStatus#countsForCpd()});
 *   <li>{@code attended_session}: the sessions a person attended, with the event's title, kind,
 *       status and last day, and the session's title, start, CPD hours and whether it was
 *       participatory;
 *   <li>{@code published_event}: published events, with whether they have begun;
 *   <li>{@code event_place}: the people holding a place at an event.
 * </ul>
 */
package org.ccioacademy.events;
