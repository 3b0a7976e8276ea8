-- What the certificates feature publishes for the others (certificates/package-info.java). Other
-- features read this view, never the certificate table itself. A repeatable migration: Flyway
-- applies it again, after the versioned ones, whenever it changes.

-- Every certificate issued, with whether it has been revoked, and the day of what it certifies
-- (the completion, the event's last day, the stage reached).
create or replace view awarded_certificate as
select c.id as certificate_id, c.user_id, c.kind, c.achievement, c.title, c.issued_at,
       c.revoked_at, c.revoked_at is not null as revoked, c.completed_on
from certificate c;
