-- Functions every feature may use in its SQL (platform). A repeatable migration: Flyway applies it
-- again, after the versioned ones, whenever it changes.

-- The date in the UK (summer time included) of a moment stored in UTC: the SQL twin of
-- platform.web.UkTime.UK. Simple enough for PostgreSQL to inline into the query that calls it.
create or replace function uk_date(t timestamptz) returns date
    language sql stable parallel safe
    as $$ select (t at time zone 'Europe/London')::date $$;
