#!/usr/bin/env python3
"""Reviewer dashboard benchmark (issue 7), standard library and psql only.

Against a running demo filled by generate_population.py, this script
  1. loads the dashboard N times as the demo admin (every trainee, national) broken down by
     region and by organisation, and as the demo reviewer scoped to one region (London),
  2. reports p50 and p95 over loopback (the server's time plus a little),
  3. runs the same SQL directly in psql (EXPLAIN ANALYZE execution time of the page's four
     queries: summary with the breakdown, per course, pathway stages and events, summed) and prints
     the ratio of the page's time to it.

Usage:
  python3 src/test/scripts/generate_population.py --trainees 100000
  python3 src/test/scripts/dashboard_bench.py --pages 100
"""
import argparse, re, statistics, time

from ccio_http import DB, get, sign_in, sql

INACTIVE = ("t.last_activity_at is null or t.last_activity_at < now() - interval '60 days'")


def queries(where, column):
    return [
        "select grouping(t." + column + "), t." + column + ", count(*),"
        " coalesce(sum(t.enrolments), 0), coalesce(sum(t.completed), 0), count(*) filter (where "
        + INACTIVE + "), count(*) filter (where t.enrolments = 0), coalesce(sum(t.left_courses), 0)"
        " from trainee_fact t where " + where + " group by grouping sets ((t." + column + "), ())"
        " order by 1, 3 desc, 2",
        "select v.code, v.title, f.enrolled, f.completed, f.left_courses, d.days[1], d.days[2]"
        " from (select t.course_id, count(*) as enrolled, count(t.days_to_complete) as completed,"
        " count(*) filter (where t.status = 'LEFT') as left_courses from enrolment_fact t where "
        + where + " group by t.course_id) f left join (select t.course_id,"
        " percentile_cont(array[0.5, 0.9]) within group (order by t.days_to_complete) as days"
        " from enrolment_fact t where t.days_to_complete is not null and " + where
        + " group by t.course_id) d on d.course_id = f.course_id"
        " join current_course v on v.course_id = f.course_id order by v.title",
        "with g as (select t.stages, count(*) as n from trainee_fact t where t.stages is not null"
        " and " + where + " group by t.stages) select h.highest, sum(h.n) from (select g.n,"
        " (select max(array_position(array['digital-champion', 'clinical-safety-officer',"
        " 'clinical-lead-for-digital', 'deputy-ccio', 'ccio']::text[], split_part(a, ':', 3)))"
        " from unnest(g.stages) a where a like 'stage:ccio-career-path:%') as highest from g) h"
        " where h.highest is not null group by 1",
        "with ev as (select e.event_id as id, e.title, e.starts_on from published_event e"
        " where e.begun order by e.starts_on desc, e.event_id desc limit 20),"
        " came as (select distinct a.event_id, a.user_id from session_attendance a"
        " where a.attended and a.event_id in (select id from ev)) select ev.id, ev.title,"
        " ev.starts_on, count(*), count(came.user_id) from ev join event_place r"
        " on r.event_id = ev.id join trainee_fact t"
        " on t.user_id = r.user_id left join came on came.event_id = ev.id"
        " and came.user_id = r.user_id where " + where + " group by ev.id, ev.title, ev.starts_on"
        " order by ev.starts_on desc, ev.id desc",
    ]


def raw_ms(db, where, column, runs=5):
    """The four queries' execution time in psql, summed; the median of several runs."""
    totals = []
    for _ in range(runs):
        total = 0.0
        for q in queries(where, column):
            plan = sql(db, "explain (analyze) " + q)
            total += float(re.search(r"Execution Time: ([\d.]+) ms", plan).group(1))
        totals.append(total)
    return statistics.median(totals)


def pages(opener, url, n):
    get(opener, url)  # warm up
    times = []
    for _ in range(n):
        t = time.perf_counter()
        status, html, _ = get(opener, url)
        times.append((time.perf_counter() - t) * 1000)
        if status != 200 or 'id="trainees"' not in html:
            raise SystemExit(f"{url}: {status}")
    times.sort()
    trainees = re.search(r'id="trainees"><a[^>]*>([\d,]+)<', html).group(1)
    return statistics.median(times), times[int(len(times) * 0.95) - 1], trainees


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db", default=DB)
    p.add_argument("--pages", type=int, default=100)
    a = p.parse_args()
    admin = sign_in(a.base, "admin@demo.ccio.academy", "ccio-demo-2026")
    sql(a.db, """delete from reviewer_scope where user_id =
                   (select id from users where email = 'reviewer@demo.ccio.academy');
                 insert into reviewer_scope (user_id, kind, value)
                 select id, 'REGION', 'LONDON' from users
                 where email = 'reviewer@demo.ccio.academy'""")
    reviewer = sign_in(a.base, "reviewer@demo.ccio.academy", "ccio-demo-2026")
    for who, opener, by, where, column in (
            ("national, by region", admin, "REGION", "true", "region"),
            ("national, by organisation", admin, "ORGANISATION", "true", "ods_code"),
            ("London reviewer, by organisation", reviewer, "ORGANISATION",
             "(t.region in ('LONDON'))", "ods_code")):
        p50, p95, trainees = pages(opener, f"{a.base}/reviewer/dashboard.xhtml?by={by}", a.pages)
        raw = raw_ms(a.db, where, column)
        print(f"{who}: {trainees} trainees; {a.pages} pages p50 {p50:.0f} ms, p95 {p95:.0f} ms;"
              f" the same SQL in psql {raw:.0f} ms; page p50 / SQL = {p50 / raw:.2f}")
    sql(a.db, """delete from reviewer_scope where user_id =
                   (select id from users where email = 'reviewer@demo.ccio.academy')""")


if __name__ == "__main__":
    main()
