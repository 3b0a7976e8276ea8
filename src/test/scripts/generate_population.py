#!/usr/bin/env python3
"""Synthetic trainees for the reviewer dashboards (issue 7), standard library and psql only.

Fills the database of a running demo (the README run command, `--demo`) with N trainees
(default 100,000) spread over the 7 NHS England regions and about 200 organisations (ODS codes,
each in one region), with professional groups and grades, intakes over five academic years,
registration numbers (a few missing or malformed, for the data quality panel), sign-ins,
enrolments on the shipped courses (completed, in progress or left), module progress and quiz
attempts, career pathway stage certificates (30% of trainees, fewer at each stage), and 40
regional events over the last year with 500 places each and attendance marks, with plausible
distributions; and the course and attendance certificates those earn (rows without a PDF, so the
application's background sweep does not spend a quarter of an hour rendering them). Everything is made in SQL (generate_series and random()),
in a few statements; `--seed` makes a run repeatable. (Each random draw sits in a subquery with
`offset 0`, so PostgreSQL computes it once per row: inlined, a CASE that reads it twice would
draw twice.)

Usage:
  python3 src/test/scripts/generate_population.py --trainees 100000
"""
import argparse, time

from ccio_http import DB, sql


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", default=DB)
    p.add_argument("--trainees", type=int, default=100000)
    p.add_argument("--seed", type=float, default=0.42)
    a = p.parse_args()
    n = a.trainees
    run = str(int(time.time()))
    t0 = time.time()
    # organisations: 200 codes, each in a region; London and the Midlands have most
    sql(a.db, f"""
      select setseed({a.seed});
      drop table if exists gen_org;
      create table gen_org as
      select i, 'R' || chr(65 + i / 26 % 26) || chr(65 + i % 26) as ods,
        (array['LONDON','LONDON','MIDLANDS','MIDLANDS','NORTH_WEST','NORTH_EAST_AND_YORKSHIRE',
               'SOUTH_EAST','SOUTH_EAST','SOUTH_WEST','EAST_OF_ENGLAND'])[1 + i % 10] as region
      from generate_series(0, 199) i;""")
    sql(a.db, f"""
      select setseed({a.seed});
      insert into users (email, full_name, password_hash, professional_group, profession, grade,
        registration_number, ods_code, region, created_at, last_sign_in_at)
      select 'gen-{run}-' || g_i.i || '@example.nhs.uk',
        'Synthetic Trainee ' || g_i.i, 'not-a-hash', g.grp, g.grp,
        case when random() < 0.03 then null
             when g.grp = 'DOCTOR' then (array['FY1','FY2','CT1','CT2','ST3','ST4','GPST1','SAS'])[1 + floor(random() * 8)::int]
             else (array['BAND_5','BAND_5','BAND_6','BAND_6','BAND_7','BAND_8A'])[1 + floor(random() * 6)::int] end,
        case when random() < 0.04 then null
             when random() < 0.02 then 'X' || floor(random() * 1000)::int
             when g.grp = 'DOCTOR' then (7000000 + floor(random() * 999999)::int)::text
             when g.grp = 'NURSE' then lpad(floor(random() * 99)::int::text, 2, '0') || 'A' || lpad(floor(random() * 9999)::int::text, 4, '0') || 'E'
             else 'PA' || lpad(floor(random() * 999999)::int::text, 6, '0') end,
        case when random() < 0.02 then null else o.ods end,
        case when random() < 0.01 then null else o.region end,
        c.created_at,
        case when random() < 0.08 then null
             else greatest(c.created_at, now() - random() * interval '200 days') end
      from generate_series(1, {n}) g_i(i)
      cross join lateral (select case when r < 0.45 then 'NURSE' when r < 0.75 then 'DOCTOR'
                                      when r < 0.9 then 'AHP' else 'OTHER' end as grp
                          from (select random() + g_i.i * 0 as r offset 0) x) g
      cross join lateral (select o.ods, o.region from gen_org o order by random() + g_i.i * 0 limit 1) o
      cross join lateral (select now() - (random() * 4.3) * interval '365 days' + g_i.i * interval '0'
                          as created_at) c;
      insert into user_roles (user_id, role)
      select id, 'TRAINEE' from users where email like 'gen-{run}-%';""")
    print(f"{n} trainees in {time.time() - t0:.0f} s")
    t1 = time.time()
    # enrolments: each trainee on 0 to 4 of the shipped courses; completed, in progress or left
    sql(a.db, f"""
      select setseed({a.seed});
      insert into enrolment (user_id, course_id, status, enrolled_at, completed_at, left_at,
        last_activity_at, completed_version_id)
      select u.id, c.id, s.status, s.enrolled_at,
        case when s.status = 'COMPLETED' then s.enrolled_at + s.days * interval '1 day' end,
        case when s.status = 'LEFT' then s.enrolled_at + s.days / 2 * interval '1 day' end,
        least(now(), s.enrolled_at + s.days * interval '1 day'),
        case when s.status = 'COMPLETED' then c.current_version_id end
      from users u
      cross join lateral (select c.* from course c where c.current_version_id is not null
                          order by random() + u.id * 0 limit floor(random() * 5)::int) c
      cross join lateral (
        select case when r < 0.45 then 'COMPLETED' when r < 0.85 then 'ACTIVE' else 'LEFT' end
                 as status,
               greatest(u.created_at, now() - random() * (now() - u.created_at)) as enrolled_at,
               -- days to complete: mostly 1 to 8 weeks, a long tail
               (3 + exp(random() * 4.5))::numeric(8, 2) as days
        from (select random() + u.id * 0 + c.id * 0 as r offset 0) x offset 0) s
      where u.email like 'gen-{run}-%'
      on conflict (user_id, course_id) do nothing;
      update enrolment e set
        completed_at = case when completed_at > now() then now() else completed_at end,
        last_activity_at = least(last_activity_at, now())
      from users u where u.id = e.user_id and u.email like 'gen-{run}-%';""")
    print(f"enrolments in {time.time() - t1:.0f} s")
    t2 = time.time()
    # module progress: every module of a completed course; some of a course in progress or left
    sql(a.db, f"""
      select setseed({a.seed});
      insert into module_progress (enrolment_id, module_code, read_at, quiz_passed_at, best_score,
        completed_at)
      select e.id, m.code, e.enrolled_at + interval '1 day', x.passed_at, x.score, x.passed_at
      from enrolment e join users u on u.id = e.user_id
      join course c on c.id = e.course_id
      join module m on m.course_version_id = c.current_version_id
      cross join lateral (select case when e.status = 'COMPLETED' or random() < 0.4
                                      then least(now(), e.enrolled_at + interval '2 days') end
                                 as passed_at,
                                 case when e.status = 'COMPLETED' then 70 + floor(random() * 31)::int
                                      else floor(random() * 101)::int end as score
                          from (select random() + m.id * 0 offset 0) r offset 0) x
      where u.email like 'gen-{run}-%' and (e.status = 'COMPLETED' or random() < 0.5);
      insert into quiz_attempt (enrolment_id, module_id, module_code, attempt_no, correct, total,
        score, passed, submitted_at)
      select p.enrolment_id, m.id, p.module_code, 1, p.best_score / 20, 5, p.best_score,
        p.best_score >= 70, coalesce(p.quiz_passed_at, p.read_at)
      from module_progress p join enrolment e on e.id = p.enrolment_id
      join users u on u.id = e.user_id join course c on c.id = e.course_id
      join module m on m.course_version_id = c.current_version_id and m.code = p.module_code
      where u.email like 'gen-{run}-%' and p.best_score is not null
      on conflict do nothing;
      analyze;""")
    print(f"progress and quiz attempts in {time.time() - t2:.0f} s")
    t3 = time.time()
    # pathway: 30% of trainees hold stage certificates, up to a highest stage (fewer further on);
    # 40 regional events over the last year, each with sessions, places and attendance marks
    sql(a.db, f"""
      select setseed({a.seed});
      insert into certificate (id, user_id, kind, achievement, title, holder_name, completed_on,
        delivery_mode)
      select substr(md5(u.id::text || '-' || s.stage), 1, 26), u.id, 'STAGE',
        'stage:ccio-career-path:' || (array['digital-champion', 'clinical-safety-officer',
          'clinical-lead-for-digital', 'deputy-ccio', 'ccio'])[s.stage],
        'Stage ' || s.stage, u.full_name, current_date, 'Blended'
      from users u
      cross join lateral (select case when r < 0.18 then 1 when r < 0.26 then 2
                                      when r < 0.29 then 3 when r < 0.297 then 4
                                      when r < 0.3 then 5 else 0 end as top
                          from (select random() + u.id * 0 as r offset 0) x offset 0) h
      cross join lateral generate_series(1, h.top) s(stage)
      where u.email like 'gen-{run}-%'
      on conflict do nothing;
      insert into event (title, kind, description, venue, starts_on, ends_on,
        registration_opens_at, registration_closes_at, capacity, approval_required, status,
        organiser_id)
      select 'Regional informatics day ' || i || ' ({run})', 'REGIONAL', 'Synthetic event.',
        'Venue ' || i, current_date - i * 9, current_date - i * 9,
        now() - (i * 9 + 60) * interval '1 day', now() - (i * 9 + 2) * interval '1 day', 600,
        false, 'PUBLISHED', (select min(id) from users)
      from generate_series(1, 40) i;
      insert into event_session (event_id, title, kind, starts_at, ends_at, cpd_hours,
        participatory)
      select e.id, s.t, 'TALK', e.starts_on + s.h * interval '1 hour',
        e.starts_on + (s.h + 3) * interval '1 hour', 3, true
      from event e cross join (values ('Morning', 9), ('Afternoon', 13)) s(t, h)
      where e.title like '% ({run})';
      insert into event_registration (event_id, user_id, status, requested_at, confirmed_at)
      select e.id, u.id, 'REGISTERED', e.registration_opens_at, e.registration_opens_at
      from event e join lateral (select u.id from users u where u.email like 'gen-{run}-%'
                                 order by random() + e.id * 0 limit 500) u on true
      where e.title like '% ({run})'
      on conflict do nothing;
      insert into attendance_mark (session_id, user_id, status, source, recorded_at)
      select s.id, r.user_id, case when random() < 0.9 then 'PRESENT' else 'LATE' end,
        'REGISTER', s.starts_at
      from event_registration r join event e on e.id = r.event_id
      join event_session s on s.event_id = e.id
      where e.title like '% ({run})' and random() < 0.8;
      -- the certificates these completions and attendances earn, so that the application's
      -- background sweep has none to make (it would spend a quarter of an hour rendering 90,000
      -- PDFs, about 4.5 GB, while the benchmarks run): the rows only, without a PDF (the
      -- reviewer figures do not read course or attendance certificates)
      insert into certificate (id, user_id, kind, achievement, title, holder_name, completed_on,
        delivery_mode)
      select substr(md5('course-' || e.id), 1, 26), e.user_id, 'COURSE',
        'course:' || c.code || ':enrolment-' || e.id || ':'
          || extract(epoch from date_trunc('second', e.completed_at))::bigint,
        v.title, u.full_name, e.completed_at::date, 'Online'
      from enrolment e join users u on u.id = e.user_id join course c on c.id = e.course_id
      join course_version v on v.id = c.current_version_id
      where u.email like 'gen-{run}-%' and e.completed_at is not null
      on conflict do nothing;
      insert into certificate (id, user_id, kind, achievement, title, holder_name, completed_on,
        delivery_mode)
      select distinct on (e.id, m.user_id) substr(md5('event-' || e.id || '-' || m.user_id), 1, 26),
        m.user_id, 'EVENT', 'event:' || e.id, e.title, u.full_name, e.ends_on, 'In person'
      from event e join event_session s on s.event_id = e.id
      join attendance_mark m on m.session_id = s.id join users u on u.id = m.user_id
      where e.title like '% ({run})'
      on conflict do nothing;
      analyze;""")
    print(f"stage certificates and events in {time.time() - t3:.0f} s")
    print(sql(a.db, f"""select count(*) || ' trainees, ' ||
        (select count(*) from enrolment e join users u on u.id = e.user_id
         where u.email like 'gen-{run}-%') || ' enrolments, ' ||
        (select count(*) from module_progress) || ' module progress rows in the database'
        from users u where u.email like 'gen-{run}-%'"""))
    print(f"done in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
