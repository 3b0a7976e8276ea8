-- The review facts (V26) under concurrency: two transactions refreshing the same trainee at once
-- (a sign-in while a module is read, two tabs) could each compute from a snapshot without the
-- other's change, or insert the same trainee's row twice. A refresh now first locks the trainees'
-- rows in users (in id order, so two refreshes never wait on each other in a circle): a second
-- refresh waits until the first commits, and then, as every statement of a volatile function in
-- READ COMMITTED takes a new snapshot, counts with the first one's change included. Row locks do
-- not use the shared lock table, so a bulk refresh of 100,000 trainees is fine.
create or replace function review_refresh(ids bigint[]) returns void language plpgsql as $$
begin
    perform 1 from users where id = any(ids) order by id for update;
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
