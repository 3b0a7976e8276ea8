/**
 * The application's one PostgreSQL database. {@link Database} declares the data source (settings
 * {@code ccio.db.url}, {@code ccio.db.user}, {@code ccio.db.password} from MicroProfile Config;
 * statements never server-prepared, so every execution is planned with its real values) and, at
 * start-up before anything else uses it, brings the schema up to date with Flyway from {@code
 * db/migration}; JPA never generates schema. {@link Row} is the one way to read a native query's
 * rows (each column's type named once, no casts); {@link Sql} holds the conversions and {@code
 * like} patterns. {@link Tracked}: the created, updated and version columns every edited entity
 * keeps, set in one place (the version for optimistic locking).
 */
package org.ccioacademy.platform.database;
