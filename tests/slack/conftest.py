"""The real bolt app served over HTTP on loopback, a local Slack stand-in, and Slack-signed requests."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from waitress.server import create_server

from bot.config import SlackSettings
from bot.service import KnowledgeService
from bot.slack.app import create_app
from bot.slack.server import wsgi_application
from tests.conftest import KNOWLEDGE, SEED_FILES
from tests.slack.fake_slack import FakeSlack, FakeSlackServer

SIGNING_SECRET = "test-signing-secret"
ADMIN = "UADMIN01"
USER = "UUSER001"


def sign(body: str, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    """Slack's v0 signature: HMAC-SHA256 over "v0:<timestamp>:<body>"."""
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return f"v0={digest}"


@dataclass
class Reply:
    status: int
    body: str

    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Bot:
    """The running bot: its URL, the Slack stand-in it talks to, and its knowledge folder."""

    url: str
    slack: FakeSlack
    knowledge: Path
    service: KnowledgeService

    def post(self, body: str, content_type: str, *, timestamp: int | None = None, secret: str = SIGNING_SECRET,
             headers: dict[str, str] | None = None) -> Reply:
        stamp = int(time.time()) if timestamp is None else timestamp
        request = urllib.request.Request(f"{self.url}slack/events", data=body.encode(), method="POST", headers={
            "Content-Type": content_type, "X-Slack-Request-Timestamp": str(stamp),
            "X-Slack-Signature": sign(body, stamp, secret), **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Reply(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read().decode())

    def event(self, event: dict, *, event_id: str = "Ev0001", headers: dict[str, str] | None = None,
              **signing: object) -> Reply:
        payload = {"token": "legacy", "team_id": "T0001", "api_app_id": "A0001", "type": "event_callback",
                   "event_id": event_id, "event_time": int(time.time()), "event": event}
        return self.post(json.dumps(payload), "application/json", headers=headers, **signing)

    def command(self, text: str, *, user: str = USER, response: str = "1") -> Reply:
        form = {"command": "/takedowns", "text": text, "user_id": user, "user_name": "someone", "team_id": "T0001",
                "channel_id": "C0001", "channel_name": "research", "trigger_id": "1.2.3",
                "response_url": self.slack.response_url(response)}
        return self.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded")

    def action(self, action: dict, *, user: str = USER, response: str = "share", container: dict | None = None
               ) -> Reply:
        payload = {"type": "block_actions", "user": {"id": user}, "team": {"id": "T0001"},
                   "channel": {"id": "C0001"}, "trigger_id": "1.2.3", "response_url": self.slack.response_url(response),
                   "actions": [action], "container": container or {"type": "message"}}
        return self.post("payload=" + urllib.parse.quote(json.dumps(payload)), "application/x-www-form-urlencoded")

    def get(self, path: str) -> Reply:
        try:
            with urllib.request.urlopen(f"{self.url}{path}", timeout=10) as response:
                return Reply(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read().decode())


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[Bot]:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    for name in SEED_FILES:
        shutil.copy(KNOWLEDGE / name, knowledge / name)
    with FakeSlackServer() as slack:
        settings = SlackSettings(bot_token="xoxb-test", signing_secret=SIGNING_SECRET, app_token=None,
                                 api_url=slack.url, port=0, admin_user_ids=frozenset({ADMIN}))
        service = KnowledgeService(knowledge, tmp_path / "knowledge.db")
        service.ensure_built()
        app = create_app(settings, service)
        server = create_server(wsgi_application(app, service), host="127.0.0.1", port=0, threads=8)
        closing = threading.Event()

        def serve() -> None:
            try:
                server.run()
            except OSError:  # closing the sockets under the poll loop ends it with EBADF: expected at shutdown
                if not closing.is_set():
                    raise

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        try:
            yield Bot(f"http://127.0.0.1:{server.effective_port}/", slack, knowledge, service)
        finally:
            closing.set()
            server.close()
            thread.join(timeout=5)
