-- What the lrs feature publishes for the others (lrs/package-info.java). A repeatable migration:
-- Flyway applies it again, after the versioned ones, whenever it changes.

-- A person's learning records: how many statements are about them (not voided), and when the
-- latest was stored. A function, so a page of people reads only their own rows (index
-- lrs_statement_user), never an aggregate of the whole store.
create or replace function learning_records_of(person bigint, out statements bigint,
                                               out last_stored timestamptz)
language sql stable as $$
select count(*), max(s.stored) from lrs_statement s where s.user_id = person and not s.voided
$$;
