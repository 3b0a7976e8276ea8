"""Shared by the benchmark scripts: a cookie-keeping HTTP client that does not follow redirects,
the Faces form state of a page, signing in, and psql. Python 3 standard library only."""
import http.cookiejar, re, subprocess, urllib.error, urllib.parse, urllib.request

def _embedded_password():
    """The embedded PostgreSQL's owner password, made by the launcher for the data folder."""
    import os
    path = os.path.join(os.environ.get("CCIO_DATA_DIR", "data"), "postgres-passwords")
    try:
        with open(path) as f:
            for line in f:
                if line.startswith("postgres="):
                    return line.strip().split("=", 1)[1].replace("\\", "")
    except OSError:
        pass
    return "embedded"  # a data folder from before passwords


DB = f"host=localhost port=15432 dbname=ccio user=postgres password={_embedded_password()}"


def sql(conninfo, query):
    out = subprocess.run(["psql", conninfo, "-v", "ON_ERROR_STOP=1", "-Atc", query],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def get(opener, url):
    try:
        with opener.open(url, timeout=60) as r:
            return r.status, r.read().decode(), r.headers.get("Location")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace"), e.headers.get("Location")


def post(opener, url, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        with opener.open(urllib.request.Request(url, data=data), timeout=60) as r:
            return r.status, r.read().decode(), r.headers.get("Location")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace"), e.headers.get("Location")


def form_state(html):
    vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', html).group(1)
    nonce = re.search(r'nonce="([^"]+)"', html).group(1)
    return vs, nonce


def sign_in(base, email, password):
    c = client()
    _, html, _ = get(c, base + "/sign-in.xhtml")
    vs, nonce = form_state(html)
    status, _, _ = post(c, base + "/sign-in.xhtml", {
        "signIn": "signIn", "signIn:email": email, "signIn:password": password,
        "signIn:submit": "", "jakarta.faces.ViewState": vs, "primefaces.nonce": nonce})
    if status != 302:
        raise SystemExit(f"sign-in of {email} failed: {status}")
    return c
