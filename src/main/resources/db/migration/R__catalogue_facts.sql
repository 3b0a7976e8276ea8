-- What the catalogue feature publishes for the others (catalogue/package-info.java). Other
-- features read these views, never course, course_version, module, question, course_tutor or the
-- competency tables themselves. A repeatable migration: Flyway applies it again, after the
-- versioned ones, whenever it changes.

-- Every version of every course, with the course's code and whether it is the current one (the
-- version trainees take now; earlier ones are kept because completions point at them).
create or replace view course_version_fact as
select v.id as course_version_id, v.course_id, c.code, v.number, v.status, v.title, v.level,
       v.cpd_hours, v.published_at, c.current_version_id = v.id as current
from course_version v
join course c on c.id = v.course_id;

-- The courses as they are offered now: each course with its current (published) version. A course
-- never published is not here.
create or replace view current_course as
select c.id as course_id, c.code, v.id as course_version_id, v.title, v.level, v.cpd_hours
from course c
join course_version v on v.id = c.current_version_id;

-- The modules of each course version, in order; required ones count towards completion.
create or replace view course_module as
select m.id as module_id, m.course_version_id, m.code, m.position, m.required, m.title, m.minutes
from module m;

-- The quiz questions of each module, in order.
create or replace view quiz_question as
select q.id as question_id, q.module_id, q.code, q.position, q.type, q.text
from question q;

-- Who tutors each course.
create or replace view tutor_of_course as
select t.course_id, t.user_id
from course_tutor t;

-- The competency domains courses are mapped to, labelled with their framework ("DPHC: Data").
create or replace view competency as
select d.domain_key, f.code as framework_code, d.title, upper(f.code) || ': ' || d.title as label,
       d.retired
from competency_domain d
join competency_framework f on f.id = d.framework_id;

-- The competency domains (and level, where given) each course version covers.
create or replace view version_competency as
select k.course_version_id, k.domain_key, k.level_no
from course_version_competency k;
