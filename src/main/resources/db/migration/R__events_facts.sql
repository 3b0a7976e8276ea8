-- What the events feature publishes for the others (events/package-info.java). Other features
-- read these views, never attendance_mark, event_session or event themselves. A repeatable
-- migration: change it here, and Flyway applies it again after the versioned ones.

-- A person's standing at a session: their latest attendance mark (a correction supersedes the
-- mark before it, so the newest counts) and whether it counts as attended (present or late).
-- Written as "no newer mark" rather than DISTINCT ON so that PostgreSQL can fold the view into
-- the query that reads it and apply that query's filters (an event, a session, a person, a list
-- of events) before it looks at the marks (attendance_mark_latest_idx, attendance_mark_user_idx).
create or replace view session_attendance as
select s.event_id, m.session_id, m.user_id, m.status,
       m.status in ('PRESENT', 'LATE') as attended
from attendance_mark m
join event_session s on s.id = m.session_id
where not exists (select 1 from attendance_mark newer
                  where newer.session_id = m.session_id and newer.user_id = m.user_id
                    and newer.id > m.id);

-- The sessions a person attended, with what other features show of them (the portfolio's CPD,
-- certificates of attendance, the pathway's events by kind).
create or replace view attended_session as
select a.user_id, a.event_id, a.session_id,
       e.title as event_title, e.kind as event_kind, e.status as event_status,
       e.ends_on as event_ends_on,
       s.title as session_title, s.starts_at, s.cpd_hours, s.participatory
from session_attendance a
join event_session s on s.id = a.session_id
join event e on e.id = a.event_id
where a.attended;

-- Published events, with whether they have begun (a session has started).
create or replace view published_event as
select e.id as event_id, e.title, e.kind, e.starts_on, e.ends_on,
       exists (select 1 from event_session s
               where s.event_id = e.id and s.starts_at <= now()) as begun
from event e
where e.status = 'PUBLISHED';

-- The people holding a place at an event (registered: not on the waitlist, not cancelled).
create or replace view event_place as
select r.event_id, r.user_id
from event_registration r
where r.status = 'REGISTERED';
