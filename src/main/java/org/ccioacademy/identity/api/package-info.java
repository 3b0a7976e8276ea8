/**
 * Identity in the JSON API: {@code /api/me} (the signed-in person's own account) and the public
 * {@code /api/reference/professions} and {@code /api/reference/regions} (professions with their
 * regulators and number formats, and regions).
 */
package org.ccioacademy.identity.api;
