-- What the assessment feature publishes for the others (assessment/package-info.java). A
-- repeatable migration: change it here, and Flyway applies it again after the versioned ones.

-- Assessed course work passed: for each trainee and course, when a mark at or above the pass
-- mark of the course's assessed assignment (the one its course files define) was last released
-- to them. The mark that stands is the agreed one, else the first, else the latest.
create or replace view assessed_work_passed as
select s.user_id, a.course_id, a.course_file_code, max(s.released_at) as passed_at
from submission s
join assignment a on a.id = s.assignment_id
join lateral (select x.mark from grade x where x.submission_id = s.id
              order by x.kind = 'AGREED' desc, x.kind = 'FIRST' desc, x.id desc
              limit 1) g on true
where a.course_file_code is not null
  and s.released_at is not null
  and g.mark >= a.pass_mark
group by s.user_id, a.course_id, a.course_file_code;
