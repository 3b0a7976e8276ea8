-- Joiners, movers and leavers (issue 17): a staff feed from the HR system (ESR's fields), checked
-- line by line before anything changes, then applied all or nothing.

-- The person's staff (ESR employee) number, and the day their last assignment ended when the feed
-- said they left (their account is then disabled, never deleted).
alter table users add column staff_number varchar(20);
create unique index users_staff_number_key on users (staff_number) where staff_number is not null;
alter table users add column left_on date;

-- One file given to the feed: who gave it (or the watched folder), what checking found, and
-- whether it was applied.
create table staff_feed_run (
    id          bigserial    primary key,
    file_name   varchar(255) not null,
    source      varchar(10)  not null check (source in ('UPLOAD', 'FOLDER')),
    run_by      bigint       references users (id) on delete set null,
    checked_at  timestamptz  not null default now(),
    lines       integer      not null default 0,
    problems    integer      not null default 0,
    -- a problem with the whole file (no such column, not CSV), when there is one
    file_problem text,
    joiners     integer      not null default 0,
    updates     integer      not null default 0,
    leavers     integer      not null default 0,
    returners   integer      not null default 0,
    unchanged   integer      not null default 0,
    status      varchar(10)  not null check (status in ('CHECKED', 'APPLIED', 'REFUSED')),
    applied_at  timestamptz,
    version     bigint       not null default 0
);
create index staff_feed_run_checked_idx on staff_feed_run (checked_at desc);

-- Each line of the file as read, the account it matched and what applying it does (JOIN,
-- UPDATE, LEAVE, RETURN, UNCHANGED, SKIP); the problems found in the line itself (one per line of
-- text), and the one found against the accounts here (checked again when the feed is applied).
create table staff_feed_line (
    run_id              bigint       not null references staff_feed_run (id) on delete cascade,
    line_no             integer      not null,
    staff_number        varchar(40),
    first_name          varchar(200),
    last_name           varchar(200),
    email               varchar(254),
    professional_group  varchar(20),
    registration_number varchar(40),
    organisation_code   varchar(20),
    assignment_start    date,
    assignment_end      date,
    user_id             bigint,
    action              varchar(10),
    problems            text,
    conflict            text,
    primary key (run_id, line_no)
);
create index staff_feed_line_problems_idx on staff_feed_line (run_id, line_no) where problems is not null or conflict is not null;
