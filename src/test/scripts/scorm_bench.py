#!/usr/bin/env python3
"""Content package benchmarks (issue 21), standard library and psql only.

Against the demo (the README run command) started with a copy of courses/ of its own:

  cp -r courses /tmp/bench-courses
  CCIO_COURSES_DIR=/tmp/bench-courses <the README run command>
  python3 src/test/scripts/scorm_bench.py --courses /tmp/bench-courses --megabytes 50 --trainees 200

  1. writes a course whose one module is a SCORM 1.2 package of about --megabytes (pages, scripts
     and incompressible "video" files), has the demo admin press Reload courses, and times the
     import (the page's answer, and the import run the server records);
  2. creates --trainees trainees (SQL, the demo trainee's password), each enrolled on the course
     (the enrol button), signed in and with the package open (the player page: one launch each);
  3. has them all commit at once (first their place and answers, then their score, which completes
     the module and the course), timing each commit, and checks in the database that every commit
     acknowledged is stored: no lost commits.
"""
import argparse, concurrent.futures, io, json, os, random, re, statistics, threading, time, zipfile
import urllib.request

from ccio_http import DB, form_state, get, post, sign_in, sql

COURSE = "scorm-bench"


def make_package(megabytes):
    """A zip of about `megabytes`: a SCO page, 200 small scripts, and 1 MB files of random bytes."""
    buf = io.BytesIO()
    files = ["scormcontent/index.html"]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("scormcontent/index.html",
                   "<!DOCTYPE html><html><head><title>Bench</title></head><body>Bench</body></html>")
        for i in range(200):
            name = f"scormcontent/lib/script-{i}.js"
            z.writestr(name, f"window.s{i} = {i};\n" * 50)
            files.append(name)
        rnd = random.Random(21)
        for i in range(megabytes):
            name = f"scormcontent/media/video-{i}.mp4"
            z.writestr(name, rnd.randbytes(1024 * 1024))
            files.append(name)
        listed = "".join(f'<file href="{f}"/>' for f in files)
        z.writestr("imsmanifest.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="bench" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="O"><organization identifier="O"><title>Bench</title>
    <item identifier="I" identifierref="R"><title>Bench</title>
      <adlcp:masteryscore>80</adlcp:masteryscore></item>
  </organization></organizations>
  <resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco"
    href="scormcontent/index.html">{listed}</resource></resources>
</manifest>""")
    return buf.getvalue()


def write_course(courses, megabytes):
    folder = os.path.join(courses, COURSE)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "course.yaml"), "w") as f:
        f.write(f"""id: {COURSE}
title: SCORM benchmark
summary: A course whose one module is a large SCORM package.
audience: [nurse, doctor]
level: foundation
cpd-hours: 1
competencies: [fci:it-systems]
completion: {{module: read, pass-mark: 70, attempts: 0}}
modules: [bench]
""")
    with open(os.path.join(folder, "bench.md"), "w") as f:
        f.write("""---
title: The benchmark package
minutes: 60
reviewed: 2026-12-01
package: bench.zip
outcomes: [Play the package.]
competencies: [fci:it-systems]
sources: [{title: Generated, url: "https://example.org/"}]
---
""")
    data = make_package(megabytes)
    with open(os.path.join(folder, "bench.zip"), "wb") as f:
        f.write(data)
    return len(data)


def reload_courses(base):
    admin = sign_in(base, "admin@demo.ccio.academy", "ccio-demo-2026")
    _, html, _ = get(admin, base + "/admin/courses.xhtml")
    vs, nonce = form_state(html)
    t = time.perf_counter()
    status, _, location = post(admin, base + "/admin/courses.xhtml", {
        "reload": "reload", "reload:reload": "", "jakarta.faces.ViewState": vs,
        "primefaces.nonce": nonce})
    took = time.perf_counter() - t
    _, page, _ = get(admin, location)
    said = re.search(r"Courses reloaded: [^<]*", page)
    return took, said.group(0) if said else f"status {status}"


def commit(launch_base, seq, values, finished):
    body = json.dumps({"seq": seq, "values": values, "elapsed": 60, "finished": finished}).encode()
    req = urllib.request.Request(launch_base + "~ccio/commit", data=body,
                                 headers={"Content-Type": "text/plain"})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as r:
        answer = json.loads(r.read())
        return r.status, answer, (time.perf_counter() - t) * 1000


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db", default=DB)
    p.add_argument("--courses", required=True, help="the courses folder the demo was started with")
    p.add_argument("--megabytes", type=int, default=50)
    p.add_argument("--trainees", type=int, default=200)
    a = p.parse_args()

    size = write_course(a.courses, a.megabytes)
    took, said = reload_courses(a.base)
    run = sql(a.db, "select extract(epoch from finished_at - started_at) from course_import_run"
                    " order by id desc limit 1")
    files = sql(a.db, f"""select p.file_count || ' files, ' || pg_size_pretty(sum(f.byte_size))
        from content_package p join content_package_file f on f.package_id = p.id
        join module m on m.package_sha256 = p.sha256 join course c on c.current_version_id =
        m.course_version_id where c.code = '{COURSE}' group by p.file_count""")
    print(f"import: a {size / 1048576:.1f} MB zip ({files} unpacked) reloaded in {took:.1f} s"
          f" (import run {float(run):.1f} s): {said}")

    n = a.trainees
    run_id = str(int(time.time()))
    sql(a.db, f"""
      insert into users (email, full_name, password_hash, professional_group, profession, grade,
        registration_number, ods_code, region)
      select 'scorm-{run_id}-' || i || '@example.nhs.uk', 'Scorm Trainee ' || i, u.password_hash,
        'NURSE', 'NURSE', 'BAND_5', '01A2345N', 'RTD', 'LONDON'
      from generate_series(1, {n}) i, users u where u.email = 'trainee@demo.ccio.academy';
      insert into user_roles (user_id, role)
        select id, 'TRAINEE' from users where email like 'scorm-{run_id}-%';""")

    def open_package(i):
        c = sign_in(a.base, f"scorm-{run_id}-{i}@example.nhs.uk", "ccio-demo-2026")
        _, course, _ = get(c, f"{a.base}/course.xhtml?id={COURSE}")
        vs, nonce = form_state(course)
        post(c, f"{a.base}/course.xhtml?id={COURSE}", {
            "enrolment": "enrolment", "enrolment:enrol": "", "jakarta.faces.ViewState": vs,
            "primefaces.nonce": nonce})
        _, play, _ = get(c, f"{a.base}/learn/play.xhtml?course={COURSE}&module=bench")
        src = re.search(r'id="scorm-frame"[^>]*src="([^"]+)"', play).group(1)
        return a.base + src[:src.index("/", len("/scorm/")) + 1]

    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        launches = list(pool.map(open_package, range(1, n + 1)))
    print(f"{n} trainees enrolled, signed in and playing in {time.time() - t0:.1f} s")

    for wave, finished in ((1, False), (2, True)):
        barrier = threading.Barrier(n)

        def one(i):
            values = ({"cmi.core.lesson_location": f"page-{i}", "cmi.suspend_data": f"answers-{i}",
                       "cmi.core.lesson_status": "incomplete", "cmi.core.exit": "suspend"}
                      if not finished else
                      {"cmi.core.score.raw": "90", "cmi.core.lesson_status": "completed",
                       "cmi.core.exit": ""})
            barrier.wait()
            try:
                status, answer, ms = commit(launches[i], wave, values, finished)
                return status == 200, ms, answer
            except Exception as e:  # not acknowledged
                return False, 0, str(e)

        t = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(n) as pool:
            results = list(pool.map(one, range(n)))
        wall = time.perf_counter() - t
        ok = [r for r in results if r[0]]
        ms = sorted(r[1] for r in ok)
        print(f"wave {wave} ({'score, finishing' if finished else 'place and answers'}): "
              f"{len(ok)} of {n} acknowledged in {wall:.1f} s; per commit p50"
              f" {statistics.median(ms):.0f} ms, p95 {ms[int(len(ms) * 0.95) - 1]:.0f} ms,"
              f" max {ms[-1]:.0f} ms")
        if len(ok) != n:
            print("  not acknowledged:", [r[2] for r in results if not r[0]][:5])

    stored = sql(a.db, f"""select count(*) filter (where l.last_seq = 2),
        count(*) filter (where s.data ->> 'cmi.suspend_data' = 'answers-' || (regexp_replace(
          u.email, '^scorm-{run_id}-([0-9]+)@.*$', '\\1')::int - 1)),
        count(*) filter (where s.success = 'passed'),
        count(*) filter (where e.status = 'COMPLETED')
        from users u join enrolment e on e.user_id = u.id
        join scorm_attempt t on t.enrolment_id = e.id
        join scorm_sco s on s.attempt_id = t.id
        join scorm_launch l on l.attempt_id = t.id
        where u.email like 'scorm-{run_id}-%'""")
    last, answers, passed, completed = stored.split("|")
    print(f"stored: {last} launches at commit 2, {answers} with their own answers, {passed} passed,"
          f" {completed} courses completed (of {n})")


if __name__ == "__main__":
    main()
