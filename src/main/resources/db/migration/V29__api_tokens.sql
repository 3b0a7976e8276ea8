-- Reviewer API tokens (issue 7): a reviewer (or admin) makes a token for a program that reads
-- the cohort figures (/api/review/*) without signing in. Only a SHA-256 hash of the token is
-- kept; the token itself is shown once, when made. A token expires, can be revoked, and works
-- only while its account is enabled and still a reviewer or admin.
create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    name         varchar(80)  not null,
    token_hash   bytea        not null unique,
    hint         varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id, created_at desc);
