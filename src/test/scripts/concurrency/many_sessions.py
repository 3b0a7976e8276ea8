#!/usr/bin/env python3
"""Defect A: signed-in users wrongly refused under concurrency.

usage: python3 src/test/scripts/concurrency/many_sessions.py [clients=24] [requests=8000] [token_clients=0] [max_seconds=240] [anon_clients=0]

Signs in several accounts (demo trainee, tutor, reviewer, admin and sample trainees), gives each of
`clients` threads its OWN session (sign-in per client), and has them GET pages/APIs their role is
entitled to (round robin) until `requests` answers have come back or max_seconds has passed.
`token_clients` extra threads call /api/review/figures with a reviewer API token at the same time
(Authorization: Bearer, no cookie), and `anon_clients` threads GET public pages without a session.
Every answer to the signed-in clients that is not 200 counts as wrong.
"""
import sys, threading, collections, time, re, urllib.parse
import ccio

ccio.require_server()

CLIENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 24
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 8000
TOKEN_CLIENTS = int(sys.argv[3]) if len(sys.argv) > 3 else 0
MAX_SECONDS = float(sys.argv[4]) if len(sys.argv) > 4 else 240
ANON_CLIENTS = int(sys.argv[5]) if len(sys.argv) > 5 else 0

PAGES = {
    "TRAINEE": ["/api/me", "/trainee/home.xhtml", "/trainee/learning.xhtml", "/trainee/pathway.xhtml",
                "/account/password.xhtml"],
    "TUTOR": ["/api/me", "/tutor/home.xhtml", "/author/courses.xhtml", "/organise/events.xhtml"],
    "REVIEWER": ["/api/me", "/api/review/figures", "/reviewer/home.xhtml", "/reviewer/cohorts.xhtml"],
    "ADMIN": ["/api/me", "/admin/home.xhtml", "/reviewer/home.xhtml", "/api/review/figures",
              "/author/courses.xhtml"],
}
ACCOUNTS = [("trainee@demo.ccio.academy", "TRAINEE"), ("tutor@demo.ccio.academy", "TUTOR"),
            ("reviewer@demo.ccio.academy", "REVIEWER"), ("admin@demo.ccio.academy", "ADMIN")]
ACCOUNTS += [(e, "TRAINEE") for e in ccio.sample_trainees()[:8]]


def make_token(reviewer_cookie):
    """Makes an API token on /reviewer/api-tokens.xhtml and returns its secret."""
    s, h, page, _ = ccio.request("GET", "/reviewer/api-tokens.xhtml", reviewer_cookie)
    vs = re.search(r'<form id="make".*?name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page, re.S).group(1)
    form = {"make": "make", "make:name": "load test %d" % time.time(), "make:days": "1",
            "make:create": "", "jakarta.faces.ViewState": vs, "primefaces.nonce": ccio.page_nonce(page)}
    jar = {}  # the Faces flash cookie carries the new token to the page after the redirect
    s, h, page, _ = ccio.request("POST", "/reviewer/api-tokens.xhtml", reviewer_cookie, urllib.parse.urlencode(form),
                                 extra_cookies=jar)
    if s == 302:
        s, h, page, _ = ccio.request("GET", urllib.parse.urlsplit(h["location"]).path, reviewer_cookie, extra_cookies=jar)
    m = re.search(r'value="(ccio_[^"]+)"', page)
    if not m:
        raise RuntimeError("could not make a token (status %s)" % s)
    return m.group(1)


sessions = []  # (email, role, cookie)
for i in range(CLIENTS):
    email, role = ACCOUNTS[i % len(ACCOUNTS)]
    sessions.append((email, role, ccio.sign_in(email)))
token = None
TOKEN_FILE = __import__("os").path.join(__import__("tempfile").gettempdir(), "ccio-bench-token")  # reused between runs (a reviewer may hold 10 active tokens)
if TOKEN_CLIENTS:
    try:
        token = open(TOKEN_FILE).read().strip()
        if ccio.request("GET", "/api/review/figures", None, headers={"Authorization": "Bearer " + token})[0] != 200:
            token = None  # made on another database, expired or revoked
    except OSError:
        token = None
    if token is None:
        token = make_token(next(c for e, r, c in sessions if r == "REVIEWER"))
        open(TOKEN_FILE, "w").write(token)
print("signed in %d sessions over %d accounts; token clients: %d; anonymous clients: %d" %
      (len(sessions), len({e for e, _, _ in sessions}), TOKEN_CLIENTS, ANON_CLIENTS), flush=True)

lock = threading.Lock()
counts = collections.Counter()          # (role, status)
wrong = collections.Counter()           # (role, path, status)
examples = []
done = [0]
latencies = []                          # seconds, answered session requests
deadline = time.time() + MAX_SECONDS
token_counts = collections.Counter()


def client(email, role, cookie):
    conn = None
    i = 0
    while True:
        with lock:
            if done[0] >= TOTAL or time.time() > deadline:
                return
            done[0] += 1
        path = PAGES[role][i % len(PAGES[role])]
        i += 1
        try:
            if conn is None:
                conn = ccio.http.client.HTTPConnection(ccio.HOST, ccio.PORT, timeout=60)
            t_req = time.time()
            s, h, body, newc = ccio.request("GET", path, cookie, conn=conn)
            with lock:
                latencies.append(time.time() - t_req)
            if h.get("connection", "").lower() == "close":
                conn.close(); conn = None
        except Exception as e:
            s, h = "EXC " + type(e).__name__, {}
            if conn: conn.close()
            conn = None
        with lock:
            counts[(role, s)] += 1
            if s != 200:
                wrong[(role, path, s)] += 1
                if len(examples) < 10:
                    examples.append((email, path, s, h.get("x-request-id"), h.get("location")))


stop_tokens = threading.Event()
anon_counts = collections.Counter()


def anon_client():
    pages = ["/catalogue.xhtml", "/health/ready", "/events.xhtml", "/index.xhtml"]
    i = 0
    while not stop_tokens.is_set():
        try:
            s = ccio.request("GET", pages[i % len(pages)])[0]
        except Exception as e:
            s = "EXC " + type(e).__name__
        i += 1
        with lock:
            anon_counts[s] += 1


def token_client():
    while not stop_tokens.is_set():
        try:
            s, h, body, newc = ccio.request("GET", "/api/review/figures", None,
                                            headers={"Authorization": "Bearer " + token})
        except Exception as e:
            s = "EXC " + type(e).__name__
        with lock:
            token_counts[s] += 1


t0 = time.time()
ts = [threading.Thread(target=client, args=s) for s in sessions]
tt = [threading.Thread(target=token_client) for _ in range(TOKEN_CLIENTS)]
tt += [threading.Thread(target=anon_client) for _ in range(ANON_CLIENTS)]
[t.start() for t in ts + tt]
[t.join() for t in ts]
stop_tokens.set()
[t.join() for t in tt]
elapsed = time.time() - t0

gone = sum(v for (r, s), v in counts.items() if str(s).startswith("EXC"))
if gone:
    print("WARNING: %d requests failed to connect: the server stopped or restarted during the run;"
          " the numbers below are not valid" % gone)
total = sum(counts.values())
bad = sum(v for (r, s), v in counts.items() if s != 200)
print("session requests=%d in %.0fs (%.0f/s)  not-200=%d (%.2f%%)" % (total, elapsed, total / elapsed, bad, 100.0 * bad / max(total, 1)))
if latencies:
    lat = sorted(latencies)
    pct = lambda q: 1000 * lat[min(len(lat) - 1, int(q * len(lat)))]
    print("  latency ms (signed-in requests): p50=%.0f p95=%.0f p99=%.0f max=%.0f" % (pct(0.50), pct(0.95), pct(0.99), 1000 * lat[-1]))
for role in PAGES:
    row = {s: v for (r, s), v in counts.items() if r == role}
    if row:
        print("  %-8s %s" % (role, row))
if wrong:
    print("wrong answers by (role, path, status):")
    for k, v in sorted(wrong.items(), key=lambda kv: -kv[1]):
        print("   ", k, v)
    print("examples (email, path, status, request id, location):")
    for e in examples:
        print("   ", e)
if TOKEN_CLIENTS:
    print("token requests: %s" % dict(token_counts))
if ANON_CLIENTS:
    print("anonymous requests: %s" % dict(anon_counts))
