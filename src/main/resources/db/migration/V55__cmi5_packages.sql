-- cmi5 courses as content packages (issue 22): a package may be a cmi5 course structure
-- (cmi5.xml), its AUs items with their rule for done (moveOn), how they open and the entitlement
-- key they are given; blocks are headings.
alter table content_package drop constraint content_package_scorm_version_check;
alter table content_package add constraint content_package_scorm_version_check
    check (scorm_version in ('SCORM_12', 'SCORM_2004_3RD', 'SCORM_2004_4TH', 'CMI5'));
alter table content_package_item
    add column move_on varchar(20)
        check (move_on in ('NotApplicable', 'Passed', 'Completed', 'CompletedAndPassed',
                           'CompletedOrPassed')),
    add column own_window boolean not null default false,
    add column entitlement_key varchar(500);

-- An attempt at a cmi5 module is a cmi5 registration: every session of its AUs carries it.
alter table scorm_attempt add column registration uuid unique;

-- The score an AU gave with passed or failed (result.score.scaled), for the module's score.
alter table cmi5_progress add column score_scaled numeric(8, 7);

-- How a session was launched (Normal; Browse for a tutor's preview, which judges nobody) and the
-- AU's id in the course structure (the publisher id its statements are grouped by).
alter table cmi5_session
    add column launch_mode varchar(10) not null default 'Normal'
        check (launch_mode in ('Normal', 'Browse', 'Review')),
    add column publisher_id varchar(2048);
