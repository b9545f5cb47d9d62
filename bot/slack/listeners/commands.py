"""`/takedowns`: a question, or `summary` (with a chart), `chart`, `sources`, `reload` and `feedback`
(admins) and `help`.

Every request is acknowledged at once (Slack allows three seconds); the work happens after the
ack and the reply goes to the command's response_url, visible only to the asker unless shared.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.service import KnowledgeService
from bot.slack import delivery
from bot.slack.blocks import (
    backlog_message,
    failure_message,
    help_message,
    refusal_message,
    reload_message,
    sources_message,
    summary_message,
)
from bot.slack.chart_upload import post_chart, summary_arguments
from bot.slack.listeners.events import answered
from bot.slack.permissions import Admins
from bot.votes import FeedbackStore

COMMAND = "/takedowns"


def register(app: App, service: KnowledgeService, admins: Admins, feedback: FeedbackStore) -> None:
    def takedowns_callback(ack: Ack, command: dict, client: WebClient, logger: logging.Logger) -> None:
        text = (command.get("text") or "").strip()
        words = text.split()
        subcommand = words[0].lower() if words else "help"
        if subcommand == "reload":
            ack(text="Reloading the knowledge base\u2026", response_type="ephemeral")
        else:
            ack()
        response_url = command["response_url"]
        try:
            if subcommand == "help":
                message = help_message()
            elif subcommand == "summary":
                by, filters = summary_arguments(words[1:])
                message = summary_message(service.summary(by, filters))
                post_chart(service, client, command, "country" if by == "country" else "platform", filters, logger)
            elif subcommand == "chart":
                by, filters = summary_arguments(words[1:])
                message = post_chart(service, client, command, "country" if by == "country" else "platform",
                                     filters, logger)
            elif subcommand == "sources":
                message = sources_message(service.sources())
            elif subcommand == "reload":
                if admins.allows(command["user_id"], client):
                    message = reload_message(service.reload(by=command["user_id"]))
                else:
                    message = refusal_message()
            elif subcommand == "feedback":
                if admins.allows(command["user_id"], client):
                    message = backlog_message(feedback.backlog())
                else:
                    message = refusal_message("read the feedback backlog")
            else:
                message = answered(service, feedback, text, command["user_id"], command.get("channel_id"),
                                   shareable=True)
        except Exception:
            logger.exception("/takedowns %r failed", text)
            message = failure_message()
        delivery.respond(response_url, message)

    app.command(COMMAND)(takedowns_callback)
