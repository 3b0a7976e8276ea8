-- What the voice feature publishes for the others (voice/package-info.java). Other features read
-- these views, never clinical_system, system_rating, module_feedback or module_flag themselves. A
-- repeatable migration: Flyway applies it again, after the versioned ones, whenever it changes.

-- The people who have rated a clinical system (a module whose activity is to rate one is then
-- done), with when they first did.
create or replace view system_rated as
select r.user_id, min(r.rated_at) as first_rated_at
from system_rating r
group by r.user_id;
