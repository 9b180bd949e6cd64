"""Mixed load through a load balancer for bench/instances.sh: visitors viewing the founding
page, signed-in people creating pages, visitors registering for an event, people signing
in. Every write the server acknowledged is remembered and looked for afterwards.

    python3 bench/mixed_load.py BASE SECONDS EMAIL PASSWORD EVENT_SLUG RESULT.json

Writes RESULT.json with requests served and failed per kind and the acknowledged writes
(page titles with their markers, registration e-mail addresses)."""

import json
import os
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts", "faults"))
from client import Session, Writers  # noqa: E402

BASE, SECONDS, EMAIL, PASSWORD, SLUG, RESULT = sys.argv[1:7]
SECONDS = float(SECONDS)
stop = threading.Event()
lock = threading.Lock()
counts = {}
registered = []


def count(kind, ok):
    with lock:
        served, failed = counts.get(kind, (0, 0))
        counts[kind] = (served + 1, failed) if ok else (served, failed + 1)


def viewer():
    session = Session(BASE)
    while not stop.is_set():
        try:
            status, _ = session.request("GET", "/wiki/Equalities_co-production_initiative")
        except Exception:
            status = None
        count("view", status == 200)


def registrant(n):
    i = 0
    while not stop.is_set():
        session = Session(BASE)
        email = f"load-{n}-{i}@example.org"
        forwarded = {"X-Forwarded-For": f"10.{n}.{i // 250 % 250}.{i % 250 + 1}"}
        try:
            status, body = session.request("GET", f"/events/{SLUG}", headers=forwarded)
            token = body.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
            status, _ = session.request(
                "POST", f"/events/{SLUG}/register",
                {"name": f"Load {n} {i}", "email": email, "organisation": "Load test",
                 "kind": "in_person", "csrf_token": token},
                headers=forwarded)
        except Exception:
            status = None
        if status == 303:
            with lock:
                registered.append(email)
        count("registration", status == 303)
        i += 1


def signer(n):
    while not stop.is_set():
        session = Session(BASE)
        try:
            session.sign_in(EMAIL, PASSWORD)
            ok = True
        except Exception:
            ok = False
        count("sign-in", ok)
        time.sleep(0.5)


editors = Writers([BASE], EMAIL, PASSWORD, 4, "Load")
threads = [threading.Thread(target=viewer) for _ in range(4)]
threads += [threading.Thread(target=registrant, args=(n,)) for n in range(2)]
threads += [threading.Thread(target=signer, args=(n,)) for n in range(1)]
for t in threads:
    t.start()
editors.start()
time.sleep(SECONDS)
stop.set()
editors.stop()
for t in threads:
    t.join()
counts["edit"] = (len(editors.acknowledged), editors.failed)
with open(RESULT, "w") as f:
    json.dump({"counts": counts, "pages": editors.acknowledged, "registrations": registered}, f)
