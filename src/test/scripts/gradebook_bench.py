#!/usr/bin/env python3
"""Gradebook benchmark for CCIO Academy (issue 4), standard library only.

Against a running application (the README run command, `--demo`), this script
  1. gives the course (default clinical-safety, 3 quizzes) 17 assignments, so 20 assessed items,
  2. enrols N trainees (default 2,000) with quiz scores, submissions and marks for most items,
  3. signs in as the demo admin and loads random pages of the course's gradebook, timing each
     (p50 and p95, over loopback: the server's time plus a little),
  4. downloads the whole gradebook as CSV and as XLSX, timing each and counting the rows,
  5. does the same (pages and CSV) with each "Show" filter that needs the passed count in SQL.

Usage (embedded database of the demo run):
  python3 src/test/scripts/gradebook_bench.py --trainees 2000 --pages 200
"""
import argparse, random, re, statistics, sys, time

from ccio_http import DB, get, sign_in, sql


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db", default=DB)
    p.add_argument("--trainees", type=int, default=2000)
    p.add_argument("--pages", type=int, default=200)
    p.add_argument("--course", default="clinical-safety")
    a = p.parse_args()
    run = str(int(time.time()))
    n = a.trainees
    t0 = time.time()
    sql(a.db, f"""
      insert into assignment (course_id, title, instructions, due_at, late_policy, text_allowed,
        file_allowed, max_submissions, max_mark, pass_mark)
      select c.id, 'Bench {run} essay ' || i, 'Write it.', now() + interval '30 days', 'ACCEPT',
        true, false, 1, 20, 10
      from course c, generate_series(1, 17) i where c.code = '{a.course}';
      insert into users (email, full_name, password_hash, professional_group, profession, grade,
        registration_number, ods_code, region)
      select 'gb-{run}-' || i || '@example.nhs.uk', 'Gradebook Trainee ' || lpad(i::text, 5, '0'),
        'not-a-hash', 'NURSE', 'NURSE', 'BAND_5', '01A2345N', 'RTD', 'LONDON'
      from generate_series(1, {n}) i;
      insert into user_roles (user_id, role) select id, 'TRAINEE' from users where email like 'gb-{run}-%';
      insert into enrolment (user_id, course_id, status, last_activity_at)
      select u.id, c.id, 'ACTIVE', now() from users u, course c
      where u.email like 'gb-{run}-%' and c.code = '{a.course}';
      insert into module_progress (enrolment_id, module_code, read_at, quiz_passed_at, best_score)
      select e.id, m.code, now(), case when s >= 70 then now() end, s
      from enrolment e join users u on u.id = e.user_id join course c on c.id = e.course_id
      join module m on m.course_version_id = c.current_version_id
      cross join lateral (select (40 + floor(random() * 61))::int as s) r
      where u.email like 'gb-{run}-%' and random() < 0.9;
      insert into submission (assignment_id, user_id, attempt_no, status, body, submitted_at)
      select x.id, u.id, 1, 'SUBMITTED', 'Essay.', now()
      from assignment x, users u where x.title like 'Bench {run} essay %' and u.email like 'gb-{run}-%'
        and random() < 0.8;
      insert into grade (submission_id, mark, feedback, marker_label)
      select s.id, floor(random() * 21), 'Fine.', 'bench'
      from submission s join assignment x on x.id = s.assignment_id
      where x.title like 'Bench {run} essay %' and random() < 0.85;
      analyze;""")
    items = sql(a.db, f"""select (select count(*) from module m join course c on c.current_version_id =
        m.course_version_id join question q on q.module_id = m.id where c.code = '{a.course}'
        group by c.id having true limit 1) is not null,
        (select count(*) from assignment x join course c on c.id = x.course_id where c.code = '{a.course}')""")
    print(f"run {run}: seeded {n} trainees on {a.course} in {time.time() - t0:.1f} s ({items})")
    enrolled = int(sql(a.db, f"""select count(*) from enrolment e join course c on c.id = e.course_id
        where c.code = '{a.course}' and e.status <> 'LEFT'"""))
    pages = max(1, -(-enrolled // 25))

    admin = sign_in(a.base, "admin@demo.ccio.academy", "ccio-demo-2026")
    url = f"{a.base}/author/gradebook.xhtml?course={a.course}"
    get(admin, url)  # warm up
    times = []
    for _ in range(a.pages):
        page = random.randint(1, pages)
        t = time.perf_counter()
        status, html, _ = get(admin, f"{url}&page={page}")
        times.append((time.perf_counter() - t) * 1000)
        if status != 200 or "gradebook" not in html:
            raise SystemExit(f"page {page}: {status}")
    cols = len(re.findall(r'<th scope="col">', html)) - 3
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"gradebook: {enrolled} trainees, {pages} pages of 25, {cols} items;"
          f" {a.pages} random pages: p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms,"
          f" max {times[-1]:.0f} ms")
    for kind in ("csv", "xlsx"):
        t = time.perf_counter()
        with admin.open(f"{a.base}/api/gradebook/{a.course}.{kind}", timeout=600) as r:
            body = r.read()
        took = time.perf_counter() - t
        rows = body.count(b"\r\n") - 1 if kind == "csv" else None
        print(f"export {kind}: {len(body) / 1024:.0f} KB in {took:.2f} s"
              + (f", {rows} rows" if rows is not None else ""))
    for show in ("OUTSTANDING", "ALL_PASSED", "NOTHING_YET"):
        status, html, _ = get(admin, f"{url}&show={show}")
        shown = int(re.search(r'id="count">(\d+) trainee', html).group(1))
        times = []
        for _ in range(max(1, a.pages // 4)):
            page = random.randint(1, max(1, -(-shown // 25)))
            t = time.perf_counter()
            status, html, _ = get(admin, f"{url}&show={show}&page={page}")
            times.append((time.perf_counter() - t) * 1000)
            if status != 200:
                raise SystemExit(f"{show} page {page}: {status}")
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        t = time.perf_counter()
        with admin.open(f"{a.base}/api/gradebook/{a.course}.csv?show={show}", timeout=600) as r:
            body = r.read()
        took = time.perf_counter() - t
        rows = body.count(b"\r\n") - 1
        print(f"show {show}: {shown} trainees; {len(times)} random pages: p50"
              f" {statistics.median(times):.0f} ms, p95 {p95:.0f} ms; CSV {took:.2f} s,"
              f" {rows} rows")


if __name__ == "__main__":
    main()
