"""Comment writers for the fault trials: signed-in sessions commenting on the demo
consultation's parts at once (comments go through group commit, several to a transaction),
remembering which the server acknowledged (303), and the check that every acknowledged
comment is still there after the fault (its marker in the public comments.json)."""

import json
import re
import threading
import time

from client import Session

PARTS = re.compile(r'href="(/consultations/concept-paper/blocks/\d+)"')


class CommentWriters:
    def __init__(self, base, email, password, count):
        self.acknowledged = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.sessions = []
        for _ in range(count):
            session = Session(base)
            session.sign_in(email, password)
            self.sessions.append(session)
        _, page = self.sessions[0].request("GET", "/consultations/concept-paper")
        self.parts = sorted(set(PARTS.findall(page)))
        if not self.parts:
            raise RuntimeError("the demo consultation shows no parts")
        self.threads = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(count)]

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join()

    def _run(self, n):
        session = self.sessions[n]
        token = None
        i = 0
        while not self.stopping.is_set():
            part = self.parts[(n + i) % len(self.parts)]
            marker = f"comment-marker-{n}-{i}"
            try:
                if token is None:
                    token = session.token(part)
                status, _ = session.request("POST", part, {"body": marker, "csrf_token": token})
            except Exception:
                status = None
            if status == 303:
                with self.lock:
                    self.acknowledged.append(marker)
            else:
                time.sleep(0.05)
            i += 1


def lost_comments(base, acknowledged):
    """The acknowledged comments that `base` no longer shows."""
    session = Session(base)
    status, body = session.request("GET", "/consultations/concept-paper/comments.json")
    if status != 200:
        return list(acknowledged)
    kept = {c["comment"] for c in json.loads(body)["comments"]}
    return [m for m in acknowledged if m not in kept]
