-- cmi5 (issue 22): each launch of an assignable unit (AU) is a session of its own, with a launch
-- client (lrs_client with launch_actor) whose credentials the AU fetches once from the fetch URL.
create table cmi5_session (
    id uuid primary key,
    client_id bigint not null references lrs_client (id) on delete cascade,
    fetch_sha256 char(64) not null unique,
    fetched_at timestamptz,
    registration uuid not null,
    activity_id varchar(2048) not null,
    actor_key varchar(2048) not null,
    user_id bigint references users (id) on delete cascade,
    mastery_score numeric(5, 4),
    move_on varchar(20) not null,
    verbs jsonb not null default '[]',
    started_at timestamptz not null,
    ended_at timestamptz
);
create index cmi5_session_open on cmi5_session (registration, activity_id) where ended_at is null;

-- What an AU said in a registration, whatever the session: the rules "completed and passed once",
-- "failed never after passed", and moveOn read this.
create table cmi5_progress (
    registration uuid not null,
    activity_id varchar(2048) not null,
    completed_at timestamptz,
    passed_at timestamptz,
    failed_at timestamptz,
    satisfied_at timestamptz,
    primary key (registration, activity_id)
);
