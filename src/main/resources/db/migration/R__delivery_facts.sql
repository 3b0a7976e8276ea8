-- What the delivery feature publishes for the others (delivery/package-info.java). Other features
-- read these views, never enrolment, module_progress or course_completion themselves. A
-- repeatable migration: change it here, and Flyway applies it again after the versioned ones.

-- The courses people have completed, as things stand: an enrolment is complete when it has a
-- completion time (its status then says COMPLETED until a new round for re-certification
-- starts), with the version of the course they completed.
create or replace view completed_enrolment as
select e.id as enrolment_id, e.user_id, e.course_id,
       e.completed_version_id as course_version_id,
       coalesce(e.round_started_at, e.enrolled_at) as started_at, e.completed_at
from enrolment e
where e.completed_at is not null;

-- Every completion of a course, the current one and those of earlier rounds (a course taken
-- again for re-certification keeps its earlier completions in course_completion).
create or replace view course_completed as
select h.enrolment_id, h.user_id, e.course_id, h.course_version_id, h.started_at,
       h.completed_at
from course_completion h
join enrolment e on e.id = h.enrolment_id
union all
select c.enrolment_id, c.user_id, c.course_id, c.course_version_id, c.started_at, c.completed_at
from completed_enrolment c
where not exists (select 1 from course_completion h
                  where h.enrolment_id = c.enrolment_id and h.completed_at = c.completed_at);

-- The courses people are taking now: enrolled, not completed, not left.
create or replace view open_enrolment as
select e.id as enrolment_id, e.user_id, e.course_id, e.enrolled_at
from enrolment e
where e.completed_at is null and e.left_at is null;

-- Where an enrolment stands on each module it has begun: read, best quiz score, quiz passed, and
-- completed (read, and the quiz passed where there is one: decided by Enrolment, kept here).
create or replace view module_standing as
select p.enrolment_id, p.module_code, p.read_at, p.best_score, p.quiz_passed_at, p.completed_at,
       p.completed_at is not null as completed
from module_progress p;

-- Every enrolment as it stands, with how many of its modules are completed and when it was
-- first completed (in an earlier round, for a course taken again for re-certification).
create or replace view enrolment_standing as
select e.id as enrolment_id, e.user_id, e.course_id, e.status, e.enrolled_at, e.completed_at,
       e.left_at, e.last_activity_at,
       (select count(*) from module_standing m
        where m.enrolment_id = e.id and m.completed) as modules_completed,
       coalesce((select min(h.completed_at) from course_completion h
                 where h.enrolment_id = e.id), e.completed_at) as first_completed_at
from enrolment e;
