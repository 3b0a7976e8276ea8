/**
 * Cross-cutting foundations every feature uses: the launcher ({@code launcher}), configuration
 * ({@code config}), the database and its Flyway migrations ({@code database}), the sign-in
 * mechanism and password hashing ({@code security}), request ids, security headers and error pages
 * ({@code web}), the audit log ({@code audit}), health checks ({@code health}) and the JSON API's
 * base ({@code api}). It calls no feature package.
 */
package org.ccioacademy.platform;
