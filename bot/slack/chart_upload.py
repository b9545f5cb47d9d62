"""Charts posted into Slack conversations, for `/takedowns summary|chart` and "@Takedown Bot chart …"."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.chart import alt_text, render_png
from bot.service import KnowledgeService
from bot.slack.blocks import escape, text_message
from bot.summary import SUMMARY_DIMENSIONS


def summary_arguments(words: list[str]) -> tuple[str, list[str]]:
    """`summary country Iran 2019` -> ("country", ["Iran", "2019"]); grouping by platform unless named."""
    if words and words[0].lower() in SUMMARY_DIMENSIONS:
        return words[0].lower(), words[1:]
    if words and words[0].lower() == "by" and len(words) > 1 and words[1].lower() in SUMMARY_DIMENSIONS:
        return words[1].lower(), words[2:]
    return "platform", words


def post_chart(service: KnowledgeService, client: WebClient, command: dict, by: str, filters: list[str],
               logger: logging.Logger, thread_ts: str | None = None) -> dict:
    """Upload the chart into the conversation (and thread) it was asked in; the reply says what happened."""
    try:
        data = service.chart(by, filters)
    except ValueError as error:
        return text_message(f"Nothing to chart: {escape(str(error))}.")
    alt = alt_text(data)
    try:
        client.files_upload_v2(channel=command["channel_id"], thread_ts=thread_ts, file=render_png(data),
                               filename="takedowns.png",
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
