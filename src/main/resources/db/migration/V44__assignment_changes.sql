-- A tutor changes, re-dates, extends for one trainee, or withdraws an assignment.
-- Withdrawn: nobody hands in any more; what was handed in, and its marks, are kept.
alter table assignment add column withdrawn_at timestamptz;
alter table assignment add column withdrawn_reason varchar(500);

-- One trainee's own deadline (and late cut-off), later than the assignment's: at most one each,
-- a second extension replaces the first. Why, and who gave it, for the audit and the trainee.
create table assignment_extension (
    assignment_id bigint       not null references assignment (id) on delete cascade,
    user_id       bigint       not null references users (id) on delete cascade,
    due_at        timestamptz  not null,
    cutoff_at     timestamptz,
    reason        varchar(500) not null,
    granted_by    bigint references users (id),
    granted_at    timestamptz  not null default now(),
    primary key (assignment_id, user_id),
    check (cutoff_at is null or cutoff_at >= due_at)
);
create index assignment_extension_user_idx on assignment_extension (user_id);
