/**
 * The people who use CCIO Academy: accounts, roles, professional profiles, trainee registration,
 * sign-in, reviewers' API tokens and the administrators' account management.
 *
 * <ul>
 *   <li>{@link UserAccount}: a person who can sign in (name, email, password hash, roles,
 *       professional profile, sign-in state). Behaviour lives on it; {@link AccountService} loads
 *       it, calls one method, stores it and writes one audit row in the same transaction
 *       (registration, accounts made by admins, role changes, disabling, profile and password
 *       changes). {@link UserAccountRepository} loads and lists accounts, paged in the database.
 *   <li>{@link ProfessionalProfile}: profession, grade, regulator and registration number, ODS
 *       code, region; valid by construction, with the rules on {@link Profession}, {@link
 *       Regulator}, {@link Grade}, {@link Region} and {@link OdsCode}. {@link PasswordPolicy}: at
 *       least 12 characters, not a common password, hard to guess by zxcvbn's estimate.
 *   <li>Sign-in: {@link AccountIdentityStore} checks passwords through {@link SignInService}, which
 *       counts failures by address, network and email in the database (so counts hold across
 *       instances); {@link FormThrottleFilter} answers 429 to the sign-in, registration and
 *       password forms once a client has had its share; {@link SessionGuardFilter} ends a session
 *       as soon as its account is disabled or its roles or password change.
 *   <li>Forgotten passwords ({@link PasswordResets}, {@link PasswordResetLink}): a single-use
 *       emailed link, only its hash kept, 30 minutes, ended by use or a newer link; the same answer
 *       for any address; setting the password ends every session and API token of the account.
 *   <li>Two-step sign-in ({@link SecondFactors}, {@link SecondFactor}, {@link Totp}): an
 *       authenticator app (TOTP, its key sealed) and hashed single-use recovery codes; required for
 *       the roles in {@code ccio.mfa.required-roles}. Between the password and the code the session
 *       answers nothing but the code page ({@link SessionGuardFilter}).
 *   <li>Reviewer API tokens ({@link ApiTokens}, {@link ApiTokenFilter}, {@link
 *       ApiTokenIdentityStore}): 32 random bytes shown once, only their hash kept; a token signs
 *       its program in for one request to {@code /api/review}, with only the owner's reviewer and
 *       admin roles; it expires and can be revoked.
 *   <li>{@link DemoData}: demo mode only, one account per role and sample trainees across the
 *       regions. {@code web}: the sign-in, registration, profile, password and API token pages and
 *       the administrators' user pages; {@code api}: the signed-in person and public reference
 *       data.
 * </ul>
 *
 * <p>Roles themselves ({@code Role}) and who is asking ({@code Caller}) are in {@code
 * platform.kernel}. Other features use {@link CurrentUser} (the signed-in person, also as a {@code
 * Caller}), the profile's value types and {@link UserAccountRepository} (its query class: an
 * account by id or email). Uses platform only.
 *
 * <p><b>Publishes</b> (db/migration/R__identity_facts.sql), for other features to read instead of
 * {@code users} and {@code user_roles}:
 *
 * <ul>
 *   <li>{@code person}: who a person is (name, email, enabled) and their professional profile;
 *       never the password hash, the sign-in counters or the session stamp;
 *   <li>{@code person_role}: the roles each person holds.
 * </ul>
 */
package org.ccioacademy.identity;
