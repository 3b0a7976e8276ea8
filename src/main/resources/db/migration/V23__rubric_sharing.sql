-- Rubric sharing (issue 4): a tutor may share a rubric with every tutor, who can then mark their
-- own assignments with it. A rubric never changes once made, so sharing it is safe; stopping
-- sharing leaves assignments that already use it as they are.
alter table rubric add column shared boolean not null default false;
create index rubric_owner_idx on rubric (owner_id, id desc);
create index rubric_shared_idx on rubric (id desc) where shared;
