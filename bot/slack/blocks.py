"""Block Kit messages, as pure functions: data in, the message dict Slack receives out.

Every piece of text that came from a user or a document goes through `escape`, so a question
containing `<!channel>` or `<@U123>` can never ping anyone or forge a link.  Every message has a
plain `text` fallback for notifications and screen readers.
"""

from __future__ import annotations

import re

from bot.answer import EXAMPLES, Answer
from bot.service import Home, Reload, Source
from bot.store import LoadReport
from bot.summary import Summary
from bot.votes import Backlog
from bot.wording import format_date

SECTION_LIMIT = 2900  # Slack allows 3,000 characters in a section; keep room for the ellipsis
CONTEXT_LIMIT = 1900
MAX_SOURCES_SHOWN = 6
SHARE_ACTION = "share_answer"
RELOAD_ACTION = "reload_knowledge"
DID_YOU_MEAN_ACTION = "did_you_mean"
VOTE_ACTION = "vote"

def escape(text: str) -> str:
    """Slack's three control characters, escaped: nothing in the text can ping, link or format as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def link(url: str | None, label: str) -> str:
    """A mrkdwn link we build ourselves; a URL Slack could misread is shown as plain text instead."""
    if url and re.fullmatch(r"https?://[^\s|<>]+", url):
        return f"<{url}|{escape(label).replace('|', '/')}>"
    return escape(label)


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _clip(text, SECTION_LIMIT)}}


def context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(text, CONTEXT_LIMIT)}]}


def answer_message(answer: Answer, *, shareable: bool = False, answer_id: str | None = None) -> dict:
    """An answer: the reply, then one compact context line per source (linked title, date, the quote)."""
    blocks = [section(escape(answer.text))]
    for number, citation in enumerate(answer.citations[:MAX_SOURCES_SHOWN], start=1):
        when = format_date(citation.published) if citation.published else "undated"
        blocks.append(context(f"[{number}] {link(citation.url, citation.title)} \u00b7 {when} \u00b7 "
                              f"\u201c{escape(citation.quote)}\u201d"))
    hidden = len(answer.citations) - MAX_SOURCES_SHOWN
    if hidden > 0:
        blocks.append(context(f"\u2026 and {hidden} more source{'s' * (hidden != 1)}."))
    if answer.status == "no_answer":
        blocks.append(context("Try: " + " \u00b7 ".join(f"\u201c{q}\u201d" for q in EXAMPLES[:2])))
    if answer.status == "clarify" and answer.rephrased:  # "Did you mean…": one click asks the clearer question
        blocks.append({"type": "actions", "elements": [{
            "type": "button", "action_id": f"{DID_YOU_MEAN_ACTION}_{number}",
            "text": {"type": "plain_text", "text": _clip(choice, 75)}, "value": _clip(question, 1900)}
            for number, (choice, question) in enumerate(zip(answer.choices, answer.rephrased, strict=False))][:5]})
    buttons = []
    if shareable and answer.status == "answered":
        buttons.append({"type": "button", "action_id": SHARE_ACTION, "value": _clip(answer.question, 1900),
                        "text": {"type": "plain_text", "text": "Share in channel"}})
    if answer_id:  # 👍/👎: what people think of answers is the knowledge base's backlog
        buttons += [{"type": "button", "action_id": f"{VOTE_ACTION}_{vote}", "value": answer_id,
                     "text": {"type": "plain_text", "text": label, "emoji": True}}
                    for vote, label in (("up", "\U0001f44d"), ("down", "\U0001f44e"))]
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    return {"text": _clip(escape(answer.text), 3000), "blocks": blocks}


def backlog_message(backlog: Backlog) -> dict:
    """`/takedowns feedback`: questions that got no answer, and answers people voted down."""
    lines = ["*Questions the knowledge base could not answer*"]
    lines += [f"\u2022 \u201c{escape(i.question)}\u201d \u2014 asked {i.times}\u00d7, last {escape(i.last[:10])}"
              for i in backlog.unanswered] or ["None so far."]
    lines += ["", "*Answers voted down*"]
    lines += [f"\u2022 \u201c{escape(i.question)}\u201d \u2014 \U0001f44e {i.down} \u00b7 \U0001f44d {i.up}, "
              f"last {escape(i.last[:10])}" for i in backlog.disliked] or ["None so far."]
    text = "\n".join(lines)
    return {"text": _clip(text, 3000), "blocks": [section(text)]}


def help_message() -> dict:
    """What the bot does, with examples: `/takedowns help`, an empty `/takedowns`, an empty mention."""
    lines = [
        "*Takedown Bot* answers questions about platforms' takedowns of fake and state-backed networks, "
        "citing the document, date and sentence behind every figure.",
        "\u2022 `/takedowns <question>` \u2014 an answer only you see, with a button to share it",
        "\u2022 `/takedowns summary [platform|country|year\u2026]` \u2014 takedowns grouped by platform, country "
        "and year, with a chart; `/takedowns chart [country] [Iran|TikTok|2020\u2026]` \u2014 the chart alone",
        "\u2022 `/takedowns sources` \u2014 the documents in the knowledge base",
        "\u2022 `/takedowns reload` \u2014 admins: reload the knowledge base; `/takedowns feedback` \u2014 "
        "admins: unanswered and down-voted questions",
        "\u2022 Mention me in a channel or write to me directly to ask in a thread.",
        "Examples: " + " \u00b7 ".join(f"\u201c{q}\u201d" for q in EXAMPLES),
    ]
    return {"text": "Takedown Bot: ask about takedowns of fake networks; /takedowns help for more.",
            "blocks": [section("\n".join(lines))]}


def summary_message(summary: Summary) -> dict:
    """The summary table in a code block (fixed width), with its note."""
    table = summary.as_text()
    return {"text": _clip(escape(table), 3000), "blocks": [section(f"```{escape(table)}```")]}


def sources_message(sources: list[Source]) -> dict:
    if not sources:
        return {"text": "The knowledge base has no documents yet.",
                "blocks": [section("The knowledge base has no documents yet.")]}
    lines = [f"\u2022 {link(s.url, s.title)} \u2014 {escape(s.publisher or s.path)}, "
             f"{format_date(s.published) if s.published else 'undated'} ({s.facts} fact{'s' * (s.facts != 1)})"
             for s in sources]
    head = f"*{len(sources)} document{'s' * (len(sources) != 1)} in the knowledge base:*"
    blocks = [section(head)]
    chunk: list[str] = []
    for line in lines:
        if sum(len(x) + 1 for x in chunk) + len(line) > SECTION_LIMIT or len(chunk) == 25:
            blocks.append(section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
        if len(blocks) >= 48:
            break
    if chunk and len(blocks) < 49:
        blocks.append(section("\n".join(chunk)))
    return {"text": f"{len(sources)} documents in the knowledge base.", "blocks": blocks}


def reload_message(report: LoadReport) -> dict:
    """What a reload changed: documents and facts added and removed, files skipped and why."""
    before = report.facts_before if report.facts_before is not None else 0
    lines = [f"*Reloaded:* {report.documents} document{'s' * (report.documents != 1)}, {report.facts} takedown "
             f"fact{'s' * (report.facts != 1)} (was {before}; {report.facts - before:+d})."]
    if report.added:
        lines.append("Added: " + ", ".join(f"`{escape(p)}`" for p in report.added))
    if report.removed:
        lines.append("Removed: " + ", ".join(f"`{escape(p)}`" for p in report.removed))
    if not report.added and not report.removed:
        lines.append("No documents added or removed.")
    for path, reason in report.skipped:
        lines.append(f"Skipped `{escape(path)}`: {escape(reason)}")
    text = "\n".join(lines)
    return {"text": _clip(text, 3000), "blocks": [section(text)]}


def text_message(text: str) -> dict:
    """A plain reply (our own words; anything from users or documents in it must be escaped first)."""
    return {"text": _clip(text, 3000), "blocks": [section(text)]}


def refusal_message(what: str = "reload the knowledge base") -> dict:
    text = f"Sorry, only the bot's admins can {what}. Nothing was changed."
    return {"text": text, "blocks": [section(text)]}


def failure_message() -> dict:
    text = ("Sorry, something went wrong while answering. The error has been logged; please try again, "
            "or ask an admin if it keeps happening.")
    return {"text": text, "blocks": [section(text)]}


def home_view(home: Home, *, admin: bool = False, last_reload: Reload | None = None) -> dict:
    """The App Home tab: the size of the knowledge base, the latest takedowns with their sources, how
    to ask, and for admins a Reload button with the last reload's report."""
    latest = format_date(home.latest) if home.latest else "no dated takedowns yet"
    size = (f"*{home.documents:,}* documents · *{home.takedowns:,}* takedowns · *{home.platforms}* platforms"
            f" · *{home.countries}* countries of origin · newest: *{latest}*")
    blocks: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Takedown Bot"}},
        section(size),
        {"type": "header", "text": {"type": "plain_text", "text": "Latest takedowns"}},
    ]
    if home.recent:
        blocks.append(section("\n".join(f"\u2022 {escape(r.line)} \u2014 {link(r.url, r.title)}" for r in home.recent)))
    else:
        blocks.append(section("The knowledge base has no takedowns yet."))
    blocks += [{"type": "divider"}, *help_message()["blocks"]]
    if admin:
        blocks += [{"type": "divider"},
                   {"type": "header", "text": {"type": "plain_text", "text": "Admin"}},
                   {"type": "actions", "elements": [{
                       "type": "button", "action_id": RELOAD_ACTION, "style": "primary",
                       "text": {"type": "plain_text", "text": "Reload the knowledge base"}}]}]
        if last_reload is not None:
            by = f" by <@{last_reload.by}>" if last_reload.by else ""
            blocks.append(context(f"Last reload {escape(last_reload.at)}{by}:"))
            blocks += reload_message(last_reload.report)["blocks"]
    return {"type": "home", "blocks": blocks[:100]}
