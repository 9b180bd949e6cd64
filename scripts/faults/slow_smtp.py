"""A minimal SMTP server on loopback that takes `delay` seconds to accept each message and
records every Message-ID it was given, to count messages delivered twice."""

import re
import socket
import threading
import time

MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


class SlowSmtp:
    def __init__(self, delay):
        self.delay = delay
        self.ids = []
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def received(self):
        with self.lock:
            return len(self.ids)

    def distinct(self):
        with self.lock:
            return len(set(self.ids))

    def stop(self):
        self.running = False
        self.listener.close()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn):
        stream = conn.makefile("rb")
        send = conn.sendall
        try:
            send(b"220 slow.example ESMTP\r\n")
            while True:
                line = stream.readline()
                if not line:
                    return
                command = line.strip().upper()
                if command.startswith(b"EHLO") or command.startswith(b"HELO"):
                    send(b"250 slow.example\r\n")
                elif command.startswith(b"DATA"):
                    send(b"354 go ahead\r\n")
                    message = b""
                    while True:
                        part = stream.readline()
                        if not part or part in (b".\r\n", b".\n"):
                            break
                        message += part
                    time.sleep(self.delay)
                    found = MESSAGE_ID.search(message)
                    with self.lock:
                        self.ids.append(found.group(1) if found else b"(none)")
                    send(b"250 queued\r\n")
                elif command.startswith(b"QUIT"):
                    send(b"221 bye\r\n")
                    return
                else:
                    send(b"250 ok\r\n")
        except OSError:
            return
        finally:
            conn.close()
