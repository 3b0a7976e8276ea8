-- Multi-factor sign-in (issue 17): a TOTP key per person (RFC 6238, any authenticator app),
-- sealed under the secrets key like the application's own secrets; the last 30-second step used,
-- so a code works once; and one-time recovery codes, only their hashes kept.
create table second_factor (
    user_id      bigint       primary key references users (id) on delete cascade,
    secret       bytea        not null,
    created_at   timestamptz  not null default now(),
    confirmed_at timestamptz,
    last_step    bigint       not null default 0,
    version      bigint       not null default 0
);
create table recovery_code (
    id         bigserial    primary key,
    user_id    bigint       not null references users (id) on delete cascade,
    code_hash  bytea        not null,
    created_at timestamptz  not null default now(),
    used_at    timestamptz
);
create index recovery_code_user_idx on recovery_code (user_id) where used_at is null;
