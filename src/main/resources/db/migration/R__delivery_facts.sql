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
       p.completed_at is not null as completed, p.package_done_at
from module_progress p;

-- A content package module's attempts by enrolment: how many, and the latest's number.
create or replace view package_standing as
select a.enrolment_id, a.module_code, count(*) as attempts, max(a.number) as latest
from scorm_attempt a
group by a.enrolment_id, a.module_code;

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

-- The figures of each module of a course's current version, in order, over a set of the course's
-- enrolments: all of them when of_enrolments is null (the tutors' statistics), else those listed
-- (a reviewer's population). One rule for both, so a tutor and a reviewer see the same numbers:
-- every enrolment counts whatever its status (someone who left keeps the progress they made);
-- completed = the module's progress is complete; took_quiz = a best score exists (an attempt or a
-- tutor's override); passed = the quiz is passed; average_best_score over those who took it, one
-- decimal; attempts = quiz attempts.
create or replace function module_figures(of_course bigint, of_enrolments bigint[])
returns table (module_code varchar, title varchar, "position" integer, enrolled bigint,
               completed bigint, took_quiz bigint, passed bigint, average_best_score numeric,
               attempts bigint)
language sql stable as $$
    with e as materialized (
        select s.id as enrolment_id from enrolment s
        where s.course_id = of_course and of_enrolments is null
        union all
        select s.id from unnest(of_enrolments) l(id) join enrolment s on s.id = l.id
        where s.course_id = of_course),
    pr as (select p.module_code, count(*) filter (where p.completed_at is not null) as completed,
                  count(p.best_score) as took_quiz, count(p.quiz_passed_at) as passed,
                  round(avg(p.best_score), 1) as average
           from module_progress p join e on e.enrolment_id = p.enrolment_id
           group by p.module_code),
    qa as (select a.module_code, count(*) as attempts
           from quiz_attempt a join e on e.enrolment_id = a.enrolment_id
           group by a.module_code)
    select m.code, m.title, m.position, (select count(*) from e), coalesce(pr.completed, 0),
           coalesce(pr.took_quiz, 0), coalesce(pr.passed, 0), pr.average,
           coalesce(qa.attempts, 0)
    from course_module m
    join current_course c on c.course_version_id = m.course_version_id
    left join pr on pr.module_code = m.code
    left join qa on qa.module_code = m.code
    where c.course_id = of_course
    order by m.position
$$;
