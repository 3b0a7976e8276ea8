-- Issue 20: what keeps the curriculum honest.
-- The day each module's text was last checked against its sources. Versions imported before the
-- course format had a review date keep null.
alter table module add column reviewed_on date;

-- A course version's assessed assignment as its files define it ("assignment:" in course.yaml and
-- <id>.assignment.md): marked with its rubric, and needed, besides the modules, to complete it.
alter table course_version
  add column assignment_code varchar(60),
  add column assignment_title varchar(200),
  add column assignment_minutes integer,
  add column assignment_pass_mark integer,
  add column assignment_competencies varchar(2000),
  add column assignment_rubric text,
  add column assignment_instructions text,
  add constraint course_version_assignment_whole check (
    (assignment_code is null) = (assignment_title is null)
    and (assignment_code is null) = (assignment_rubric is null));
