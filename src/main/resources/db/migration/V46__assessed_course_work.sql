-- Issue 20: a course's assessed assignment, made from its course files (course_version's
-- assignment_* columns). It has no deadline (trainees hand it in when ready, as they take the
-- course at their own pace), and there is one per course and assignment id.
alter table assignment add column course_file_code varchar(60);
alter table assignment alter column due_at drop not null;
alter table assignment add constraint assignment_deadline check (
  due_at is not null or course_file_code is not null);
create unique index assignment_course_file on assignment (course_id, course_file_code)
  where course_file_code is not null;
