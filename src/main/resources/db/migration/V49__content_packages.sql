-- Content packages (issue 21): SCORM 1.2 and 2004 packages a module plays. A package is stored
-- once, by the fingerprint of its files, and never changes: a course version names the package it
-- was published with, so a new version of a package never changes what a trainee part-way
-- through is playing.
create table content_package (
    id bigserial primary key,
    sha256 char(64) not null unique,
    scorm_version varchar(20) not null
        check (scorm_version in ('SCORM_12', 'SCORM_2004_3RD', 'SCORM_2004_4TH')),
    identifier varchar(255) not null,
    title varchar(500) not null,
    byte_size bigint not null check (byte_size >= 0),
    file_count int not null check (file_count > 0),
    stored_at timestamptz not null default now()
);

-- The items of the package's organisation, in table-of-contents order: headings (no launch),
-- SCOs and assets, with the completion rules the manifest gives each.
create table content_package_item (
    package_id bigint not null references content_package (id) on delete cascade,
    position int not null,
    identifier varchar(255) not null,
    title varchar(500) not null,
    depth int not null check (depth >= 0),
    launch varchar(2000),
    sco boolean not null,
    mastery_score numeric(7, 4),
    completion_threshold numeric(5, 4),
    scaled_passing_score numeric(5, 4),
    launch_data text,
    visible boolean not null,
    primary key (package_id, position),
    unique (package_id, identifier)
);

-- Every file of the package, served from its own path with its real media type.
create table content_package_file (
    package_id bigint not null references content_package (id) on delete cascade,
    path varchar(1000) not null,
    media_type varchar(120) not null,
    byte_size int not null check (byte_size >= 0),
    sha256 char(64) not null,
    content bytea not null,
    primary key (package_id, path)
);

-- The package a module plays, by the name its header gives and by fingerprint.
alter table module
    add column package_name varchar(100),
    add column package_sha256 char(64) references content_package (sha256),
    add constraint module_package_named check ((package_name is null) = (package_sha256 is null));
create index module_package_idx on module (package_sha256) where package_sha256 is not null;
