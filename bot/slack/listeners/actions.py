"""The "Share in channel" button under a private `/takedowns` answer."""

from __future__ import annotations

import logging

from slack_bolt import Ack, App

from bot.service import KnowledgeService
from bot.slack import delivery
from bot.slack.blocks import SHARE_ACTION, answer_message, escape, failure_message


def register(app: App, service: KnowledgeService) -> None:
    def share_answer_callback(ack: Ack, body: dict, action: dict, logger: logging.Logger) -> None:
        ack()
        question = action.get("value") or ""
        try:
            message = answer_message(service.ask(question))
            user = body.get("user", {}).get("id")
            shared_by = {"type": "context", "elements": [{"type": "mrkdwn", "text": (
                f"<@{user}> asked: \u201c{escape(question)}\u201d" if user else f"\u201c{escape(question)}\u201d")}]}
            message["blocks"].insert(0, shared_by)
            delivery.respond(body["response_url"], message, response_type="in_channel", delete_original=True)
        except Exception:
            logger.exception("sharing %r failed", question)
            delivery.respond(body["response_url"], failure_message())

    app.action(SHARE_ACTION)(share_answer_callback)
