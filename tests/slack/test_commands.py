"""`/takedowns` and its subcommands, the share button, signatures and the health check."""

from __future__ import annotations

import json
import time

from tests.slack.conftest import ADMIN, SIGNING_SECRET, USER, Bot

NEW_DOCUMENT = """\
---
title: A network from Ruritania
url: https://example.org/ruritania
publisher: Example Wire
published: 2021-06-01
---
TikTok said on Tuesday it removed 4,321 accounts operated from Moldova.
"""


def response(bot: Bot, name: str = "1", count: int = 1) -> dict:
    return bot.slack.wait_for(f"response/{name}", count=count)[-1].body


def test_question_is_acknowledged_at_once_and_answered_privately_with_a_share_button(bot: Bot) -> None:
    reply = bot.command("How many Venezuelan accounts did Twitter take down?")
    assert (reply.status, reply.body) == (200, "")
    body = response(bot)
    assert body["response_type"] == "ephemeral"
    assert "more than 1,000 accounts (located in Venezuela)" in body["text"]
    share, *votes = body["blocks"][-1]["elements"]
    assert share == {"type": "button", "action_id": "share_answer", "text": {"type": "plain_text",
                     "text": "Share in channel"}, "value": "How many Venezuelan accounts did Twitter take down?"}
    assert [b["action_id"] for b in votes] == ["vote_up", "vote_down"]


def test_share_button_posts_the_answer_in_the_channel(bot: Bot) -> None:
    reply = bot.action({"action_id": "share_answer", "type": "button", "block_id": "b1",
                        "value": "How many Venezuelan accounts did Twitter take down?", "action_ts": "1.2"})
    assert reply.status == 200
    body = response(bot, "share")
    assert (body["response_type"], body["delete_original"]) == ("in_channel", True)
    assert body["blocks"][0]["elements"][0]["text"] == (
        f"<@{USER}> asked: \u201cHow many Venezuelan accounts did Twitter take down?\u201d")
    assert "more than 1,000 accounts" in body["text"]


def test_help_and_empty_command(bot: Bot) -> None:
    for text, name in (("help", "a"), ("", "b")):
        form_reply = bot.command(text, response=name)
        assert form_reply.status == 200
        assert response(bot, name)["text"].startswith("Takedown Bot: ask about takedowns")


def test_summary(bot: Bot) -> None:
    bot.command("summary country")
    body = response(bot)
    table = body["blocks"][0]["text"]["text"]
    assert table.startswith("```Country")
    assert "Iran" in table and "3,553" in table


def test_summary_with_filters(bot: Bot) -> None:
    bot.command("summary year Twitter")
    table = response(bot)["blocks"][0]["text"]["text"]
    assert table.startswith("```Filters: Twitter\nYear")


def test_sources(bot: Bot) -> None:
    bot.command("sources")
    body = response(bot)
    assert body["blocks"][0]["text"]["text"] == "*2 documents in the knowledge base:*"
    listing = body["blocks"][1]["text"]["text"]
    assert listing.splitlines() == [
        "\u2022 Twitter says it removed fake accounts from Iran, Russia, Venezuela and Bangladesh \u2014 "
        "002_f29ceca511a13dd7.txt, January 31, 2019 (4 facts)",
        "\u2022 Social media giants Facebook and Twitter announced Tuesday they were removing accounts, groups and "
        "pages suspected of spreading fake\u2026 \u2014 000_c6b3c29f4711212a.txt, August 21, 2018 (7 facts)",
    ]


def test_admin_reload_makes_a_new_document_answerable(bot: Bot) -> None:
    question = "How many accounts did TikTok remove from Moldova?"
    bot.command(question, response="before")
    assert response(bot, "before")["text"].startswith("I found nothing in the knowledge base on TikTok + Moldova.")
    (bot.knowledge / "tiktok.md").write_text(NEW_DOCUMENT, encoding="utf-8")
    (bot.knowledge / "broken.md").write_text("---\ntitle: [oops\n---\nText.\n", encoding="utf-8")

    reply = bot.command("reload", user=ADMIN, response="reload")
    assert reply.status == 200
    assert json.loads(reply.body) == {"text": "Reloading the knowledge base\u2026", "response_type": "ephemeral"}
    report = response(bot, "reload")["blocks"][0]["text"]["text"]
    assert report.splitlines() == [
        "*Reloaded:* 3 documents, 12 takedown facts (was 11; +1).",
        "Added: `tiktok.md`",
        "Skipped `broken.md`: malformed front matter at line 2: not valid YAML",
    ]
    bot.command(question, response="after")
    assert "TikTok removed 4,321 accounts (operated from Moldova), June 1, 2021 [1]" in response(bot, "after")["text"]


def test_workspace_admin_may_reload(bot: Bot) -> None:
    bot.slack.workspace_admins.add("UOWNER01")
    bot.command("reload", user="UOWNER01")
    assert response(bot)["text"].startswith("*Reloaded:* 2 documents")
    assert bot.slack.calls_to("users.info")[0].body["user"] == "UOWNER01"


def test_anyone_else_is_refused_and_nothing_changes(bot: Bot) -> None:
    (bot.knowledge / "tiktok.md").write_text(NEW_DOCUMENT, encoding="utf-8")
    before = bot.service.db_path.stat().st_mtime_ns
    bot.command("reload", user=USER)
    assert response(bot)["text"] == "Sorry, only the bot's admins can reload the knowledge base. Nothing was changed."
    assert bot.service.db_path.stat().st_mtime_ns == before
    bot.command("How many accounts did TikTok remove from Moldova?", response="q")
    assert response(bot, "q")["text"].startswith("I found nothing in the knowledge base")


def test_response_url_rate_limit_is_retried(bot: Bot) -> None:
    bot.slack.fail("response/1", 429, times=1, retry_after=1)
    bot.command("Who is Nathaniel Gleicher?")
    calls = bot.slack.wait_for("response/1", count=2, timeout=15)
    assert "head of cybersecurity policy" in calls[1].body["text"]


def test_forged_signature_is_refused_and_nothing_runs(bot: Bot) -> None:
    reply = bot.post("command=%2Ftakedowns&text=help&response_url=x", "application/x-www-form-urlencoded",
                     secret="not-the-secret")
    assert reply.status == 401
    assert [c.method for c in bot.slack.calls] == ["auth.test"]


def test_stale_request_is_refused(bot: Bot) -> None:
    stale = int(time.time()) - 6 * 60
    reply = bot.post("command=%2Ftakedowns&text=help&response_url=x", "application/x-www-form-urlencoded",
                     timestamp=stale, secret=SIGNING_SECRET)
    assert reply.status == 401
    assert [c.method for c in bot.slack.calls] == ["auth.test"]


def test_health_check(bot: Bot) -> None:
    reply = bot.get("healthz")
    assert (reply.status, reply.json()) == (200, {"ok": True, "documents": 2})
    assert bot.get("nowhere").status == 404


def test_a_failing_command_gets_a_kind_reply_not_a_stack_trace(bot: Bot, monkeypatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(bot.service, "summary", broken)
    bot.command("summary")
    body = response(bot)
    assert body["text"].startswith("Sorry, something went wrong while answering.")
    assert "disk on fire" not in json.dumps(body)


def test_did_you_mean_offers_buttons_and_a_click_answers_the_chosen_question(bot: Bot) -> None:
    bot.command("how many accounts?")
    body = response(bot)
    assert body["text"].startswith("Which takedowns do you mean?")
    buttons = body["blocks"][-2]["elements"]
    assert [(b["action_id"], b["text"]["text"], b["value"]) for b in buttons] == [
        ("did_you_mean_0", "Twitter", "how many accounts on Twitter?"),
        ("did_you_mean_1", "Facebook", "how many accounts on Facebook?")]
    bot.action({**buttons[1], "type": "button"}, response="choice",
               container={"type": "message", "is_ephemeral": True})
    chosen = response(bot, "choice")
    assert (chosen["response_type"], chosen["replace_original"]) == ("ephemeral", True)
    assert chosen["text"].startswith("Here is what the knowledge base reports for Facebook:")
    assert "652 accounts" in chosen["text"]


def test_summary_posts_its_chart_with_the_three_upload_calls(bot: Bot) -> None:
    bot.command("summary country", response="chart")
    assert response(bot, "chart")["text"].startswith("Country")
    (get_url,) = bot.slack.wait_for("files.getUploadURLExternal")
    (upload,) = bot.slack.wait_for("upload/F0001")
    (complete,) = bot.slack.wait_for("files.completeUploadExternal")
    assert get_url.body["filename"] == "takedowns.png"
    assert get_url.body["alt_txt"].startswith("Takedowns per year by country of origin, 2018 to 2019: a stacked bar")
    assert int(get_url.body["length"]) == len(upload.raw)
    assert upload.raw[:8] == b"\x89PNG\r\n\x1a\n"
    assert complete.body["channel_id"] == "C0001"
    assert json.loads(complete.body["files"]) == [{"id": "F0001", "title": "Takedowns per year by country of origin"}]
    assert complete.body["initial_comment"].startswith("Takedowns per year by country of origin (")


def test_chart_alone_with_a_filter_and_with_nothing_to_chart(bot: Bot) -> None:
    bot.command("chart Iran", response="c1")
    assert response(bot, "c1")["text"].startswith(
        "Posted the chart in this conversation. Takedowns per year by platform \u2014 Iran, ")
    bot.slack.wait_for("files.completeUploadExternal")
    bot.command("chart Reddit", response="c2")
    assert response(bot, "c2")["text"] == ("Nothing to chart: there are no dated takedowns with a figure for "
                                          "Reddit to chart.")


def test_a_chart_that_cannot_be_posted_says_so_and_the_summary_still_arrives(bot: Bot) -> None:
    bot.slack.fail("files.getUploadURLExternal", 400)
    bot.command("chart", response="c3")
    assert response(bot, "c3")["text"].startswith("I couldn't post the chart here")
