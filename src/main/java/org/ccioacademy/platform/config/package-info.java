/**
 * Configuration from a file. {@link FileConfigSource} reads {@code config/ccio.properties} (or the
 * file named by {@code CCIO_CONFIG_FILE}) as a MicroProfile Config source with ordinal 150: above
 * the defaults in the code, below environment variables (300) and system properties (400), so
 * {@code CCIO_DB_URL} always wins over the file. Every setting is listed, with its default, in that
 * file and in {@code docs/configuration.md}.
 */
package org.ccioacademy.platform.config;
