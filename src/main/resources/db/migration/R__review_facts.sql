-- The review feature's facts (trainee_fact, enrolment_fact: one narrow row per trainee and per
-- enrolment, with the profile fields a population is chosen by) and how they are kept: this is
-- the one place review_refresh() is written (V26 made it, V27 and V28 changed it; change it
-- here now). It reads what identity, delivery and certificates publish (person, person_role,
-- enrolment_standing, awarded_certificate); triggers on the tables behind those views call it
-- (V26, V28). A repeatable migration: Flyway applies it again, after the versioned ones, whenever
-- it changes.

-- Brings the facts of these users up to date: inserts what is new, updates only the rows whose
-- values changed, deletes the rows of people who are no longer trainees.
create or replace function review_refresh(ids bigint[]) returns void language plpgsql as $$
begin
    -- one refresh of a trainee at a time, in id order (V27)
    perform 1 from person where id = any(ids) order by id for update;

    -- people who are no longer trainees
    delete from enrolment_fact f
    where f.user_id = any(ids)
      and not exists (select 1 from person_role r where r.user_id = f.user_id and r.role = 'TRAINEE');
    delete from trainee_fact f
    where f.user_id = any(ids)
      and not exists (select 1 from person_role r where r.user_id = f.user_id and r.role = 'TRAINEE');

    insert into trainee_fact as f (user_id, region, ods_code, professional_group, grade,
                                   intake_year, enrolments, completed, left_courses,
                                   last_activity_at, stages)
    select u.id, u.region, u.ods_code, u.professional_group, u.grade, u.intake_year,
           count(e.enrolment_id), count(e.completed_at),
           count(*) filter (where e.status = 'LEFT'),
           greatest(u.last_sign_in_at, max(e.last_activity_at)),
           (select array_agg(c.achievement::text order by c.achievement)
            from awarded_certificate c
            where c.user_id = u.id and c.kind = 'STAGE' and not c.revoked)
    from person u left join enrolment_standing e on e.user_id = u.id
    where u.id = any(ids)
      and exists (select 1 from person_role r where r.user_id = u.id and r.role = 'TRAINEE')
    group by u.id, u.region, u.ods_code, u.professional_group, u.grade, u.intake_year,
             u.last_sign_in_at
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
    select e.enrolment_id, e.user_id, e.course_id, e.status, t.region, t.ods_code,
           t.professional_group, t.grade, t.intake_year,
           extract(epoch from e.first_completed_at - e.enrolled_at) / 86400
    from enrolment_standing e join trainee_fact t on t.user_id = e.user_id
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

-- Statement triggers: once per statement, for every trainee it touched
create or replace function review_refresh_new() returns trigger language plpgsql as $$
begin
    perform review_refresh(array(select distinct user_id from changed));
    return null;
end $$;
create or replace function review_refresh_new_user() returns trigger language plpgsql as $$
begin
    perform review_refresh(array(select distinct id from changed));
    return null;
end $$;

-- A certificate revoked or restored (a row trigger: most updates of a certificate are not that)
create or replace function review_refresh_certificate() returns trigger language plpgsql as $$
begin
    perform review_refresh(array[new.user_id]);
    return null;
end $$;
