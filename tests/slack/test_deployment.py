"""How the bot is deployed: the real `takedown-bot serve` process, the manifest, the Procfile, .env.example."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml

from tests.conftest import ROOT
from tests.slack.fake_slack import FakeSlackServer


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_starts_a_production_server_that_builds_the_database_and_answers_health_checks(
        tmp_path: Path, seeds_dir: Path) -> None:
    port = free_port()
    with FakeSlackServer() as slack:
        env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": slack.url,
               "KNOWLEDGE_DIR": str(seeds_dir), "DATABASE_PATH": str(tmp_path / "kb.db"), "PORT": str(port)}
        env.pop("SLACK_APP_TOKEN", None)
        process = subprocess.Popen([sys.executable, "-m", "bot"], env=env, cwd=tmp_path,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                        assert json.loads(response.read()) == {"ok": True, "documents": 2}
                        break
                except OSError:
                    assert process.poll() is None, process.stdout.read()
                    assert time.monotonic() < deadline, "server did not come up"
                    time.sleep(0.1)
        finally:
            process.terminate()
            output = process.communicate(timeout=10)[0]
        assert (tmp_path / "kb.db").exists()
        assert "waitress" in output.lower() or "serving slack" in output.lower()


def test_serve_refuses_to_start_without_its_secrets(tmp_path: Path, seeds_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--knowledge", str(seeds_dir)], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET" in result.stderr


def test_manifest_declares_what_the_bot_uses() -> None:
    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))
    features, settings = manifest["features"], manifest["settings"]
    assert len(manifest["display_information"]["name"]) <= 35
    assert len(manifest["display_information"]["description"]) <= 140
    assert 175 <= len(manifest["display_information"]["long_description"]) <= 4000
    assert [c["command"] for c in features["slash_commands"]] == ["/takedowns"]
    assert features["app_home"] == {"home_tab_enabled": True, "messages_tab_enabled": True,
                                    "messages_tab_read_only_enabled": False}
    assert set(settings["event_subscriptions"]["bot_events"]) >= {"app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] is True
    assert set(manifest["oauth_config"]["scopes"]["bot"]) >= {"app_mentions:read", "chat:write", "commands",
                                                              "im:history", "users:read"}
    urls = {settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"],
            features["slash_commands"][0]["url"]}
    assert len(urls) == 1 and urls.pop().endswith("/slack/events")


def test_procfile_runs_http_and_documents_socket_mode() -> None:
    lines = (ROOT / "Procfile").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "web: takedown-bot serve --port $PORT"
    assert any(line.startswith("# worker: takedown-bot socket") for line in lines)


def test_env_example_lists_every_setting_the_code_reads_with_a_comment() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot").rglob("*.py"))
    read = set(re.findall(r"os\.environ\.get\(\"([A-Z_]+)\"", code))
    example = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    listed = {line.split("=", 1)[0]: index for index, line in enumerate(example) if re.match(r"^[A-Z_]+=", line)}
    assert read <= set(listed)
    for name, index in listed.items():
        assert example[index - 1].startswith("# "), f"{name} has no comment"


def test_python_m_bot_uses_socket_mode_when_an_app_token_is_set(tmp_path: Path, seeds_dir: Path) -> None:
    with FakeSlackServer() as slack:
        env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": "xapp-test", "SLACK_API_URL": slack.url,
               "KNOWLEDGE_DIR": str(seeds_dir), "DATABASE_PATH": str(tmp_path / "kb.db")}
        process = subprocess.Popen([sys.executable, "-m", "bot"], env=env, cwd=tmp_path,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            (call,) = slack.wait_for("apps.connections.open", timeout=30)[:1]
        finally:
            process.terminate()
            process.wait(timeout=10)
        assert call.headers["Authorization"] == "Bearer xapp-test"


def test_socket_refuses_to_start_without_an_app_token(tmp_path: Path, seeds_dir: Path) -> None:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}, "SLACK_BOT_TOKEN": "xoxb-test"}
    result = subprocess.run([sys.executable, "-m", "bot", "socket", "--knowledge", str(seeds_dir)], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "set SLACK_APP_TOKEN" in result.stderr
