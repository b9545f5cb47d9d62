"""Documents an admin shares with the bot in a DM: fetched from Slack, checked, saved, reloaded, reported.

Slack sends a `message` event with the file's ID; the bot asks `files.info` for its name, size and
private download URL, and downloads it with its own token.  Nothing is saved unless the whole file
arrived, is small enough and reads as a knowledge document.
"""

from __future__ import annotations

import logging
import urllib.request
from urllib.parse import urlparse

from slack_sdk import WebClient

from bot.answer import describe_fact
from bot.documents import MAX_BYTES, SUPPORTED_SUFFIXES, DocumentError
from bot.service import KnowledgeService
from bot.slack.blocks import escape

SLACK_FILE_HOSTS = {"files.slack.com"}


def _download(client: WebClient, url: str) -> bytes:
    """The file's bytes, with the bot token; only from Slack's file host (or the API stand-in in tests)."""
    host = urlparse(url).hostname
    allowed = SLACK_FILE_HOSTS | {urlparse(client.base_url).hostname}
    if host not in allowed:
        raise DocumentError(f"the download link points outside Slack ({host})")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {client.token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        raw = response.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise DocumentError(f"too large (over {MAX_BYTES:,} bytes)")
    return raw


def add_shared_file(service: KnowledgeService, client: WebClient, file_id: str, user: str,
                    logger: logging.Logger) -> str:
    """Add one shared file to the knowledge base; the reply for the admin (the facts found, or why not)."""
    info = client.files_info(file=file_id)["file"]
    name = info.get("name") or info.get("title") or "document"
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in SUPPORTED_SUFFIXES:
        return (f"I can't add `{escape(name)}`: only .txt, .md and .html documents go in the knowledge base. "
                "Nothing was saved.")
    if int(info.get("size") or 0) > MAX_BYTES:
        return f"I can't add `{escape(name)}`: it is {int(info['size']):,} bytes; the limit is {MAX_BYTES:,}."
    try:
        raw = _download(client, info["url_private_download"])
        saved, report = service.add_document(name, raw, by=user)
    except DocumentError as error:
        return f"I can't add `{escape(name)}`: {escape(str(error))}. Nothing was saved."
    except OSError:
        logger.exception("downloading %s failed", file_id)
        return f"I couldn't download `{escape(name)}` from Slack. Nothing was saved; please share it again."
    facts = service.facts_in(saved)
    head = (f"Added `{escape(saved)}` and reloaded: {report.documents} documents, {report.facts} takedown facts. "
            f"I found {len(facts)} fact{'s' * (len(facts) != 1)} in it" + (":" if facts else
                                                                            " \u2014 please check its wording."))
    lines = [f"\u2022 {escape(describe_fact(f))} \u2014 \u201c{escape(f['quote'])}\u201d" for f in facts[:15]]
    if len(facts) > 15:
        lines.append(f"\u2026 and {len(facts) - 15} more.")
    return "\n".join([head, *lines])
