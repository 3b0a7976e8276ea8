-- Content packages uploaded in the course editor (issue 21): stored at once (content_package),
-- and named by the draft until it is published, by the name the module's header gives them.
create table course_draft_package (
    draft_id bigint not null references course_draft (id) on delete cascade,
    name varchar(100) not null,
    package_sha256 char(64) not null references content_package (sha256),
    primary key (draft_id, name)
);

-- The origin of the page that opened a launch: the only page that may frame the package's pages
-- and the one their API tells how saving goes (content may be served from an origin of its own).
alter table scorm_launch add column app_origin varchar(300);
