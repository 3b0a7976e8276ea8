/**
 * Certificates in the JSON API: {@code /api/certificates/{id}/pdf}, {@code badge.jwt} and {@code
 * badge.json} for the holder (and admins), and the public Open Badges issuer under {@code
 * /api/badges}: its profile ({@code issuer}), its public keys ({@code jwks.json}) and a verifier
 * anyone can use ({@code verify}).
 */
package org.ccioacademy.certificates.api;
