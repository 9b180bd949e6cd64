"""The fault suite (issue #10): real Coproduce servers on loopback, broken on purpose.

    python3 scripts/faults/run.py --bin target/debug/coproduce --work DIR \
        --postgres-url URL --pg-dir DIR --pg-bin DIR

Trials, each printing its counts and failing the run on any lost write:
  1. kill -9 under concurrent writes on SQLite, then a restart: every acknowledged write is
     there and the database passes an integrity check;
  2. the same on PostgreSQL with two instances (one killed while the other carries on);
  3. PostgreSQL restarted under load: the app recovers by itself, nothing acknowledged lost;
  4. a full disk (a small tmpfs): writes fail while it is full, work again once there is
     room, and /healthz says so; skipped, with the reason, where tmpfs cannot be mounted;
  5. a slow SMTP server and two instances: every message delivered exactly once;
  6. kill -9 while people comment on a consultation at once (group commit on SQLite):
     every acknowledged comment is there after the restart.
"""

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from client import Writers, lost, Session  # noqa: E402
from comments import CommentWriters, lost_comments  # noqa: E402
from slow_smtp import SlowSmtp  # noqa: E402

EMAIL = "faults@example.org"
PASSWORD = "fault trial passphrase"
FAILURES = []


def report(line, ok):
    print(f"fault: {line}", flush=True)
    if not ok:
        FAILURES.append(line)


class Server:
    def __init__(self, args, data_dir, port, env=None, config=None, demo=False):
        self.args, self.data_dir, self.port = args, data_dir, port
        self.demo = demo
        self.env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        self.env.update(RUST_LOG="warn", RUST_BACKTRACE="0", **(env or {}))
        self.config = config
        self.process = None
        self.base = f"http://127.0.0.1:{port}"

    def command(self, *rest):
        extra = ["--config", self.config] if self.config else []
        return [self.args.bin, "--data-dir", self.data_dir, *extra, *rest]

    def start(self):
        log = open(os.path.join(self.args.work, f"server-{self.port}.log"), "a")
        self.process = subprocess.Popen(
            self.command("serve", "--bind", f"127.0.0.1:{self.port}", *(["--demo"] if self.demo else [])),
            env=self.env, stdout=log, stderr=log,
        )
        self.wait_healthy()

    def wait_healthy(self, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.healthz() == 200:
                return
            time.sleep(0.1)
        raise RuntimeError(f"server on {self.port} did not become healthy")

    def healthz(self):
        try:
            with urllib.request.urlopen(self.base + "/healthz", timeout=5) as r:
                return r.status
        except urllib.error.HTTPError as e:
            return e.code
        except Exception:
            return None

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait()

    def create_admin(self):
        subprocess.run(
            self.command("admin", "create-user", "--email", EMAIL, "--name", "Fault trial",
                         "--role", "admin", "--password-stdin"),
            input=PASSWORD + "\n", text=True, env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )


def writes_then(servers, prefix, seconds_before, action, seconds_after, count=6, size=200):
    writers = Writers([s.base for s in servers], EMAIL, PASSWORD, count, prefix, size)
    writers.start()
    time.sleep(seconds_before)
    action()
    time.sleep(seconds_after)
    writers.stop()
    return writers


def sqlite_kill(args):
    data = os.path.join(args.work, "sqlite-kill")
    server = Server(args, data, args.port)
    server.start()
    server.create_admin()
    writers = writes_then([server], "Kill", 3, server.kill9, 0.5)
    server.start()
    missing = lost(server.base, writers.acknowledged)
    db = sqlite3.connect(os.path.join(data, "coproduce.sqlite3"))
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    server.stop()
    report(f"SQLite kill -9 under {len(writers.sessions)} writers: {len(writers.acknowledged)} "
           f"acknowledged, {len(missing)} lost, integrity {integrity}",
           not missing and integrity == "ok" and writers.acknowledged)


def comments_kill(args):
    data = os.path.join(args.work, "comments-kill")
    server = Server(args, data, args.port + 6, demo=True)
    server.start()
    server.create_admin()
    writers = CommentWriters(server.base, EMAIL, PASSWORD, 12)
    writers.start()
    time.sleep(3)
    server.kill9()
    writers.stop()
    server.start()
    missing = lost_comments(server.base, writers.acknowledged)
    db = sqlite3.connect(os.path.join(data, "coproduce.sqlite3"))
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    server.stop()
    report(f"SQLite kill -9 under {len(writers.sessions)} commenters: {len(writers.acknowledged)} "
           f"comments acknowledged, {len(missing)} lost, integrity {integrity}",
           not missing and integrity == "ok" and writers.acknowledged)


def postgres_env(args):
    return {"DATABASE_URL": args.postgres_url}


def postgres_kill(args):
    env = postgres_env(args)
    one = Server(args, os.path.join(args.work, "pg-one"), args.port, env)
    two = Server(args, os.path.join(args.work, "pg-two"), args.port + 1, env)
    one.start()
    two.start()
    one.create_admin()
    writers = writes_then([one, two], "Pgkill", 3, one.kill9, 1.5)
    one.start()
    missing = lost(two.base, writers.acknowledged)
    one.stop()
    two.stop()
    report(f"PostgreSQL, two instances, one killed -9 under {len(writers.sessions)} writers: "
           f"{len(writers.acknowledged)} acknowledged, {len(missing)} lost, "
           f"{writers.failed} refused while it was down",
           not missing and writers.acknowledged)


def postgres_restart(args):
    env = postgres_env(args)
    server = Server(args, os.path.join(args.work, "pg-restart"), args.port + 2, env)
    server.start()
    before = {}

    def restart():
        before["count"] = writers_box[0].count()
        subprocess.run(["runuser", "-u", "postgres", "--", os.path.join(args.pg_bin, "pg_ctl"),
                        "-D", args.pg_dir, "-m", "fast", "-w", "restart"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before["restarted"] = time.time()

    writers_box = []
    writers = Writers([server.base], EMAIL, PASSWORD, 6, "Pgrestart")
    writers_box.append(writers)
    writers.start()
    time.sleep(2)
    restart()
    time.sleep(4)
    writers.stop()
    after = writers.count() - before["count"]
    missing = lost(server.base, writers.acknowledged)
    healthy = server.healthz()
    server.stop()
    report(f"PostgreSQL restarted under load: {len(writers.acknowledged)} acknowledged, "
           f"{len(missing)} lost, {after} acknowledged after the restart without restarting "
           f"the app, /healthz {healthy}",
           not missing and after > 0 and healthy == 200)


def full_disk(args):
    mount = os.path.join(args.work, "small-disk")
    os.makedirs(mount, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if mounted.returncode != 0:
        print(f"fault: full disk: skipped, a tmpfs cannot be mounted here "
              f"({mounted.stderr.strip() or 'mount failed'})", flush=True)
        return
    try:
        data = os.path.join(mount, "data")
        server = Server(args, data, args.port + 3)
        server.start()
        server.create_admin()
        # Fill what is left with a ballast file, keeping a little for the first writes.
        ballast = os.path.join(mount, "ballast")
        stat = os.statvfs(mount)
        free = stat.f_bavail * stat.f_frsize
        with open(ballast, "wb") as f:
            f.write(b"\0" * max(0, free - 3 * 1024 * 1024))
        writers = Writers([server.base], EMAIL, PASSWORD, 3, "Full", text_size=20000)
        writers.start()
        deadline = time.time() + 20
        while writers.failed < 20 and time.time() < deadline:
            time.sleep(0.2)
        full_health = server.healthz()
        os.remove(ballast)
        at_free = writers.count()
        # Room again: stop once a few more writes went through (before they fill it again).
        deadline = time.time() + 20
        while writers.count() - at_free < 20 and time.time() < deadline:
            time.sleep(0.1)
        writers.stop()
        after = writers.count() - at_free
        health = server.healthz()
        missing = lost(server.base, writers.acknowledged)
        server.stop()
        # (/healthz may still pass while full: its one-row probe fits in pages SQLite
        # already holds, so it reports what a small write would meet.)
        report(f"full disk: {writers.failed} writes refused while full (/healthz {full_health}), "
               f"{after} acknowledged once there was room (/healthz {health}), "
               f"{len(writers.acknowledged)} acknowledged in all, {len(missing)} lost",
               not missing and after > 0 and health == 200 and writers.failed > 0)
    finally:
        subprocess.run(["umount", "-l", mount], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def slow_smtp(args):
    smtp = SlowSmtp(delay=2.5)
    config = os.path.join(args.work, "slow-smtp.toml")
    with open(config, "w") as f:
        f.write(f'smtp_host = "127.0.0.1"\nsmtp_port = {smtp.port}\nsmtp_tls = "none"\n'
                'mail_lease_seconds = 1\ntrusted_proxies = ["127.0.0.1"]\n')
    env = postgres_env(args)
    one = Server(args, os.path.join(args.work, "smtp-one"), args.port + 4, env, config)
    two = Server(args, os.path.join(args.work, "smtp-two"), args.port + 5, env, config)
    one.start()
    two.start()
    messages = 6
    for n in range(messages):
        session = Session((one if n % 2 else two).base)
        token = session.token("/sign-in-link")
        session.request("POST", "/sign-in-link", {"email": EMAIL, "csrf_token": token},
                        headers={"X-Forwarded-For": f"198.51.100.{n + 1}"})
    deadline = time.time() + 90
    while smtp.distinct() < messages and time.time() < deadline:
        time.sleep(0.5)
    time.sleep(4)  # anything sent a second time would arrive by now
    one.stop()
    two.stop()
    smtp.stop()
    twice = smtp.received() - smtp.distinct()
    report(f"slow SMTP (2.5 s a message, 1 s lease), two instances: {messages} messages, "
           f"{smtp.distinct()} delivered, {twice} delivered twice",
           smtp.distinct() == messages and twice == 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--postgres-url", required=True)
    parser.add_argument("--pg-dir", required=True)
    parser.add_argument("--pg-bin", required=True)
    parser.add_argument("--port", type=int, default=18400)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    started = time.time()
    for trial in (sqlite_kill, comments_kill, postgres_kill, postgres_restart, full_disk, slow_smtp):
        trial(args)
    print(f"fault: suite took {time.time() - started:.0f} s", flush=True)
    if FAILURES:
        print("fault suite FAILED:\n  " + "\n  ".join(FAILURES))
        sys.exit(1)


if __name__ == "__main__":
    main()
