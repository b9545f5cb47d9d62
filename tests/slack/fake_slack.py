"""A small local stand-in for the Slack Web API, recording every call.

It answers the methods the bot uses the way Slack does (`auth.test`, `chat.postMessage`,
`chat.postEphemeral`, `users.info`, `views.publish`, `files.*`), takes posts to response URLs
under `/response/<id>`, and serves shared files at their private URLs (to the bot's token only).
It can be told to fail a method first (429 with Retry-After, or 500).  Everything listens on
127.0.0.1 only.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"


@dataclass
class Call:
    """One request the bot made: method (or path), headers, and the parsed body."""

    method: str
    headers: dict[str, str]
    body: dict
    raw: bytes = b""


@dataclass
class Failure:
    status: int
    headers: dict[str, str]
    times: int


@dataclass
class FakeSlack:
    """The server's state: recorded calls, scripted failures, and who is a workspace admin."""

    calls: list[Call] = field(default_factory=list)
    failures: dict[str, Failure] = field(default_factory=dict)
    workspace_admins: set[str] = field(default_factory=set)
    files: dict[str, tuple[dict, bytes]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def fail(self, method: str, status: int, times: int = 1, retry_after: int | None = None) -> None:
        """The next `times` calls of `method` get `status` (with Retry-After when given)."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        self.failures[method] = Failure(status, headers, times)

    def calls_to(self, method: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Wait until `method` has been called `count` times (or fail after `timeout` seconds)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = self.calls_to(method)
            if len(calls) >= count:
                return calls
            time.sleep(0.01)
        raise AssertionError(f"{method} called {len(self.calls_to(method))} times, expected {count}; "
                             f"calls so far: {[c.method for c in self.calls]}")

    def share_file(self, file_id: str, name: str, content: bytes, *, size: int | None = None) -> None:
        """A file a user shared: `files.info` describes it, and its private URL serves it to the bot's token."""
        info = {"id": file_id, "name": name, "title": name, "size": len(content) if size is None else size,
                "url_private_download": f"{self.url}files/{file_id}/{quote(name, safe='')}"}
        self.files[file_id] = (info, content)

    def response_url(self, name: str = "1") -> str:
        return f"{self.url}response/{name}"


def _handler(state: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            """A file's private download URL: only with the bot token, as Slack requires."""
            parts = self.path.strip("/").split("/")
            with state.lock:
                state.calls.append(Call("GET " + self.path, dict(self.headers), {}))
            shared = state.files.get(parts[1]) if len(parts) >= 2 and parts[0] == "files" else None
            if shared is None or self.headers.get("Authorization") != "Bearer xoxb-test":
                self._send(404 if shared is None else 403, {"ok": False})
                return
            content = shared[1]
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            method = self.path.strip("/").split("?")[0]
            if method.startswith("api/"):
                method = method[4:]
            content_type = self.headers.get("Content-Type", "")
            if method.startswith("upload/"):
                body = {}  # the file's bytes, kept in `raw`
            elif "json" in content_type:
                body = json.loads(raw or b"{}")
            elif "form" in content_type:
                body = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
            else:
                body = {}
            with state.lock:
                state.calls.append(Call(method, dict(self.headers), body, raw))
                failure = state.failures.get(method)
                if failure and failure.times > 0:
                    failure.times -= 1
                else:
                    failure = None
            if failure:
                self._send(failure.status, {"ok": False, "error": "ratelimited" if failure.status == 429
                                            else "internal_error"}, failure.headers)
                return
            self._send(200, self._answer(method, body))

        def _answer(self, method: str, body: dict) -> dict:
            if method.startswith("response/"):
                return {"ok": True}
            if method == "auth.test":
                return {"ok": True, "url": "https://example.slack.com/", "team": "Example", "user": "takedown-bot",
                        "team_id": "T0001", "user_id": BOT_USER_ID, "bot_id": BOT_ID}
            if method == "chat.postMessage":
                ts = f"{time.time():.6f}"
                return {"ok": True, "channel": body.get("channel"), "ts": ts,
                        "message": {"text": body.get("text"), "ts": ts, "bot_id": BOT_ID}}
            if method == "chat.postEphemeral":
                return {"ok": True, "message_ts": f"{time.time():.6f}"}
            if method == "users.info":
                user = body.get("user")
                admin = user in state.workspace_admins
                return {"ok": True, "user": {"id": user, "is_admin": admin, "is_owner": False}}
            if method == "apps.connections.open":  # Socket Mode; nothing listens there, which is fine for tests
                return {"ok": True, "url": "ws://127.0.0.1:9/link"}
            if method == "files.info":
                shared = state.files.get(body.get("file"))
                return {"ok": True, "file": shared[0]} if shared else {"ok": False, "error": "file_not_found"}
            if method == "views.publish":
                return {"ok": True, "view": {"id": "V0001"}}
            if method == "files.getUploadURLExternal":
                return {"ok": True, "upload_url": f"{state.url}upload/F0001", "file_id": "F0001"}
            if method.startswith("upload/"):
                return {"ok": True}
            if method == "files.completeUploadExternal":
                return {"ok": True, "files": [{"id": "F0001", "title": body.get("files", "")}]}
            return {"ok": False, "error": "unknown_method"}

        def _send(self, status: int, payload: dict, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


class FakeSlackServer:
    """Runs the stand-in on a free loopback port in a background thread."""

    def __init__(self) -> None:
        self.state = FakeSlack()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.state))
        self.server.daemon_threads = True
        self.state.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> FakeSlack:
        self.thread.start()
        return self.state

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
