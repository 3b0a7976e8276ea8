/**
 * What every request and page shares.
 *
 * <ul>
 *   <li>{@link RequestFilter}: the first filter: a request id ({@link RequestId}, sent back in
 *       {@code X-Request-Id} and written in logs and audit rows), the security headers, and
 *       failures logged with that id; {@link MalformedRequest}: input no browser sends, answered
 *       400 rather than 500; {@link PostbackCheck}: a form action runs only from a POST carrying
 *       its view's nonce.
 *   <li>{@link ErrorPageServlet}: plain error pages that still work when Faces or the database is
 *       what failed.
 *   <li>{@link FacesForms}: problems a service found ({@code kernel.FieldErrors}) shown beside the
 *       fields they concern, with a summary at the top.
 *   <li>{@link SessionCookieSetup}: the session cookie, HttpOnly, and Secure whenever {@link
 *       PublicUrl} ({@code ccio.public-url}, the address links are built from) is https.
 *   <li>{@link UkTime}: times shown as people in the UK read them; {@link TableExport}: the one way
 *       a table is downloaded, as CSV (formula-safe cells, {@link Csv}) or Excel, streamed a batch
 *       at a time (the reviewers' tables, the gradebook, the CPD portfolio); {@link JsonInHtml}:
 *       JSON safe inside a page; {@link QrCode}: QR codes as PNG.
 * </ul>
 */
package org.ccioacademy.platform.web;
