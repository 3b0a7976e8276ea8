#!/usr/bin/env python3
"""Bulk certificate benchmark for CCIO Academy (issue 6), standard library only.

Against a running application (the README run command, `--demo`), this script
  1. creates N trainees, each with a completed course and no certificate yet (SQL, through psql),
  2. signs in as the demo admin and presses "Issue any that are due now" on Certificates,
  3. follows the progress the admin page shows while the run goes on (printed as it changes),
  4. reports the run's figures from certificate_run (due, issued, failed, seconds, workers) and
     checks that every trainee has exactly one certificate with its PDF and signed credential,
  5. presses the button again: nothing is due, and no certificate is issued twice.

Usage (embedded database of the demo run):
  python3 src/test/scripts/bulk_certificates.py --trainees 10000
"""
import argparse, re, sys, time

from ccio_http import DB, client, form_state, get, post, sign_in, sql


def press_issue(base, admin):
    page = base + "/admin/certificates.xhtml"
    _, html, _ = get(admin, page)
    vs, nonce = form_state(html)
    status, _, _ = post(admin, page, {"due": "due", "due:issue": "", "jakarta.faces.ViewState": vs,
                                      "primefaces.nonce": nonce})
    _, html, _ = get(admin, page)  # after the redirect: the flash message and the run
    return html


def text_of(html, element_id):
    m = re.search(r'id="' + element_id + r'"[^>]*>(.*?)</p>', html, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(1))).strip() if m else ""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db", default=DB)
    p.add_argument("--trainees", type=int, default=10000)
    p.add_argument("--course", default="ccio-foundations")
    a = p.parse_args()
    run = str(int(time.time()))
    n = a.trainees
    print(f"run {run}: {n} trainees complete {a.course}")
    t0 = time.time()
    sql(a.db, f"""
      insert into users (email, full_name, password_hash, professional_group, profession, grade,
        registration_number, ods_code, region)
      select 'bulk-{run}-' || i || '@example.nhs.uk', 'Bulk Trainee ' || i, u.password_hash,
        'NURSE', 'NURSE', 'BAND_5', '01A2345N', 'RTD', 'LONDON'
      from generate_series(1, {n}) i, users u where u.email = 'trainee@demo.ccio.academy';
      insert into user_roles (user_id, role) select id, 'TRAINEE' from users where email like 'bulk-{run}-%';
      insert into enrolment (user_id, course_id, status, enrolled_at, completed_at, completed_version_id,
        last_activity_at)
      select u.id, c.id, 'COMPLETED', now() - interval '10 days', now() - interval '1 day', c.current_version_id,
        now() - interval '1 day'
      from users u, course c where u.email like 'bulk-{run}-%' and c.code = '{a.course}';""")
    print(f"seeded in {time.time() - t0:.1f} s")

    admin = sign_in(a.base, "admin@demo.ccio.academy", "ccio-demo-2026")
    html = press_issue(a.base, admin)
    flash = re.search(r"(Issuing \d+ certificates[^<]*|Certificates are already being issued[^<]*|No certificates were due[^<]*)", html)
    print("pressed 'Issue any that are due now':", flash.group(1) if flash else "?")
    last = None
    while True:
        status = text_of(html, "runStatus")
        if status != last:
            print(f"  {time.strftime('%H:%M:%S')}  {status}")
            last = status
        if "so far" not in status:
            break
        time.sleep(2)
        _, html, _ = get(admin, a.base + "/admin/certificates.xhtml")

    rid, due, issued, failed, secs, workers = sql(a.db, """select id, due, issued, failed,
        round(extract(epoch from finished_at - started_at)::numeric, 1), workers
        from certificate_run order by id desc limit 1""").split("|")
    print(f"run {rid}: {issued} issued of {due} due, {failed} failed, in {secs} s with {workers} workers"
          f" ({float(issued) / float(secs):.0f} a second)")
    counts = sql(a.db, f"""select count(*), count(distinct c.user_id), count(c.pdf), count(c.credential),
        round(avg(length(c.pdf))), pg_size_pretty(sum(length(c.pdf)))
        from certificate c join users u on u.id = c.user_id
        where u.email like 'bulk-{run}-%' and c.kind = 'COURSE'""")
    print(f"certificates of the new trainees (count, holders, with PDF, with credential, average PDF bytes, all PDFs): {counts}")

    html = press_issue(a.base, admin)
    flash = re.search(r"(Issuing \d+ certificates[^<]*|Certificates are already being issued[^<]*|No certificates were due[^<]*)", html)
    print("pressed again:", flash.group(1) if flash else "?")
    again = sql(a.db, f"""select count(*) from certificate c join users u on u.id = c.user_id
        where u.email like 'bulk-{run}-%'""")
    twice = sql(a.db, """select count(*) from (select user_id, kind, achievement from certificate
        group by 1, 2, 3 having count(*) > 1) d""")
    print(f"after the second press: {again} certificates for the new trainees; achievements issued twice: {twice}")
    total = int(counts.split("|")[0])
    sys.exit(0 if total == n and int(again) == n and twice == "0" else 1)


if __name__ == "__main__":
    main()
