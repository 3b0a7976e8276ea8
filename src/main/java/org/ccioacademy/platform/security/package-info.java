/**
 * Security for the whole application.
 *
 * <ul>
 *   <li>{@link SessionSignInMechanism}: the one authentication mechanism: sign-in through our own
 *       form ({@link FormSignIn}), then the caller and their groups kept in the HTTP session and
 *       given to the container again on every request; {@link SecurityConfiguration} declares the
 *       roles. Pages are protected by URL in web.xml, the API by {@code @RolesAllowed}.
 *   <li>{@link PasswordHasher}: PBKDF2-HMAC-SHA256 with a work factor OWASP recommends, and rehash
 *       of older hashes at the next sign-in.
 *   <li>{@link Throttle}: attempts counted in sliding windows in the database ({@code
 *       throttle_count}), so every instance counts together; one rule per {@code ccio.throttle.*}
 *       setting.
 *   <li>{@link ClientAddress} and {@link ClientAddresses}: the client behind a request, reading
 *       {@code X-Forwarded-For} only from the trusted proxies of {@code ccio.http.trusted-proxies}.
 *   <li>{@link AppSecrets}: random secrets the application makes on first use and keeps in {@code
 *       app_secret}, shared by every instance, each sealed with AES-256-GCM ({@link SecretBox})
 *       under the master key of {@link SecretsKey}, which is never in the database.
 * </ul>
 */
package org.ccioacademy.platform.security;
