/**
 * Health and metrics. {@link DatabaseReadiness}: ready when the schema is migrated and the database
 * answers ({@code /health/ready}); {@link ApplicationLiveness}: live while the JVM has memory to
 * spare ({@code /health/live}; the database is deliberately not part of it). {@link
 * MetricsAccessFilter} keeps {@code /metrics} to signed-in admins and the addresses in {@code
 * ccio.metrics.scrapers}; anyone else gets 404.
 */
package org.ccioacademy.platform.health;
