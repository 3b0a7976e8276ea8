-- Single sign-on (issue 17): a person's account at an OpenID Connect provider (NHSmail through
-- Microsoft Entra ID, OpenAthens, ...), named by the provider's id in configuration and the
-- provider's subject for them (the "sub" claim, which never changes, unlike an email address).
create table external_identity (
    id             bigserial    primary key,
    provider       varchar(40)  not null,
    subject        varchar(255) not null,
    user_id        bigint       not null references users (id) on delete cascade,
    -- the email address the provider gave when the link was made, and the latest one it gave
    email          varchar(254),
    linked_at      timestamptz  not null default now(),
    last_used_at   timestamptz,
    constraint external_identity_subject_uq unique (provider, subject)
);
create index external_identity_user_idx on external_identity (user_id);

-- Email domains whose people must sign in through their provider, never with a password: set by
-- an administrator (audited). A domain served by no configured provider is not enforced.
create table sso_required_domain (
    domain       varchar(253) primary key,
    provider     varchar(40)  not null,
    required_by  bigint       references users (id) on delete set null,
    required_at  timestamptz  not null default now()
);
