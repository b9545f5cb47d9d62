"""The bolt app: settings in, listeners registered, duplicate deliveries dropped.  Kept thin on purpose."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient

from bot.config import SlackSettings
from bot.service import KnowledgeService
from bot.slack.delivery import retry_handlers
from bot.slack.listeners import register_listeners
from bot.slack.permissions import Admins
from bot.votes import FeedbackStore, feedback_path

DEFAULT_API_URL = "https://slack.com/api/"


class SeenEvents:
    """The event IDs handled recently, so a retried or duplicated delivery never gets a second reply."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        """True the first time an event ID is offered, False ever after (within the capacity)."""
        with self._lock:
            if event_id in self._seen:
                return False
            self._seen[event_id] = None
            if len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            return True


def create_app(settings: SlackSettings, service: KnowledgeService, client: WebClient | None = None, *,
               socket_mode: bool = False, feedback: FeedbackStore | None = None) -> App:
    """The Slack app, with its Web API client pointed at SLACK_API_URL when set (tests use a local stand-in).

    Over HTTP every request's signature is verified (forged or older than five minutes: 401);
    Socket Mode requests arrive over Slack's authenticated WebSocket instead.
    """
    client = client or WebClient(token=settings.bot_token, base_url=settings.api_url or DEFAULT_API_URL,
                                 retry_handlers=retry_handlers())
    app = App(token=settings.bot_token, signing_secret=settings.signing_secret, client=client,
              request_verification_enabled=not socket_mode)
    seen = SeenEvents()

    def drop_duplicate_events(req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
                              ) -> BoltResponse:
        event_id = req.body.get("event_id") if isinstance(req.body, dict) else None
        if event_id and not seen.first_time(event_id):
            retry = req.headers.get("x-slack-retry-num", ["0"])[0]
            logging.getLogger(__name__).info("ignoring duplicate delivery of %s (retry %s)", event_id, retry)
            return BoltResponse(status=200, body="")
        return next()

    def drop_bot_messages_and_edits(req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
                                    ) -> BoltResponse:
        event = req.body.get("event") if isinstance(req.body, dict) else None
        shared_in_dm = isinstance(event, dict) and event.get("subtype") == "file_share" and event.get(
            "channel_type") == "im" and not event.get("bot_id")  # an admin adding a document
        if isinstance(event, dict) and event.get("type") in ("message", "app_mention") and not shared_in_dm and (
                event.get("bot_id") or event.get("subtype") or event.get("bot_profile")):
            return BoltResponse(status=200, body="")  # another bot (or this one), an edit, a join…: never answered
        return next()

    app.middleware(drop_duplicate_events)
    app.middleware(drop_bot_messages_and_edits)

    @app.error
    def log_errors(error: Exception, body: dict, logger: logging.Logger) -> None:
        logger.exception("unhandled error for request %s", body.get("event_id") or body.get("type"), exc_info=error)

    feedback = feedback or FeedbackStore(feedback_path(service.db_path))
    register_listeners(app, service, Admins(settings.admin_user_ids), feedback)
    return app
