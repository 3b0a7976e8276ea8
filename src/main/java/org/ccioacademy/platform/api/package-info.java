/**
 * The base of the JSON API under {@code /api}, described at {@code /openapi}.
 *
 * <ul>
 *   <li>{@link RestApplication}: the application, its tags and its two security schemes (the
 *       session cookie, and a reviewer's API token for {@code /api/review}).
 *   <li>{@link RolesFilter}: enforces {@code @RolesAllowed} and {@code @PermitAll}: 401 without a
 *       session, 403 without the role, and a method with neither annotation refused, so a forgotten
 *       one fails closed.
 *   <li>{@link ApiExceptionMapper}: no stack trace leaves the API; errors become {@link ApiError}
 *       (a message and the request id), and the shared kernel's refusals keep their message (400,
 *       403, 409).
 *   <li>{@link ApiDocumentFilter}: finishes the OpenAPI document so it passes a standard linter;
 *       {@link Downloads}: uploaded files given back with their real type.
 * </ul>
 */
package org.ccioacademy.platform.api;
