/**
 * The command-line launcher ({@code target/ccio-academy-launcher.jar}): an embedded real PostgreSQL
 * (unless {@code ccio.db.url} names an external one), then Payara Micro with the WAR as a child
 * process, both stopped cleanly on Ctrl+C or SIGTERM ({@link Launcher}). {@link LauncherSettings}
 * resolves settings as MicroProfile Config does inside the server. Not part of the WAR.
 */
package org.ccioacademy.platform.launcher;
