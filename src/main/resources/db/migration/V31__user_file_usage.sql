-- Each person's storage quota for files (issue 15): how many bytes of files they have stored, in
-- every feature that keeps people's files (CPD evidence, assignment hand-ins). A feature that adds
-- a table of files adds it here, in a new migration that replaces the view.
create view user_file_usage as
select user_id, sum(size_bytes)::bigint as bytes
from (select e.user_id, v.size_bytes
      from cpd_evidence v join cpd_entry e on e.id = v.entry_id
      union all
      select s.user_id, f.size_bytes
      from submission_file f join submission s on s.id = f.submission_id) files
group by user_id;
