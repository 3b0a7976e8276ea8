-- Certificates: one per achievement (a course completed, an event attended, a pathway stage
-- reached), however often the rules are evaluated and however many instances run: the unique
-- key (user, kind, achievement) makes a second issue a no-op. The id is 128 random bits (26
-- characters of Crockford base32), so certificates cannot be found by guessing. What the
-- certificate states is copied here when it is issued: it does not change if the course, the
-- event or the person's profile changes later. The PDF as issued is kept.
create table certificate (
    id                varchar(26)   primary key,
    user_id           bigint        not null references users (id),
    kind              varchar(10)   not null check (kind in ('COURSE', 'EVENT', 'STAGE')),
    achievement       varchar(200)  not null,
    title             varchar(300)  not null,
    outcomes          text          not null default '',
    holder_name       varchar(200)  not null,
    registration      varchar(80),
    started_on        date,
    completed_on      date          not null,
    duration          varchar(100),
    cpd_participatory numeric(6, 2) not null default 0 check (cpd_participatory >= 0),
    cpd_other         numeric(6, 2) not null default 0 check (cpd_other >= 0),
    delivery_mode     varchar(100)  not null,
    issued_at         timestamptz   not null default now(),
    expires_on        date,
    revoked_at        timestamptz,
    revoked_by        bigint references users (id),
    revoked_reason    text,
    pdf               bytea,
    version           bigint        not null default 0,
    unique (user_id, kind, achievement),
    check ((revoked_at is null) = (revoked_reason is null))
);
create index certificate_user_idx on certificate (user_id, issued_at desc);
