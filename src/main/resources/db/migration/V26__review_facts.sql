-- Reviewer dashboards at scale (issue 7): two narrow tables the dashboard reads instead of joining
-- users, roles and enrolments on every page. They are kept up to date by triggers, in the same
-- transaction as the change, so a figure is never stale; review_refresh() rebuilds one
-- trainee's rows from the source tables, and every trigger calls it for the trainees a statement
-- touched.

-- One row per trainee: the profile fields figures divide by, and their enrolments in numbers.
create table trainee_fact (
    user_id            bigint primary key references users (id) on delete cascade,
    region             varchar(40),
    ods_code           varchar(9),
    professional_group varchar(20),
    grade              varchar(20),
    intake_year        smallint,
    enrolments         integer not null,
    completed          integer not null,
    left_courses       integer not null,
    last_activity_at   timestamptz
);
create index trainee_fact_region_idx on trainee_fact (region);
create index trainee_fact_ods_idx on trainee_fact (ods_code);
create index trainee_fact_intake_idx on trainee_fact (intake_year);

-- One row per enrolment of a trainee, with the trainee's profile fields copied in.
create table enrolment_fact (
    enrolment_id       bigint primary key references enrolment (id) on delete cascade,
    user_id            bigint not null references users (id) on delete cascade,
    course_id          bigint not null,
    status             varchar(12) not null,
    region             varchar(40),
    ods_code           varchar(9),
    professional_group varchar(20),
    grade              varchar(20),
    intake_year        smallint,
    days_to_complete   real
);
create index enrolment_fact_user_idx on enrolment_fact (user_id);
create index enrolment_fact_region_idx on enrolment_fact (region, course_id);
create index enrolment_fact_ods_idx on enrolment_fact (ods_code, course_id);

-- Rebuilds the facts of these users from users, user_roles, enrolment and course_completion.
create function review_refresh(ids bigint[]) returns void language plpgsql as $$
begin
    delete from enrolment_fact where user_id = any(ids);
    delete from trainee_fact where user_id = any(ids);
    insert into trainee_fact (user_id, region, ods_code, professional_group, grade, intake_year,
                              enrolments, completed, left_courses, last_activity_at)
    select u.id, u.region, u.ods_code, u.professional_group, u.grade, u.intake_year,
           count(e.id), count(e.completed_at), count(*) filter (where e.status = 'LEFT'),
           greatest(u.last_sign_in_at, max(e.last_activity_at))
    from users u left join enrolment e on e.user_id = u.id
    where u.id = any(ids)
      and exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'TRAINEE')
    group by u.id;
    insert into enrolment_fact (enrolment_id, user_id, course_id, status, region, ods_code,
                                professional_group, grade, intake_year, days_to_complete)
    select e.id, e.user_id, e.course_id, e.status, t.region, t.ods_code, t.professional_group,
           t.grade, t.intake_year,
           extract(epoch from coalesce((select min(cc.completed_at) from course_completion cc
                                        where cc.enrolment_id = e.id), e.completed_at)
                              - e.enrolled_at) / 86400
    from enrolment e join trainee_fact t on t.user_id = e.user_id
    where e.user_id = any(ids);
end $$;

-- Statement triggers: once per statement, for every trainee it touched
create function review_refresh_new() returns trigger language plpgsql as $$
begin
    perform review_refresh(array(select distinct user_id from changed));
    return null;
end $$;
create function review_refresh_new_user() returns trigger language plpgsql as $$
begin
    perform review_refresh(array(select distinct id from changed));
    return null;
end $$;

create trigger enrolment_facts_insert after insert on enrolment
    referencing new table as changed for each statement execute function review_refresh_new();
create trigger enrolment_facts_update after update on enrolment
    referencing new table as changed for each statement execute function review_refresh_new();
create trigger enrolment_facts_delete after delete on enrolment
    referencing old table as changed for each statement execute function review_refresh_new();
create trigger completion_facts_insert after insert on course_completion
    referencing new table as changed for each statement execute function review_refresh_new();
create trigger role_facts_insert after insert on user_roles
    referencing new table as changed for each statement execute function review_refresh_new();
create trigger role_facts_delete after delete on user_roles
    referencing old table as changed for each statement execute function review_refresh_new();
create trigger user_facts_update after update on users
    referencing new table as changed for each statement execute function review_refresh_new_user();

-- What is there already
select review_refresh(array(select user_id from user_roles where role = 'TRAINEE'));
