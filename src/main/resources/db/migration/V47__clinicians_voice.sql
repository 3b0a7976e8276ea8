-- The clinician's voice (issue 24): usability ratings of the clinical systems trainees use at
-- work, and trainees' feedback on modules. Owned by the voice feature (org.ccioacademy.voice).

-- The reference list of clinical systems admins keep. A trainee may propose one that is not
-- listed ("other"); it stays PROPOSED, rated but never published, until an admin lists it,
-- merges it into a listed one or retires it. A retired system is no longer offered for rating;
-- its ratings stay in the history and the figures.
create table clinical_system (
    id           bigserial    primary key,
    product      varchar(120) not null,
    supplier     varchar(120) not null,
    kind         varchar(20)  not null check (kind in ('EPR', 'GP', 'COMMUNITY', 'MENTAL_HEALTH',
                                                      'PRESCRIBING', 'RESULTS', 'IMAGING',
                                                      'OTHER')),
    status       varchar(10)  not null check (status in ('LISTED', 'PROPOSED', 'RETIRED')),
    proposed_by  bigint       references users (id) on delete set null,
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create unique index clinical_system_name_uq on clinical_system (lower(supplier), lower(product));
create index clinical_system_status_idx on clinical_system (status);

-- A seed list of systems in wide use in the NHS in England; admins keep it from here.
insert into clinical_system (product, supplier, kind, status) values
    ('Epic', 'Epic Systems', 'EPR', 'LISTED'),
    ('Millennium', 'Oracle Health', 'EPR', 'LISTED'),
    ('Lorenzo', 'DXC Technology', 'EPR', 'LISTED'),
    ('Nervecentre', 'Nervecentre Software', 'EPR', 'LISTED'),
    ('CareFlow', 'System C', 'EPR', 'LISTED'),
    ('Expanse', 'MEDITECH', 'EPR', 'LISTED'),
    ('SystmOne', 'TPP', 'GP', 'LISTED'),
    ('EMIS Web', 'EMIS', 'GP', 'LISTED'),
    ('Vision', 'Cegedim', 'GP', 'LISTED'),
    ('ICE', 'Clinisys', 'RESULTS', 'LISTED');

-- One rating of a system by a person: the System Usability Scale's ten answers (1 to 5) and its
-- score (0 to 100), what a CCIO asks besides, and a comment that reviewers see only once an admin
-- has moderated it. The organisation and region are the rater's at the time of rating, so a
-- later move does not shift the figures. A new rating of the same system replaces the current
-- one (replaced_at is set), and the history is kept: one current rating per person and system.
create table system_rating (
    id                bigserial    primary key,
    user_id           bigint       not null references users (id) on delete cascade,
    system_id         bigint       not null references clinical_system (id),
    ods_code          varchar(20),
    region            varchar(40),
    answers           smallint[]   not null check (cardinality(answers) = 10
                                                   and 1 <= all (answers) and 5 >= all (answers)),
    sus_score         numeric(4,1) not null check (sus_score between 0 and 100),
    minutes_lost      smallint     check (minutes_lost between 0 and 720),
    training          varchar(10)  check (training in ('NONE', 'SOME', 'ENOUGH')),
    recommend         varchar(6)   check (recommend in ('YES', 'NO', 'UNSURE')),
    comment           text,
    comment_status    varchar(10)  not null default 'NONE'
                                   check (comment_status in ('NONE', 'PENDING', 'PUBLISHED',
                                                             'WITHHELD')),
    published_comment text,
    moderated_by      bigint       references users (id) on delete set null,
    moderated_at      timestamptz,
    rated_at          timestamptz  not null,
    replaced_at       timestamptz,
    version           bigint       not null default 0,
    check ((comment is null) = (comment_status = 'NONE')),
    check (comment_status <> 'PUBLISHED' or published_comment is not null)
);
create unique index system_rating_current_uq on system_rating (user_id, system_id)
    where replaced_at is null;
create index system_rating_system_idx on system_rating (system_id, rated_at)
    where replaced_at is null;
create index system_rating_region_idx on system_rating (region) where replaced_at is null;
create index system_rating_ods_idx on system_rating (ods_code) where replaced_at is null;
create index system_rating_pending_idx on system_rating (rated_at) where comment_status = 'PENDING';

-- A trainee's view of a module they take: clear, useful, accurate (each 1 to 5, "strongly
-- disagree" to "strongly agree") and a comment. One per person and module (by the module's code,
-- which lasts across course versions); rating it again changes it. The version read is kept.
create table module_feedback (
    id                bigserial    primary key,
    user_id           bigint       not null references users (id) on delete cascade,
    course_id         bigint       not null references course (id),
    module_code       varchar(60)  not null,
    course_version_id bigint       not null references course_version (id),
    clear             smallint     not null check (clear between 1 and 5),
    useful            smallint     not null check (useful between 1 and 5),
    accurate          smallint     not null check (accurate between 1 and 5),
    comment           text,
    rated_at          timestamptz  not null,
    version           bigint       not null default 0,
    unique (user_id, course_id, module_code)
);
create index module_feedback_course_idx on module_feedback (course_id, module_code);

-- An error a trainee flags in a module, and the tutor's answer, which the trainee is told of.
-- The flag outlives its raiser's account (user_id set null on deletion) so the fix is not lost.
create table module_flag (
    id                bigserial    primary key,
    user_id           bigint       references users (id) on delete set null,
    course_id         bigint       not null references course (id),
    module_code       varchar(60)  not null,
    course_version_id bigint       not null references course_version (id),
    description       text         not null,
    raised_at         timestamptz  not null,
    status            varchar(10)  not null check (status in ('OPEN', 'ANSWERED')),
    answer            text,
    answered_by       bigint       references users (id) on delete set null,
    answered_at       timestamptz,
    version           bigint       not null default 0,
    check ((status = 'ANSWERED') = (answer is not null))
);
create index module_flag_course_idx on module_flag (course_id, module_code, status);
create index module_flag_user_idx on module_flag (user_id);
