/**
 * The Learning Record Store: xAPI 1.0.3 and IEEE xAPI 2.0 at {@code /xapi} ({@code
 * web.XapiServlet}).
 *
 * <ul>
 *   <li>{@link StatementRules}, {@link Agents}, {@link Activities}, {@link XapiFormats}: what a
 *       statement must be, property by property; plain classes with unit tests. {@link Signatures}:
 *       signed statements (JWS). {@link Multipart}: statements with attachments.
 *   <li>{@link Statements}: storing (all of a request or nothing, immutable, voiding, a statement
 *       sent twice taken once, 409 when it differs); {@link StatementKeys}: what each statement is
 *       found by (StatementRefs pass their target's keys on); {@link StatementQuery} and {@link
 *       StatementSearch}: the Statements resource's queries, paged by the stored order; {@link
 *       StatementFormat}: the exact, ids and canonical formats.
 *   <li>{@link Documents}: State, Activity Profile and Agent Profile, with ETags.
 *   <li>{@link LrsClients}: the clients admins make (HTTP Basic key and secret, scopes), audited;
 *       {@link DemoLrsClient} in demo mode.
 *   <li>{@link StatementUsers}: our people as xAPI agents (an account on this site).
 *   <li>{@link LearningRecords}: our own learning as statements, which other features call in the
 *       transaction of the change; {@link LrsForwarding} and {@link LrsForwarder} send them on to
 *       the external LRS ({@code ccio.lrs.forward.*}). {@link StatementExport} and {@code api}: a
 *       person's statements for admins; {@link LrsPersonalData}: copies and erasure.
 *   <li>{@link Cmi5Rules}: what a cmi5 AU may send in a session (verbs in order, once a session or
 *       registration, the mastery score), for the launches of cmi5 content.
 * </ul>
 *
 * <p><b>Reads</b> identity's view {@code person} (whose statement a statement is). Depends on no
 * other feature; delivery, events, certificates and assessment call {@link LearningRecords}.
 * <b>Publishes</b> (R__lrs_facts.sql) {@code learning_records_of(person)}: how many statements are
 * about a person, and when the latest was stored (review shows them).
 */
package org.ccioacademy.lrs;
