-- The career pathway, as last loaded from courses/pathway.yaml (or saved by an admin in the
-- browser): its text is kept as written; the latest loaded is the one in force.
create table pathway_definition (
    id          varchar(60)  primary key,
    yaml        text         not null,
    fingerprint char(64)     not null,
    loaded_at   timestamptz  not null default now(),
    loaded_by   varchar(200) not null,
    version     bigint       not null default 0
);
