#!/usr/bin/env python3
"""The other reviewer pages and downloads at scale (issue 7), standard library and psql only.

Against a running demo filled by generate_population.py, loads each page N times as the demo
admin (every trainee) and prints p50 and p95 over loopback; then times the largest downloads.

Usage:
  python3 src/test/scripts/generate_population.py --trainees 100000
  python3 src/test/scripts/review_pages_bench.py --pages 30
"""
import argparse, statistics, time

from ccio_http import DB, get, sign_in, sql


def timed(opener, url, n):
    get(opener, url)  # warm up
    times = []
    for _ in range(n):
        t = time.perf_counter()
        status, body, _ = get(opener, url)
        times.append((time.perf_counter() - t) * 1000)
        if status != 200:
            raise SystemExit(f"{url}: {status}")
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(body)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db", default=DB)
    p.add_argument("--pages", type=int, default=30)
    a = p.parse_args()
    admin = sign_in(a.base, "admin@demo.ccio.academy", "ccio-demo-2026")
    event = sql(a.db, """select e.id from event e join event_registration r on r.event_id = e.id
                         where e.status = 'PUBLISHED' and e.starts_on <= current_date
                         group by e.id order by count(*) desc limit 1""")
    r = a.base + "/reviewer/"
    pages = [
        ("a course module by module (clinical safety)", r + "course.xhtml?course=clinical-safety"),
        ("data quality", r + "quality.xhtml"),
        ("trainees behind 'inactive', page 1", r + "trainees.xhtml?show=INACTIVE"),
        ("the same, page 2,000", r + "trainees.xhtml?show=INACTIVE&page=2000"),
        ("trainees at the first pathway stage", r + "trainees.xhtml?show=STAGE&stage=digital-champion"),
        ("trainees with no stage yet", r + "trainees.xhtml?show=STAGE&stage=-"),
        ("trainees who attended the largest event", r + f"trainees.xhtml?show=ATTENDED&event={event}"),
        ("trainees who passed a module's quiz", r + "trainees.xhtml?show=QUIZ_PASSED"
         "&course=clinical-safety&module=why-clinical-safety"),
        ("JSON figures, every trainee", a.base + "/api/review/figures"),
    ]
    for name, url in pages:
        p50, p95, _ = timed(admin, url, a.pages)
        print(f"{name}: p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    for name, url in [
            ("every trainee, CSV", "/api/review/trainees.csv"),
            ("every trainee, Excel", "/api/review/trainees.xlsx"),
            ("records to put right, CSV", "/api/review/quality.csv"),
            ("records to put right, Excel", "/api/review/quality.xlsx")]:
        t = time.perf_counter()
        with admin.open(a.base + url, timeout=120) as response:
            body = response.read()
        print(f"download {name}: {len(body) / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
