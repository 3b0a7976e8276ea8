-- The review facts (V26, V27), refreshed in place, and with each trainee's pathway stages.
--
-- 1. review_refresh() deleted and re-inserted every row of the trainees it refreshed: a sign-in
--    rewrote all of a trainee's enrolment rows, and a bulk load left the tables two to three
--    times their size until a VACUUM FULL. It now inserts what is new, updates only the rows
--    whose values changed (an unchanged row is not written at all), and deletes only the rows of
--    people who are no longer trainees. A little free room on each page (fillfactor 90) lets an
--    update stay on its page.
-- 2. trainee_fact.stages: the trainee's stage certificates that are not revoked (their
--    achievements, 'stage:<pathway>:<stage>', sorted), so the pathway figures read one narrow row
--    per trainee instead of grouping the certificate table on every page. Kept by triggers on
--    certificate like the rest.

alter table trainee_fact add column stages text[];
alter table trainee_fact set (fillfactor = 90);
alter table enrolment_fact set (fillfactor = 90);

create or replace function review_refresh(ids bigint[]) returns void language plpgsql as $$
begin
    -- one refresh of a trainee at a time, in id order (V27)
    perform 1 from users where id = any(ids) order by id for update;

    -- people who are no longer trainees
    delete from enrolment_fact f
    where f.user_id = any(ids)
      and not exists (select 1 from user_roles r where r.user_id = f.user_id and r.role = 'TRAINEE');
    delete from trainee_fact f
    where f.user_id = any(ids)
      and not exists (select 1 from user_roles r where r.user_id = f.user_id and r.role = 'TRAINEE');

    insert into trainee_fact as f (user_id, region, ods_code, professional_group, grade,
                                   intake_year, enrolments, completed, left_courses,
                                   last_activity_at, stages)
    select u.id, u.region, u.ods_code, u.professional_group, u.grade, u.intake_year,
           count(e.id), count(e.completed_at), count(*) filter (where e.status = 'LEFT'),
           greatest(u.last_sign_in_at, max(e.last_activity_at)),
           (select array_agg(c.achievement::text order by c.achievement) from certificate c
            where c.user_id = u.id and c.kind = 'STAGE' and c.revoked_at is null)
    from users u left join enrolment e on e.user_id = u.id
    where u.id = any(ids)
      and exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'TRAINEE')
    group by u.id
    on conflict (user_id) do update
        set region = excluded.region, ods_code = excluded.ods_code,
            professional_group = excluded.professional_group, grade = excluded.grade,
            intake_year = excluded.intake_year, enrolments = excluded.enrolments,
            completed = excluded.completed, left_courses = excluded.left_courses,
            last_activity_at = excluded.last_activity_at, stages = excluded.stages
        where (f.region, f.ods_code, f.professional_group, f.grade, f.intake_year, f.enrolments,
               f.completed, f.left_courses, f.last_activity_at, f.stages)
              is distinct from
              (excluded.region, excluded.ods_code, excluded.professional_group, excluded.grade,
               excluded.intake_year, excluded.enrolments, excluded.completed,
               excluded.left_courses, excluded.last_activity_at, excluded.stages);

    insert into enrolment_fact as f (enrolment_id, user_id, course_id, status, region, ods_code,
                                     professional_group, grade, intake_year, days_to_complete)
    select e.id, e.user_id, e.course_id, e.status, t.region, t.ods_code, t.professional_group,
           t.grade, t.intake_year,
           extract(epoch from coalesce((select min(cc.completed_at) from course_completion cc
                                        where cc.enrolment_id = e.id), e.completed_at)
                              - e.enrolled_at) / 86400
    from enrolment e join trainee_fact t on t.user_id = e.user_id
    where e.user_id = any(ids)
    on conflict (enrolment_id) do update
        set status = excluded.status, region = excluded.region, ods_code = excluded.ods_code,
            professional_group = excluded.professional_group, grade = excluded.grade,
            intake_year = excluded.intake_year, days_to_complete = excluded.days_to_complete
        where (f.status, f.region, f.ods_code, f.professional_group, f.grade, f.intake_year,
               f.days_to_complete)
              is distinct from
              (excluded.status, excluded.region, excluded.ods_code, excluded.professional_group,
               excluded.grade, excluded.intake_year, excluded.days_to_complete);
end $$;

-- Stage certificates: issued (one statement may issue many), revoked, or removed
create trigger certificate_facts_insert after insert on certificate
    referencing new table as changed for each statement execute function review_refresh_new();
create trigger certificate_facts_delete after delete on certificate
    referencing old table as changed for each statement execute function review_refresh_new();
-- (a trigger with a transition table cannot name columns, and most updates of a certificate are
-- not revocations, so this one is per row and only when revoked_at changes)
create function review_refresh_certificate() returns trigger language plpgsql as $$
begin
    perform review_refresh(array[new.user_id]);
    return null;
end $$;
create trigger certificate_facts_revoke after update of revoked_at on certificate
    for each row when (old.revoked_at is distinct from new.revoked_at)
    execute function review_refresh_certificate();

-- What is there already
update trainee_fact t
set stages = (select array_agg(c.achievement::text order by c.achievement) from certificate c
              where c.user_id = t.user_id and c.kind = 'STAGE' and c.revoked_at is null)
where exists (select 1 from certificate c where c.user_id = t.user_id and c.kind = 'STAGE');

-- The per-course median and 90th percentile days to complete read the completed enrolments
-- already in order, with the profile fields a population is chosen by, from this index alone
-- (no sort of 90,000 rows on every page; docs/benchmarks.md).
create index enrolment_fact_days_idx on enrolment_fact (course_id, days_to_complete)
    include (user_id, region, ods_code, professional_group, grade, intake_year)
    where days_to_complete is not null;
