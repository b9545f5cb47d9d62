"""Buttons: "Share in channel" under a private `/takedowns` answer, "Did you mean…" choices, 👍/👎 on
every answer, and the admins' Reload on the Home tab."""

from __future__ import annotations

import logging
import re

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.service import KnowledgeService
from bot.slack import delivery
from bot.slack.blocks import (
    DID_YOU_MEAN_ACTION,
    RELOAD_ACTION,
    SHARE_ACTION,
    VOTE_ACTION,
    escape,
    failure_message,
)
from bot.slack.listeners.events import answered, publish_home
from bot.slack.permissions import Admins
from bot.votes import FeedbackStore


def register(app: App, service: KnowledgeService, admins: Admins, feedback: FeedbackStore) -> None:
    def share_answer_callback(ack: Ack, body: dict, action: dict, logger: logging.Logger) -> None:
        ack()
        question = action.get("value") or ""
        try:
            user = body.get("user", {}).get("id")
            message = answered(service, feedback, question, user, body.get("channel", {}).get("id"))
            shared_by = {"type": "context", "elements": [{"type": "mrkdwn", "text": (
                f"<@{user}> asked: \u201c{escape(question)}\u201d" if user else f"\u201c{escape(question)}\u201d")}]}
            message["blocks"].insert(0, shared_by)
            delivery.respond(body["response_url"], message, response_type="in_channel", delete_original=True)
        except Exception:
            logger.exception("sharing %r failed", question)
            delivery.respond(body["response_url"], failure_message())

    def reload_callback(ack: Ack, body: dict, client: WebClient, logger: logging.Logger) -> None:
        ack()
        user = body.get("user", {}).get("id")
        if not user or not admins.allows(user, client):
            return  # the button is only shown to admins; a forged click changes nothing
        try:
            service.reload(by=user)
        except Exception:
            logger.exception("reload from the Home tab failed")
        publish_home(service, admins, client, user, logger)  # shows the new figures and the reload's report

    def did_you_mean_callback(ack: Ack, body: dict, action: dict, logger: logging.Logger) -> None:
        ack()
        question = action.get("value") or ""
        try:  # the chosen reading replaces the question, where it was asked (a private reply stays private)
            private = body.get("container", {}).get("is_ephemeral", True)
            message = answered(service, feedback, question, body.get("user", {}).get("id"),
                               body.get("channel", {}).get("id"), shareable=private)
            delivery.respond(body["response_url"], message, replace_original=True,
                             response_type="ephemeral" if private else "in_channel")
        except Exception:
            logger.exception("answering the chosen reading %r failed", question)
            delivery.respond(body["response_url"], failure_message())

    def vote_callback(ack: Ack, body: dict, action: dict, logger: logging.Logger) -> None:
        ack()
        vote = action["action_id"].rsplit("_", 1)[-1]
        user = body.get("user", {}).get("id") or "unknown"
        try:
            known = feedback.record_vote(action.get("value") or "", user, vote)
            text = ("Thanks \u2014 noted. Admins read down-voted and unanswered questions to grow the knowledge base."
                    if known else "Sorry, I no longer know that answer, so the vote was not recorded.")
        except Exception:
            logger.exception("recording a vote failed")
            text = "Sorry, recording your vote failed; the error has been logged."
        delivery.respond(body["response_url"], {"text": text}, replace_original=False)

    app.action(SHARE_ACTION)(share_answer_callback)
    app.action(re.compile(rf"^{VOTE_ACTION}_(?:up|down)$"))(vote_callback)
    app.action(re.compile(rf"^{DID_YOU_MEAN_ACTION}_\d+$"))(did_you_mean_callback)
    app.action(RELOAD_ACTION)(reload_callback)
