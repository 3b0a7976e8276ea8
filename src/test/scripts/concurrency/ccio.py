"""Tiny client for the CCIO Academy load tests (standard library only, loopback only)."""
import http.client, re, urllib.parse, html

HOST = "127.0.0.1"
PORT = int(__import__("os").environ.get("CCIO_HTTP_PORT", "8080"))
PASSWORD = "ccio-demo-2026"


def request(method, path, cookie=None, body=None, headers=None, conn=None, extra_cookies=None):
    own = conn is None
    if own:
        conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
    h = dict(headers or {})
    cookies = []
    if cookie:
        cookies.append("CCIO_SESSION=" + cookie)
    if extra_cookies:
        cookies += ["%s=%s" % kv for kv in extra_cookies.items()]
    if cookies:
        h["Cookie"] = "; ".join(cookies)
    if body is not None:
        h["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=h)
    r = conn.getresponse()
    data = r.read()
    new_cookie = None
    for k, v in r.getheaders():
        if k.lower() == "set-cookie" and v.startswith("CCIO_SESSION="):
            new_cookie = v.split(";", 1)[0].split("=", 1)[1]
        elif k.lower() == "set-cookie" and extra_cookies is not None:
            name, val = v.split(";", 1)[0].split("=", 1)
            extra_cookies[name] = val
    if own:
        conn.close()
    return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data.decode("utf-8", "replace"), new_cookie


def page_nonce(page):
    """PrimeFaces' CSP nonce of a page (its scripts' nonce attribute); its JS posts it as primefaces.nonce."""
    m = re.search(r'nonce="([^"]+)"', page)
    return m.group(1) if m else None


def sign_in(email, password=PASSWORD):
    """Returns the signed-in CCIO_SESSION cookie value, or raises."""
    status, hdrs, page, cookie = request("GET", "/sign-in.xhtml")
    vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    form = {
        "signIn": "signIn",
        "signIn:email": email,
        "signIn:password": password,
        "signIn:submit": "",
        "jakarta.faces.ViewState": vs,
    }
    nonce = page_nonce(page)
    if nonce:
        form["primefaces.nonce"] = nonce
    status, hdrs, page, newc = request("POST", "/sign-in.xhtml", cookie, urllib.parse.urlencode(form))
    cookie = newc or cookie
    if status != 302 or "sign-in" in hdrs.get("location", ""):
        raise RuntimeError("sign-in failed for %s: %s %s" % (email, status, hdrs.get("location")))
    return cookie


def sample_trainees():
    """The demo sample trainee emails (identity/DemoData.createSampleTrainees)."""
    first = ["Amara", "Ben", "Chloe", "Daniel", "Ella", "Farhan", "Georgia", "Harry", "Isla", "Jamal",
             "Katie", "Liam", "Maya", "Nathan", "Olivia", "Patrick", "Ruth", "Sanjay", "Tara", "Usman"]
    last = ["Adams", "Bhatt", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hussain", "Iqbal", "Jones",
            "Khan", "Lewis", "Murphy", "Nowak", "O'Brien", "Patel", "Roberts", "Singh", "Thomas", "Williams"]
    return [("%s.%s%d@example.nhs.uk" % (first[i % 20], last[(i * 7) % 20].replace("'", ""), i)).lower()
            for i in range(60)]


def require_server():
    """Stops the run early if nothing answers on HOST:PORT (the server must be started first)."""
    try:
        status = request("GET", "/health/ready")[0]
    except OSError as e:
        raise SystemExit("no server on %s:%d (%s)" % (HOST, PORT, e))
    if status != 200:
        raise SystemExit("server on %s:%d is not ready (%s)" % (HOST, PORT, status))
