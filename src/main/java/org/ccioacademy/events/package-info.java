/**
 * Events (summer school, regional events, webinars), their sessions and registrations with a
 * waitlist, and the CPD credit rules for attendance. Work in progress for the events issue: the
 * model, its rules and its schema are here; pages, attendance and check-in follow.
 */
package org.ccioacademy.events;
