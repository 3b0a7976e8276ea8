#!/usr/bin/env python3
"""Pages per second for signed-in trainees (issue 23), with wrk, beside nginx serving the same bytes.

Against a running demo (its data folder in CCIO_DATA_DIR): gives the demo's trainees the demo
password (on this bench database only), signs in --trainees of them, enrols each on
ccio-foundations, then, after --warmup seconds of load (a cold JVM serves a third as fast), runs
wrk against each page with 1, 10 and 50 connections, each connection a trainee of its own with
their session (one wrk thread a connection, sending the session version a cluster's last page set,
as a browser does), and the same page's HTML saved to a folder served by nginx (started here on
port 8088) at the same concurrency. Prints requests/s, p50, p95 and p99 for each, and the CPU time the Payara Micro
instances, PostgreSQL and HAProxy spent a page (from /proc: the cost a projection divides by).
Against a cluster (--instances N, docs/cluster.md) each trainee stays on the instance that
signed them in, as a browser would.

Usage (wrk, nginx-light from Debian):
  CCIO_DATA_DIR=/tmp/benchdata java -jar target/ccio-academy-launcher.jar --demo &
  CCIO_DATA_DIR=/tmp/benchdata python3 src/test/scripts/page_bench.py --seconds 20
"""
import argparse, os, re, subprocess, tempfile

from ccio_http import DB, get, post, form_state, sign_in, sql

# One wrk thread a connection, each a trainee of its own (as a browser keeps its session): the
# thread sends the trainee's cookies and, on a cluster, the session version (JSESSIONIDVERSION)
# the last page set, as a browser does; any answer but 200 (a redirect to sign in: a lost
# session) is counted as wrong.
LUA = """
local threads = {}
local started = 0
function setup(thread)
  started = started + 1
  thread:set("id", started)
  table.insert(threads, thread)
end
function init(args)
  local cookies = {}
  for line in io.lines("%s") do cookies[#cookies + 1] = line end
  cookie = cookies[((id - 1) %% #cookies) + 1]
  wrong = 0
end
request = function()
  local c = cookie
  if version then c = c:gsub("JSESSIONIDVERSION=[^;]*", "JSESSIONIDVERSION=" .. version) end
  return wrk.format("GET", nil, {["Cookie"] = c})
end
response = function(status, headers, body)
  if status ~= 200 then wrong = wrong + 1 end
  local set = headers["Set-Cookie"]
  if set then
    local v = set:match("JSESSIONIDVERSION=([^;]+)")
    if v then version = v end
  end
end
delay = function()
  if %d == 0 then return 0 end
  return math.random(%d / 2, %d * 3 / 2)
end
done = function(summary, latency, requests)
  local wrong = 0
  for _, t in ipairs(threads) do wrong = wrong + t:get("wrong") end
  io.write(string.format("rps=%%.0f p50=%%.1f p95=%%.1f p99=%%.1f errors=%%d not200=%%d\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    wrong))
end
"""

NGINX = """worker_processes 2;
daemon on;
pid %(dir)s/nginx.pid;
error_log %(dir)s/error.log;
events { worker_connections 1024; }
http { access_log off; types { text/html html; }
  server { listen 127.0.0.1:8088; root %(dir)s/www; } }
"""


def cpu_seconds():
    """CPU time used so far by Payara Micro instances, PostgreSQL and HAProxy (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    used = {"app": 0.0, "db": 0.0, "lb": 0.0}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kind = ("app" if "payara-micro" in cmd else "db" if "postgres" in cmd.split(" ")[0]
                else "lb" if cmd.startswith("haproxy") or "/haproxy " in cmd else None)
        if kind:
            # utime + stime, and cutime + cstime: the backends PostgreSQL closed during the run
            used[kind] += sum(int(x) for x in fields[11:15]) / tick
    return used


def wrk(url, connections, seconds, script):
    threads = connections  # one connection a thread: each keeps its trainee's session
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "-s", script,
                          url], check=True, capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db", default=DB)
    p.add_argument("--trainees", type=int, default=50)
    p.add_argument("--seconds", type=int, default=20)
    p.add_argument("--only", default="", help="only the pages whose name has this in it")
    p.add_argument("--warmup", type=int, default=120,
                   help="seconds of load before each page's runs (a cold JVM serves a third as fast,"
                        " and the JIT still compiles hundreds of methods a minute after 2 minutes)")
    p.add_argument("--connections", default="1,10,50", help="wrk's connections, one run each")
    p.add_argument("--think-ms", type=int, default=0,
                   help="each trainee waits about this long between pages (0: none, as fast as"
                        " the server answers)")
    a = p.parse_args()
    sql(a.db, "update users set password_hash = (select password_hash from users"
              " where email = 'trainee@demo.ccio.academy') where email like '%@example.nhs.uk'")
    emails = ["trainee@demo.ccio.academy"] + sql(
        a.db, "select u.email from users u join person_role r on r.user_id = u.id"
              " where r.role = 'TRAINEE' and u.email like '%@example.nhs.uk' order by u.id"
    ).split("\n")[: a.trainees - 1]
    work = tempfile.mkdtemp(prefix="page-bench-")
    os.chmod(work, 0o755)  # nginx workers read it
    cookies = os.path.join(work, "cookies")
    course = a.base + "/course.xhtml?id=ccio-foundations"
    with open(cookies, "w") as f:
        for email in emails:
            c = sign_in(a.base, email, "ccio-demo-2026")
            status, html, _ = get(c, course)
            if 'id="enrolment:enrol"' in html:
                vs, nonce = form_state(html)
                post(c, course, {"enrolment": "enrolment", "enrolment:enrol": "",
                                 "jakarta.faces.ViewState": vs, "primefaces.nonce": nonce})
            jar = next(h.cookiejar for h in c.handlers if hasattr(h, "cookiejar"))
            # wrk replaces the session's version (a cluster's JSESSIONIDVERSION) with the one the
            # last page set, as a browser does: an old one makes the instance read the session
            # from the data grid again, and none loses it
            f.write("; ".join(f"{k.name}={k.value}" for k in jar) + "\n")
    script = os.path.join(work, "bench.lua")
    with open(script, "w") as f:
        f.write(LUA % (cookies, a.think_ms, a.think_ms, a.think_ms))
    os.makedirs(os.path.join(work, "www"))
    conf = os.path.join(work, "nginx.conf")
    with open(conf, "w") as f:
        f.write(NGINX % {"dir": work})
    subprocess.run(["nginx", "-c", conf, "-p", work], check=True)
    pages = [
        ("module reader", "/learn/module.xhtml?course=ccio-foundations"
                          "&module=what-is-clinical-informatics"),
        ("course page", "/course.xhtml?id=ccio-foundations"),
        ("catalogue", "/catalogue.xhtml"),
        ("help (the layout alone)", "/help"),
    ]
    try:
        for name, path in [x for x in pages if a.only in x[0]]:
            first = sign_in(a.base, emails[0], "ccio-demo-2026")
            status, html, _ = get(first, a.base + path)
            if status != 200:
                raise SystemExit(f"{path}: {status}")
            static = re.sub(r"\W+", "-", name) + ".html"
            with open(os.path.join(work, "www", static), "w") as f:
                f.write(html)
            wrk(a.base + path, 10, a.warmup, script)  # warm-up: the JIT compiles the hot code
            for connections in map(int, a.connections.split(",")):
                before = cpu_seconds()
                ours = wrk(a.base + path, connections, a.seconds, script)
                after = cpu_seconds()
                pages = float(re.search(r"rps=(\d+)", ours).group(1)) * a.seconds
                cpu = " ".join(f"{k} {1000 * (after[k] - before[k]) / pages:.1f}"
                               for k in ("app", "db", "lb") if after[k] > before[k])
                same = wrk(f"http://127.0.0.1:8088/{static}", connections, a.seconds, script)
                print(f"{name} ({len(html.encode()) // 1024} KB), {connections} connections:"
                      f" ours {ours} (CPU ms a page: {cpu}) | nginx {same}")
    finally:
        subprocess.run(["nginx", "-c", conf, "-p", work, "-s", "stop"])


if __name__ == "__main__":
    main()
