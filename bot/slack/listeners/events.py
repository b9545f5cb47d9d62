"""Mentions in channels (answered in the question's thread) and direct messages (answered in the DM).

Messages from bots, edits and other subtypes never reach these listeners: the app's middleware
drops them before Slack is acknowledged.  A failure is logged with its stack trace and the asker
gets a short, kind reply instead of silence.
"""

from __future__ import annotations

import logging
import re

from slack_bolt import App
from slack_sdk import WebClient

from bot.followups import ThreadMemory, resolve_follow_up
from bot.service import KnowledgeService
from bot.slack.blocks import answer_message, context, escape, failure_message, help_message, home_view, section
from bot.slack.chart_upload import post_chart, summary_arguments
from bot.slack.permissions import Admins
from bot.slack.uploads import add_shared_file
from bot.votes import FeedbackStore

MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
CHART_REQUEST = re.compile(r"^(?:chart|graph|plot)\b(?P<rest>.*)$", re.I | re.S)


def question_from(text: str) -> str:
    """The question in a mention, without the @-mentions of the bot."""
    return MENTION.sub(" ", text or "").strip()


def answered(service: KnowledgeService, feedback: FeedbackStore, question: str, user: str | None,
             channel: str | None, *, shareable: bool = False) -> dict:
    """The answer message for a question, logged in the feedback database and carrying its vote buttons."""
    answer = service.ask(question)
    answer_id = feedback.record_question(question, answer.status, user, channel)
    return answer_message(answer, shareable=shareable, answer_id=answer_id)


def reply(service: KnowledgeService, feedback: FeedbackStore, memory: ThreadMemory, client: WebClient, event: dict,
          logger: logging.Logger, thread_ts: str | None) -> None:
    """Answer the event's question in its channel (and thread), or apologise if that fails.

    A follow-up ("and Venezuela?") is read against the thread's previous question, and the reply says
    how it was read.  A DM without threads is one conversation.
    """
    channel = event["channel"]
    try:
        question = question_from(event.get("text", ""))
        chart = CHART_REQUEST.match(question)
        if not question:
            message = help_message()
        elif chart:  # "@Takedown Bot chart country Iran": the chart, in this thread
            by, filters = summary_arguments(chart.group("rest").split())
            message = post_chart(service, client, {"channel_id": channel}, "country" if by == "country" else
                                 "platform", filters, logger, thread_ts=thread_ts)
        else:
            key = (channel, thread_ts or "")
            previous = memory.recall(key)
            resolved = resolve_follow_up(question, previous, service.lexicon()) if previous else None
            message = answered(service, feedback, resolved or question, event.get("user"), channel)
            if resolved:
                message["blocks"].insert(0, context(f"Taking this as: \u201c{escape(resolved)}\u201d"))
            memory.remember(key, resolved or question)
    except Exception:
        logger.exception("answering %r failed", event.get("text"))
        message = failure_message()
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False,
                            **message)


def publish_home(service: KnowledgeService, admins: Admins, client: WebClient, user: str,
                 logger: logging.Logger) -> None:
    """Publish the user's Home tab (with the admin section for admins); a failure is logged, not raised."""
    try:
        view = home_view(service.home(), admin=admins.allows(user, client), last_reload=service.last_reload)
        client.views_publish(user_id=user, view=view)
    except Exception:
        logger.exception("publishing the Home tab failed")


def register(app: App, service: KnowledgeService, admins: Admins, feedback: FeedbackStore) -> None:
    memory = ThreadMemory()
    def app_mention_callback(event: dict, client: WebClient, logger: logging.Logger) -> None:
        if event.get("channel_type") in ("im", "mpim"):
            return  # a DM: answered once, by the message listener
        reply(service, feedback, memory, client, event, logger, thread_ts=event.get("thread_ts") or event["ts"])

    def direct_message_callback(event: dict, client: WebClient, logger: logging.Logger) -> None:
        if event.get("channel_type") != "im":
            return  # channel messages are answered only when they mention the bot
        if event.get("subtype") == "file_share":
            receive_files(event, client, logger)
            return
        reply(service, feedback, memory, client, event, logger, thread_ts=event.get("thread_ts"))

    def receive_files(event: dict, client: WebClient, logger: logging.Logger) -> None:
        """An admin's shared documents join the knowledge base; anyone else's are politely refused."""
        user = event.get("user", "")
        if not admins.allows(user, client):
            text = ("Thanks! Only the bot's admins can add documents to the knowledge base, so I haven't saved "
                    "this. Ask an admin to share it with me.")
        else:
            replies = []
            for shared in event.get("files") or []:
                try:
                    replies.append(add_shared_file(service, client, shared["id"], user, logger))
                except Exception:
                    logger.exception("adding shared file %s failed", shared.get("id"))
                    replies.append("Sorry, adding that file failed; the error has been logged. Nothing was saved.")
            text = "\n\n".join(replies) or "I didn't find a file in that message."
        client.chat_postMessage(channel=event["channel"], text=text, blocks=[section(text)], unfurl_links=False)

    def app_home_opened_callback(event: dict, client: WebClient, logger: logging.Logger) -> None:
        if event.get("tab") != "home":
            return
        publish_home(service, admins, client, event["user"], logger)

    app.event("app_mention")(app_mention_callback)
    app.event("message")(direct_message_callback)
    app.event("app_home_opened")(app_home_opened_callback)
