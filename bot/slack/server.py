"""Serving Slack: HTTP with waitress (a production WSGI server) or Socket Mode.

HTTP serves `POST /slack/events` (events, commands and interactivity alike) and `GET /healthz`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.service import KnowledgeService

logger = logging.getLogger(__name__)
THREADS = 8


def wsgi_application(app: App, service: KnowledgeService) -> Callable:
    """Bolt's WSGI handler for /slack/events, plus a health check that says whether the knowledge base opens."""
    slack = SlackRequestHandler(app, path="/slack/events")

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            try:
                documents = len(service.sources())
                status, payload = "200 OK", {"ok": True, "documents": documents}
            except Exception as error:  # the health check reports, it never raises
                status, payload = "503 Service Unavailable", {"ok": False, "error": str(error)}
            body = json.dumps(payload).encode()
            start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        return slack(environ, start_response)

    return application


def serve_http(app: App, service: KnowledgeService, port: int, host: str = "0.0.0.0") -> None:
    from waitress import serve

    logger.info("serving Slack on http://%s:%d/slack/events", host, port)
    serve(wsgi_application(app, service), host=host, port=port, threads=THREADS, ident="takedown-bot")


def serve_socket_mode(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    SocketModeHandler(app, app_token).start()
