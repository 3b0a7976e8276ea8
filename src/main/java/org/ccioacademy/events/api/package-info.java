/**
 * Events in the JSON API: {@code /api/events/{id}/calendar.ics}, an event as a calendar file
 * (public).
 */
package org.ccioacademy.events.api;
