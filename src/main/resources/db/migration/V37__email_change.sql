-- A person's email address changed by an administrator (issue 17): the new address is used only
-- once its owner confirms it with the emailed link (only the link's hash kept), within a time;
-- a newer request ends the older.
create table email_change (
    id            bigserial    primary key,
    user_id       bigint       not null references users (id) on delete cascade,
    new_email     varchar(254) not null,
    token_hash    bytea        not null unique,
    requested_by  bigint       references users (id) on delete set null,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz  not null,
    confirmed_at  timestamptz,
    ended_at      timestamptz
);
create index email_change_user_idx on email_change (user_id) where confirmed_at is null and ended_at is null;
