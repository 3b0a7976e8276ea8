#!/usr/bin/env python3
"""Defect B: many parallel GETs of one module page with ONE trainee's session cookie.

usage: python3 src/test/scripts/concurrency/one_session.py [parallel=50] [rounds=5] [url]
Each round fires `parallel` GETs at once (a barrier releases them together), all with the same
CCIO_SESSION cookie. Counts every answer that is not 200.
"""
import sys, threading, collections, time
import ccio

ccio.require_server()

PAR = int(sys.argv[1]) if len(sys.argv) > 1 else 50
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
URL = sys.argv[3] if len(sys.argv) > 3 else "/learn/module.xhtml?course=clinical-safety&module=why-clinical-safety"

cookie = ccio.sign_in("trainee@demo.ccio.academy")
counts = collections.Counter()
examples = {}
lock = threading.Lock()

for r in range(ROUNDS):
    barrier = threading.Barrier(PAR)

    def one():
        barrier.wait()
        try:
            s, h, body, newc = ccio.request("GET", URL, cookie)
            key = s
        except Exception as e:  # noqa
            key, h = "EXC " + type(e).__name__, {}
        with lock:
            counts[key] += 1
            if key != 200 and key not in examples:
                examples[key] = h.get("x-request-id")

    ts = [threading.Thread(target=one) for _ in range(PAR)]
    [t.start() for t in ts]
    [t.join() for t in ts]

if any(str(k).startswith("EXC") for k in counts):
    print("WARNING: some requests failed to connect: the server stopped during the run; numbers not valid")
total = sum(counts.values())
bad = total - counts[200]
print("requests=%d  200=%d  not-200=%d (%.1f%%)  by status=%s" % (total, counts[200], bad, 100.0 * bad / total, dict(counts)))
if examples:
    print("example request ids (grep the server log):", examples)
# the session must still be good afterwards
s, h, _, _ = ccio.request("GET", "/api/me", cookie)
print("session still signed in afterwards: /api/me ->", s)
