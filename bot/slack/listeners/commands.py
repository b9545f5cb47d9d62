"""`/takedowns`: a question, or `summary` (with a chart), `chart`, `sources`, `reload` and `feedback`
(admins) and `help`.

Every request is acknowledged at once (Slack allows three seconds); the work happens after the
ack and the reply goes to the command's response_url, visible only to the asker unless shared.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.chart import alt_text, render_png
from bot.service import KnowledgeService
from bot.slack import delivery
from bot.slack.blocks import (
    backlog_message,
    escape,
    failure_message,
    help_message,
    refusal_message,
    reload_message,
    sources_message,
    summary_message,
    text_message,
)
from bot.slack.listeners.events import answered
from bot.slack.permissions import Admins
from bot.summary import SUMMARY_DIMENSIONS
from bot.votes import FeedbackStore

COMMAND = "/takedowns"


def summary_arguments(words: list[str]) -> tuple[str, list[str]]:
    """`summary country Iran 2019` -> ("country", ["Iran", "2019"]); grouping by platform unless named."""
    if words and words[0].lower() in SUMMARY_DIMENSIONS:
        return words[0].lower(), words[1:]
    if words and words[0].lower() == "by" and len(words) > 1 and words[1].lower() in SUMMARY_DIMENSIONS:
        return words[1].lower(), words[2:]
    return "platform", words


def post_chart(service: KnowledgeService, client: WebClient, command: dict, by: str, filters: list[str],
               logger: logging.Logger) -> dict:
    """Upload the chart for a summary into the command's conversation; the reply says what happened."""
    try:
        data = service.chart(by, filters)
    except ValueError as error:
        return text_message(f"Nothing to chart: {escape(str(error))}.")
    alt = alt_text(data)
    try:
        client.files_upload_v2(channel=command["channel_id"], file=render_png(data), filename="takedowns.png",
                               title=data.title, alt_txt=alt[:1000],
                               initial_comment=f"{data.title} ({data.takedowns} takedowns, {data.documents} sources)")
    except SlackApiError as error:
        logger.warning("chart upload failed: %s", error.response.get("error"))
        return text_message("I couldn't post the chart here (invite me to this channel, or use it in a DM). "
                            f"What it shows: {escape(alt)}")
    except Exception:
        logger.exception("chart upload failed")
        return text_message(f"Sorry, posting the chart failed; the error has been logged. {escape(alt)}")
    return text_message(f"Posted the chart in this conversation. {escape(alt)}")


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
