-- A tutor's preview of a content package (issue 21): a launch with no attempt, playing the package
-- named here (the published version's, or one uploaded for the draft); nothing it sends is kept.
alter table scorm_launch alter column attempt_id drop not null;
alter table scorm_launch add column package_sha256 char(64);
alter table scorm_launch add constraint scorm_launch_plays_something
    check (attempt_id is not null or package_sha256 is not null);
