/**
 * The application's one PostgreSQL database. {@link Database} declares the data source (settings
 * {@code ccio.db.url}, {@code ccio.db.user}, {@code ccio.db.password} from MicroProfile Config;
 * statements never server-prepared, so every execution is planned with its real values) and, at
 * start-up before anything else uses it, brings the schema up to date with Flyway from {@code
 * db/migration}; JPA never generates schema. {@link Sql} converts values read with native queries.
 */
package org.ccioacademy.platform.database;
