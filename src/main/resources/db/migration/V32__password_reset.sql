-- Password reset links (issue 17): "Forgotten your password?" emails a single-use link. Only a
-- SHA-256 hash of the link's random token is kept. A link lasts ccio.password-reset.minutes
-- (30), and ends when used or when a newer link is sent to the same person.
create table password_reset (
    id           bigserial primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    token_hash   bytea        not null unique,
    requested_by bigint       references users (id) on delete set null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    used_at      timestamptz,
    ended_at     timestamptz,
    version      bigint       not null default 0
);
create index password_reset_user_idx on password_reset (user_id) where used_at is null and ended_at is null;
