-- What the identity feature publishes for the others (identity/package-info.java). Other
-- features read these views, never users or user_roles themselves: no password hash, sign-in
-- counters or session stamp leaves identity. A repeatable migration: Flyway applies it again,
-- after the versioned ones, whenever it changes.

-- Every person with an account: who they are and their professional profile. id is the user's id.
create or replace view person as
select u.id, u.email, u.full_name, u.enabled, u.professional_group, u.profession, u.grade,
       u.registration_number, u.ods_code, u.region, u.intake_year, u.last_sign_in_at,
       u.created_at
from users u;

-- The roles each person holds (TRAINEE, TUTOR, REVIEWER, ADMIN).
create or replace view person_role as
select r.user_id, r.role
from user_roles r;
