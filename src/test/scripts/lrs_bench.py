#!/usr/bin/env python3
"""Learning Record Store benchmarks (issue 22), standard library and psql only.

Against the demo (the README run command), which prints its LRS client (demo-lrs):

  python3 src/test/scripts/lrs_bench.py --statements 1000000

  1. loads --statements statements straight into the store (SQL, in the form the LRS stores them:
     the statement, and the keys queries find it by), from --agents actors over --activities
     activities in 50 courses, five verbs and --registrations registrations, spread over a year;
  2. POSTs --batches batches of 50 new statements through /xapi, --threads at once, timing each;
  3. GETs /xapi/statements with each filter (--repeat times each), and a "more" page, timing each,
     and prints each filter's query plan (EXPLAIN ANALYZE of the query the LRS runs).
"""
import argparse, base64, concurrent.futures, json, random, statistics, time, urllib.error
import urllib.parse, urllib.request, uuid

from ccio_http import sql

VERBS = ["attempted", "completed", "passed", "failed", "experienced"]
BENCH = "https://bench.ccio.academy"


def load(db, n, agents, activities, registrations):
    have = int(sql(db, "select count(*) from lrs_statement where verb_id like 'http://adlnet.gov/expapi/verbs/%'"
                       " and statement -> 'object' ->> 'id' like '" + BENCH + "/%'"))
    client = sql(db, "select id from lrs_client where api_key = 'demo-lrs'")
    step = 100_000
    start = time.time()
    for first in range(have, n, step):
        last = min(n, first + step)
        sql(db, f"""
with g as (
  select i, gen_random_uuid() as id,
         now() - interval '365 days' + (i::double precision / {n}) * interval '364 days' as at,
         'http://adlnet.gov/expapi/verbs/' || (array{VERBS!r})[i % 5 + 1] as verb,
         'mailto:bench-' || (i % {agents}) || '@bench.nhs.uk' as mbox,
         '{BENCH}/activities/' || (i % {activities}) as activity,
         '{BENCH}/courses/' || (i % {activities} % 50) as course,
         ('00000000-0000-4000-8000-' || lpad(to_hex(i % {registrations}), 12, '0'))::uuid as reg
  from generate_series({first}, {last - 1}) i)
insert into lrs_statement (id, stored, statement, verb_id, client_id)
select id, at, jsonb_build_object(
  'id', id, 'actor', jsonb_build_object('objectType', 'Agent', 'mbox', mbox),
  'verb', jsonb_build_object('id', verb, 'display', jsonb_build_object('en-GB', split_part(verb, '/', 6))),
  'object', jsonb_build_object('objectType', 'Activity', 'id', activity,
     'definition', jsonb_build_object('name', jsonb_build_object('en-GB', 'Activity'))),
  'result', case when verb like '%passed' or verb like '%failed' then jsonb_build_object(
     'score', jsonb_build_object('scaled', (i % 100) / 100.0), 'success', verb like '%passed') end,
  'context', jsonb_build_object('registration', reg,
     'contextActivities', jsonb_build_object('parent', jsonb_build_array(jsonb_build_object('id', course)))),
  'timestamp', to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'stored', to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'authority', jsonb_build_object('objectType', 'Agent', 'account',
     jsonb_build_object('homePage', 'http://localhost/xapi', 'name', 'demo-lrs')),
  'version', '1.0.0'), verb, {client}
from g order by i;
insert into lrs_statement_key (statement_seq, kind, value)
select s.seq, k.kind, k.value from lrs_statement s cross join lateral (values
  ('v', s.verb_id),
  ('a', 'mbox:' || (s.statement -> 'actor' ->> 'mbox')),
  ('r', 'mbox:' || (s.statement -> 'actor' ->> 'mbox')),
  ('o', s.statement -> 'object' ->> 'id'),
  ('R', s.statement -> 'object' ->> 'id'),
  ('R', s.statement -> 'context' -> 'contextActivities' -> 'parent' -> 0 ->> 'id'),
  ('g', s.statement -> 'context' ->> 'registration')) k (kind, value)
where s.seq > (select coalesce(max(statement_seq), 0) from lrs_statement_key)
on conflict do nothing;
""")
        print(f"  loaded {last:,} statements ({time.time() - start:.0f} s)", flush=True)
    sql(db, "analyze lrs_statement; analyze lrs_statement_key")
    print("store:", sql(db, "select count(*) || ' statements, ' || pg_size_pretty(pg_total_relation_size('lrs_statement'))"
                            " || ' with keys ' || pg_size_pretty(pg_total_relation_size('lrs_statement_key'))"
                            " from lrs_statement"))


def request(base, auth, method, path, body=None):
    req = urllib.request.Request(base + path, data=body, method=method)
    req.add_header("Authorization", auth)
    req.add_header("X-Experience-API-Version", "1.0.3")
    if body is not None:
        req.add_header("Content-Type", "application/json")
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            data = r.read()
            return r.status, data, time.perf_counter() - t
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.perf_counter() - t


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def posts(base, auth, batches, threads, agents, activities):
    rnd = random.Random(22)

    def batch(b):
        statements = [{
            "actor": {"mbox": f"mailto:bench-{rnd.randrange(agents)}@bench.nhs.uk"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/" + VERBS[i % 5]},
            "object": {"id": f"{BENCH}/activities/{rnd.randrange(activities)}"},
            "context": {"registration": str(uuid.uuid4()),
                        "contextActivities": {"parent": [{"id": f"{BENCH}/courses/{i % 50}"}]}},
            "result": {"score": {"scaled": 0.8}, "success": True},
        } for i in range(50)]
        status, data, took = request(base, auth, "POST", "/xapi/statements", json.dumps(statements).encode())
        assert status == 200, (status, data[:300])
        assert len(json.loads(data)) == 50
        return took

    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        times = list(pool.map(batch, range(batches)))
    print(f"POST 50 statements: {batches} batches, {threads} at once: p50 {pct(times, 50)*1000:.0f} ms,"
          f" p95 {pct(times, 95)*1000:.0f} ms, max {max(times)*1000:.0f} ms"
          f" ({batches * 50 / sum(times) * threads:.0f} statements/s)")


def query_sql(filters, limit=100):
    """The SQL StatementQuery runs for these filters (kind, value pairs)."""
    where = " where not s.voided"
    for kind, value in filters:
        where += (" and exists (select 1 from lrs_statement_key k where k.statement_seq = s.seq"
                  f" and k.kind = '{kind}' and k.value = '{value}')")
    return f"select s.seq, s.statement::text, s.stored from lrs_statement s{where} order by s.seq desc limit {limit + 1}"


def gets(base, auth, db, repeat):
    agent = json.dumps({"mbox": "mailto:bench-7@bench.nhs.uk"})
    since = sql(db, "select to_char((now() - interval '2 hours') at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
    cases = [
        ("no filter", {}, []),
        ("agent", {"agent": agent}, [("a", "mbox:mailto:bench-7@bench.nhs.uk")]),
        ("verb", {"verb": "http://adlnet.gov/expapi/verbs/passed"}, [("v", "http://adlnet.gov/expapi/verbs/passed")]),
        ("activity", {"activity": f"{BENCH}/activities/17"}, [("o", f"{BENCH}/activities/17")]),
        ("related activities (a course)", {"activity": f"{BENCH}/courses/3", "related_activities": "true"},
         [("R", f"{BENCH}/courses/3")]),
        ("registration", {"registration": "00000000-0000-4000-8000-000000000011"},
         [("g", "00000000-0000-4000-8000-000000000011")]),
        ("agent and verb", {"agent": agent, "verb": "http://adlnet.gov/expapi/verbs/completed"},
         [("a", "mbox:mailto:bench-7@bench.nhs.uk"), ("v", "http://adlnet.gov/expapi/verbs/completed")]),
        ("related agents", {"agent": agent, "related_agents": "true"}, [("r", "mbox:mailto:bench-7@bench.nhs.uk")]),
        ("since (the last 2 hours)", {"since": since}, None),
    ]
    for name, params, filters in cases:
        params = dict(params, limit="100")
        path = "/xapi/statements?" + urllib.parse.urlencode(params)
        times, count, more = [], 0, ""
        for _ in range(repeat):
            status, data, took = request(base, auth, "GET", path)
            assert status == 200, (status, data[:300])
            body = json.loads(data)
            count, more = len(body["statements"]), body["more"]
            times.append(took)
        line = f"GET {name}: {count} statements, p50 {pct(times, 50)*1000:.0f} ms, p95 {pct(times, 95)*1000:.0f} ms"
        if more:
            mt = [request(base, auth, "GET", more)[2] for _ in range(repeat)]
            line += f"; its more page p95 {pct(mt, 95)*1000:.0f} ms"
        print(line, flush=True)
        if filters is not None:
            plan = sql(db, "explain (analyze, costs off, timing on) " + query_sql(filters))
            print("    " + "\n    ".join(plan.splitlines()))


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--base", default="http://localhost:8080")
    a.add_argument("--db-port", default="15432")
    a.add_argument("--key", default="demo-lrs")
    a.add_argument("--secret", default="ccio-demo-2026")
    a.add_argument("--statements", type=int, default=1_000_000)
    a.add_argument("--agents", type=int, default=5000)
    a.add_argument("--activities", type=int, default=2000)
    a.add_argument("--registrations", type=int, default=20000)
    a.add_argument("--batches", type=int, default=200)
    a.add_argument("--threads", type=int, default=8)
    a.add_argument("--repeat", type=int, default=20)
    o = a.parse_args()
    import ccio_http
    db = ccio_http.DB.replace("port=15432", "port=" + o.db_port)
    auth = "Basic " + base64.b64encode(f"{o.key}:{o.secret}".encode()).decode()
    load(db, o.statements, o.agents, o.activities, o.registrations)
    posts(o.base, auth, o.batches, o.threads, o.agents, o.activities)
    gets(o.base, auth, db, o.repeat)


if __name__ == "__main__":
    main()
