/**
 * The command-line launcher (target/ccio-academy-launcher.jar): embedded PostgreSQL or an external
 * one, then Payara Micro with the WAR as a child process. Not part of the WAR.
 */
package org.ccioacademy.platform.launcher;
