-- The Learning Record Store (issue 22): xAPI 1.0.3 and 2.0 at /xapi.

-- Programs that use the LRS: a key and a secret (HTTP Basic; the secret kept as a PBKDF2 hash),
-- what they may do, and the agent that vouches for what they store (their statements' authority).
create table lrs_client (
    id bigserial primary key,
    name varchar(120) not null,
    api_key varchar(64) not null unique,
    secret_hash varchar(200) not null,
    may_read boolean not null,
    may_write boolean not null,
    own_only boolean not null,
    active boolean not null default true,
    created_at timestamptz not null,
    created_by bigint references users (id) on delete set null,
    version bigint not null default 0,
    -- a one-time-launch client (a cmi5 AU session): the actor, registration and activity it may use
    launch_actor jsonb,
    launch_registration uuid,
    launch_activity varchar(2048),
    expires_at timestamptz
);

-- Statements, immutable once stored: the statement as the LRS gives it back (with id, stored,
-- authority and version), kept exactly; seq is the order they were stored in.
create table lrs_statement (
    seq bigserial primary key,
    id uuid not null unique,
    stored timestamptz not null,
    statement jsonb not null,
    verb_id varchar(2048) not null,
    voided boolean not null default false,
    voids uuid,
    client_id bigint references lrs_client (id) on delete set null,
    -- a person of ours the statement is about (by actor), for reviewers and personal data
    user_id bigint references users (id) on delete set null
);
create index lrs_statement_stored on lrs_statement (stored, seq);
create index lrs_statement_user on lrs_statement (user_id, seq) where user_id is not null;
create index lrs_statement_voids on lrs_statement (voids) where voids is not null;

-- What each statement can be found by (agent, related agent, activity, related activity, verb,
-- registration), its own and, through StatementRefs, the statements it targets' (so a query finds
-- "Andrew confirmed <Ben passed>" by Ben).
create table lrs_statement_key (
    statement_seq bigint not null references lrs_statement (seq) on delete cascade,
    kind char(1) not null,
    value varchar(2048) not null,
    primary key (kind, value, statement_seq)
);
create index lrs_statement_key_statement on lrs_statement_key (statement_seq);

-- StatementRefs to statements not (yet) stored: keys flow to the targeting statement on arrival.
create table lrs_statement_ref (
    statement_seq bigint not null references lrs_statement (seq) on delete cascade,
    target uuid not null,
    primary key (target, statement_seq)
);

-- Attachments' content, once per SHA-256 however many statements carry it.
create table lrs_attachment (
    sha2 varchar(128) primary key,
    content_type varchar(255) not null,
    content bytea not null
);
create table lrs_statement_attachment (
    statement_seq bigint not null references lrs_statement (seq) on delete cascade,
    sha2 varchar(128) not null references lrs_attachment (sha2),
    primary key (statement_seq, sha2)
);

-- State, Activity Profile and Agent Profile documents.
create table lrs_document (
    id bigserial primary key,
    kind char(1) not null check (kind in ('S', 'A', 'P')),
    activity_id varchar(2048),
    agent_key varchar(2048),
    registration uuid,
    document_id varchar(2048) not null,
    content_type varchar(255) not null,
    content bytea not null,
    etag varchar(64) not null,
    updated timestamptz not null,
    client_id bigint references lrs_client (id) on delete set null,
    user_id bigint references users (id) on delete set null
);
create unique index lrs_document_key on lrs_document
    (kind, coalesce(activity_id, ''), coalesce(agent_key, ''),
     coalesce(registration, '00000000-0000-0000-0000-000000000000'::uuid), document_id);
create index lrs_document_user on lrs_document (user_id) where user_id is not null;

-- Activities' canonical definitions (the latest from a trusted source), for the Activities resource.
create table lrs_activity (
    id varchar(2048) primary key,
    definition jsonb not null
);

-- The site itself, as the authority of the statements of our own learning (it never signs in:
-- no secret hashes to '!').
insert into lrs_client (name, api_key, secret_hash, may_read, may_write, own_only, created_at)
values ('CCIO Academy (its own learning records)', 'ccio-academy', '!', false, false, true, now());

-- Our own statements, forwarded to another LRS when one is configured: each until it is taken.
create table lrs_forward (
    statement_seq bigint primary key references lrs_statement (seq) on delete cascade,
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    sent_at timestamptz,
    last_error varchar(500)
);
create index lrs_forward_due on lrs_forward (next_attempt_at) where sent_at is null;
