-- A session with a capacity of its own (a workshop, a site visit) is booked separately: people
-- with a place at the event choose it, up to its capacity. Places are counted under a row lock on
-- the session, so a session is never overbooked. Who booked, moved or freed a place is audited.
create table session_place (
    session_id bigint      not null references event_session (id) on delete cascade,
    user_id    bigint      not null references users (id) on delete cascade,
    booked_at  timestamptz not null default now(),
    booked_by  bigint references users (id),
    primary key (session_id, user_id)
);
create index session_place_user_idx on session_place (user_id);
