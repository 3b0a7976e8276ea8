#!/usr/bin/env python3
"""Check-in burst benchmark for CCIO Academy (issue 5), standard library only.

Against a running application (the README run command, `--demo`), this script
  1. creates N trainees with places at a new event whose session is on now (SQL, through psql),
  2. signs them all in, opens the organiser's QR check-in screen and reads the code's link,
  3. has all N check in at once (each: open the link, press "Check me in"), timing the burst,
  4. optionally kills the server (kill -9 of the Payara Micro process) part-way through,
  5. reports, from the database, that every acknowledged check-in is stored exactly once.
Acknowledged = the server answered the check-in POST with its redirect to My attendance.

Usage (embedded database of the demo run):
  python3 src/test/scripts/checkin_burst.py --trainees 200
  python3 src/test/scripts/checkin_burst.py --trainees 200 --kill-after 0.5   # then restart the app
  python3 src/test/scripts/checkin_burst.py --verify RUN_ID                    # after the restart
"""
import argparse, concurrent.futures, re, subprocess, sys, time

from ccio_http import DB, client, form_state, get, post, sign_in, sql


def check_in(base, c, link):
    try:
        return _check_in(base, c, link)
    except Exception as e:  # the server went away (the kill): not acknowledged
        return False, type(e).__name__


def _check_in(base, c, link):
    path = link[link.index("checkin.xhtml"):]
    status, html, _ = get(c, base + "/" + path)
    if status != 200:
        return False, f"GET {status}"
    vs, nonce = form_state(html)
    status, html, location = post(c, base + "/" + path, {
        "checkIn": "checkIn", "checkIn:confirm": "", "jakarta.faces.ViewState": vs,
        "primefaces.nonce": nonce})
    ok = status == 302 and location and "trainee/attendance" in location
    return ok, f"POST {status}"


def verify(conninfo, run):
    with open(f"target/burst-{run}-acknowledged.txt") as f:
        acked = [line.strip() for line in f if line.strip()]
    stored = set(sql(conninfo, f"""select u.email from attendance_mark m join users u on u.id = m.user_id
        where m.source = 'CHECK_IN' and u.email like 'burst-{run}-%'""").split())
    dupes = sql(conninfo, f"""select count(*) from (select m.user_id from attendance_mark m join users u
        on u.id = m.user_id where m.source = 'CHECK_IN' and u.email like 'burst-{run}-%'
        group by m.session_id, m.user_id having count(*) > 1) d""")
    missing = [e for e in acked if e not in stored]
    print(f"run {run}: acknowledged {len(acked)}, stored {len(stored)} (stored but not acknowledged:"
          f" {len(stored - set(acked))}), duplicates {dupes}, acknowledged but missing {len(missing)}")
    return not missing and int(dupes) == 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db", default=DB)
    p.add_argument("--trainees", type=int, default=200)
    p.add_argument("--kill-after", type=float, default=None)
    p.add_argument("--verify", default=None)
    a = p.parse_args()
    if a.verify:
        sys.exit(0 if verify(a.db, a.verify) else 1)

    run = str(int(time.time()))
    n = a.trainees
    print(f"run {run}")
    admin = sql(a.db, "select id from users where email = 'admin@demo.ccio.academy'")
    sql(a.db, f"""
      insert into users (email, full_name, password_hash, professional_group, profession, grade,
        registration_number, ods_code, region)
      select 'burst-{run}-' || i || '@example.nhs.uk', 'Burst Trainee ' || i, u.password_hash,
        'NURSE', 'NURSE', 'BAND_5', '01A2345N', 'RTD', 'LONDON'
      from generate_series(1, {n}) i, users u where u.email = 'trainee@demo.ccio.academy';
      insert into user_roles (user_id, role) select id, 'TRAINEE' from users where email like 'burst-{run}-%';
      insert into event (title, kind, description, venue, starts_on, ends_on, registration_opens_at,
        registration_closes_at, capacity, approval_required, status, organiser_id)
        values ('Burst {run}', 'REGIONAL', 'Check-in benchmark', 'Loopback', current_date - 1,
        current_date + 1, now() - interval '1 day', now() + interval '1 day', {n}, false, 'PUBLISHED', {admin});
      insert into event_session (event_id, title, kind, starts_at, ends_at, cpd_hours, participatory)
        select id, 'Burst session', 'TALK', now() - interval '5 minutes', now() + interval '1 hour', 1, true
        from event where title = 'Burst {run}';
      insert into event_registration (event_id, user_id, status, requested_at, confirmed_at)
        select e.id, u.id, 'REGISTERED', now(), now() from event e, users u
        where e.title = 'Burst {run}' and u.email like 'burst-{run}-%';""")
    session = sql(a.db, f"select s.id from event_session s join event e on e.id = s.event_id where e.title = 'Burst {run}'")

    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        clients = list(pool.map(lambda i: sign_in(a.base, f"burst-{run}-{i}@example.nhs.uk", "ccio-demo-2026"),
                                range(1, n + 1)))
    print(f"{n} trainees signed in in {time.time() - t0:.1f} s")
    organiser = sign_in(a.base, "admin@demo.ccio.academy", "ccio-demo-2026")
    _, screen, _ = get(organiser, f"{a.base}/organise/checkin.xhtml?session={session}")
    link = re.search(r'<span id="qr-link">([^<]+)</span>', screen).group(1).replace("&amp;", "&")

    acked, results = [], []
    def one(i):
        ok, why = check_in(a.base, clients[i], link)
        if ok:
            acked.append(f"burst-{run}-{i + 1}@example.nhs.uk")
        return ok, why, time.time()

    if a.kill_after is not None:
        pid = subprocess.run(["pgrep", "-f", "payara-micro.jar"], capture_output=True, text=True).stdout.split()
        def killer():
            time.sleep(a.kill_after)
            for x in pid:
                subprocess.run(["kill", "-9", x])
            print(f"killed Payara Micro ({' '.join(pid)}) {a.kill_after} s into the burst")
        import threading
        threading.Thread(target=killer, daemon=True).start()

    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(n) as pool:
        results = list(pool.map(one, range(n)))
    end = max(r[2] for r in results)
    # the acknowledgements are written to a file (the server, and with it the embedded database,
    # may be gone after a kill); --verify compares them with the database after the restart
    with open(f"target/burst-{run}-acknowledged.txt", "w") as f:
        f.write("\n".join(acked))
    print(f"burst: {n} check-ins in {end - start:.2f} s; acknowledged {len(acked)};"
          f" not acknowledged {n - len(acked)} ({', '.join(sorted(set(r[1] for r in results if not r[0]))) or '-'})")
    if a.kill_after is None:
        again = list(concurrent.futures.ThreadPoolExecutor(20).map(lambda i: check_in(a.base, clients[i], link)[0], range(min(50, n))))
        print(f"second scan by {len(again)} trainees: {sum(again)} answered 'already checked in'")
        sys.exit(0 if verify(a.db, run) else 1)
    print(f"restart the application, then: python3 {sys.argv[0]} --verify {run}")


if __name__ == "__main__":
    main()
