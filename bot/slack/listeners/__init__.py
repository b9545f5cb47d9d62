"""Listeners grouped by Slack surface, each package with a `register(app, …)`, as in Slack's samples."""

from __future__ import annotations

from slack_bolt import App

from bot.service import KnowledgeService
from bot.slack.listeners import actions, commands, events
from bot.slack.permissions import Admins
from bot.votes import FeedbackStore


def register_listeners(app: App, service: KnowledgeService, admins: Admins, feedback: FeedbackStore) -> None:
    events.register(app, service, admins, feedback)
    commands.register(app, service, admins, feedback)
    actions.register(app, service, admins, feedback)
