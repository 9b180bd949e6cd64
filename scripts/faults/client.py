"""A small HTTP client for the fault trials: a browser-like session (cookies, the CSRF token
of the forms) and a pool of writers that create wiki pages and remember which writes the
server acknowledged. Standard library only."""

import http.client
import re
import threading
import time
import urllib.parse

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Session:
    """One browser: keeps cookies and talks to one server at a time."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}
        self.connection = None

    def point_at(self, base):
        self.base = base
        self.close()

    def close(self):
        if self.connection is not None:
            self.connection.close()
        self.connection = None

    def request(self, method, path, fields=None, headers=None, timeout=10):
        url = urllib.parse.urlsplit(self.base)
        if self.connection is None:
            self.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
        all_headers = dict(headers or {})
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body=body, headers=all_headers)
            response = self.connection.getresponse()
            data = response.read()
        except Exception:
            self.close()
            raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                if val:
                    self.cookies[key.strip()] = val.strip()
                else:
                    self.cookies.pop(key.strip(), None)
        return response.status, data.decode("utf-8", "replace")

    def token(self, path):
        status, body = self.request("GET", path)
        found = TOKEN.search(body)
        if not found:
            raise RuntimeError(f"no form token on {path} ({status})")
        return found.group(1)

    def sign_in(self, email, password):
        token = self.token("/sign-in")
        status, _ = self.request(
            "POST", "/sign-in", {"email": email, "password": password, "csrf_token": token}
        )
        if status != 303:
            raise RuntimeError(f"sign-in failed: {status}")


class Writers:
    """`count` threads, each with its own signed-in session, creating pages until stopped.
    A write counts as acknowledged only when the server answered 303 (saved)."""

    def __init__(self, bases, email, password, count, prefix, text_size=200):
        self.bases = bases
        self.prefix = prefix
        self.text_size = text_size
        self.acknowledged = []
        self.failed = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.sessions = []
        for n in range(count):
            session = Session(bases[n % len(bases)])
            session.sign_in(email, password)
            self.sessions.append(session)
        self.threads = [
            threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(count)
        ]

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join()

    def count(self):
        with self.lock:
            return len(self.acknowledged)

    def _run(self, n):
        session = self.sessions[n]
        token = None
        i = 0
        while not self.stopping.is_set():
            title = f"{self.prefix} {n} {i}"
            marker = f"marker-{self.prefix}-{n}-{i}".replace(" ", "-")
            text = marker + "\n\n" + ("x" * self.text_size)
            try:
                if token is None:
                    token = session.token("/wiki/Fault_token/edit")
                status, _ = session.request(
                    "POST",
                    "/wiki/" + urllib.parse.quote(title.replace(" ", "_")) + "/edit",
                    {"text": text, "summary": "fault trial", "action": "save",
                     "base_revision_id": "", "section": "", "csrf_token": token},
                )
            except Exception:
                status = None
            if status == 303:
                with self.lock:
                    self.acknowledged.append((title, marker))
                i += 1
            else:
                with self.lock:
                    self.failed += 1
                # A server that is down or refusing: try this instance again shortly.
                time.sleep(0.05)
                i += 1


def lost(base, acknowledged):
    """The acknowledged writes that `base` no longer has."""
    session = Session(base)
    missing = []
    for title, marker in acknowledged:
        path = "/wiki/" + urllib.parse.quote(title.replace(" ", "_"))
        for attempt in range(3):
            try:
                status, body = session.request("GET", path)
                break
            except Exception:
                time.sleep(0.2)
        else:
            status, body = None, ""
        if status != 200 or marker not in body:
            missing.append(title)
    return missing
