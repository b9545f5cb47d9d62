"""Mentions and DMs, driven as Slack drives them: signed HTTP requests to the running app."""

from __future__ import annotations

import concurrent.futures
import json
import logging
import time

import pytest

from tests.slack.conftest import ADMIN, USER, Bot
from tests.slack.fake_slack import BOT_ID, BOT_USER_ID

QUESTION = "How many Iran accounts did Twitter remove?"


def mention(text: str, ts: str = "1700000000.000100", **extra: object) -> dict:
    return {"type": "app_mention", "user": USER, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts, "channel": "C0001",
            "channel_type": "channel", **extra}


def dm(text: str, ts: str = "1700000001.000100", **extra: object) -> dict:
    return {"type": "message", "user": USER, "text": text, "ts": ts, "channel": "D0001", "channel_type": "im",
            **extra}


def test_mention_is_answered_in_the_thread_of_the_question(bot: Bot) -> None:
    assert bot.event(mention(QUESTION)).status == 200
    (call,) = bot.slack.wait_for("chat.postMessage")
    body = call.body
    assert (body["channel"], body["thread_ts"], body["unfurl_links"]) == ("C0001", "1700000000.000100", False)
    assert body["text"].startswith("Here is what the knowledge base reports for Twitter, Iran:\n")
    assert "Together: 2,901 accounts" in body["text"]
    section, *sources, votes = body["blocks"]
    assert section == {"type": "section", "text": {"type": "mrkdwn", "text": body["text"]}}
    assert [s["type"] for s in sources] == ["context", "context", "context"]
    assert [(b["action_id"], b["text"]["text"]) for b in votes["elements"]] == [
        ("vote_up", "\U0001f44d"), ("vote_down", "\U0001f44e")]
    assert sources[2]["elements"][0]["text"] == (
        "[3] Twitter says it removed fake accounts from Iran, Russia, Venezuela and Bangladesh \u00b7 January 31, "
        "2019 \u00b7 \u201cThe company also said it had \"identified and suspended 2,617 additional malicious "
        "accounts\" in Iran.\u201d")
    assert call.headers["Authorization"] == "Bearer xoxb-test"


def test_mention_inside_a_thread_stays_in_that_thread(bot: Bot) -> None:
    bot.event(mention(QUESTION, ts="1700000005.000200", thread_ts="1700000000.000100"))
    (call,) = bot.slack.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == "1700000000.000100"


def test_empty_mention_gets_help(bot: Bot) -> None:
    bot.event({**mention(""), "text": f"<@{BOT_USER_ID}>"})
    (call,) = bot.slack.wait_for("chat.postMessage")
    assert call.body["text"].startswith("Takedown Bot: ask about takedowns")


def test_direct_message_is_answered_in_the_dm(bot: Bot) -> None:
    bot.event(dm("Who tipped off Facebook about Liberty Front Press?"))
    (call,) = bot.slack.wait_for("chat.postMessage")
    assert call.body["channel"] == "D0001"
    assert "thread_ts" not in call.body
    assert call.body["text"].startswith("Who tipped off Facebook: FireEye.")


@pytest.mark.parametrize("ignored", [
    dm(QUESTION, bot_id="B0THER01"),
    dm(QUESTION, user=BOT_USER_ID, bot_id=BOT_ID),
    dm(QUESTION, subtype="message_changed"),
    dm(QUESTION, subtype="channel_join"),
    mention(QUESTION, bot_id="B0THER01"),
])
def test_bots_edits_and_subtypes_are_ignored(bot: Bot, ignored: dict) -> None:
    assert bot.event(ignored, event_id="EvIgnored").status == 200
    # the ignored event is dropped before Slack is acknowledged; a later question is the only one answered
    bot.event(dm("Who is Nathaniel Gleicher?"), event_id="EvSentinel")
    bot.slack.wait_for("chat.postMessage")
    calls = bot.slack.calls_to("chat.postMessage")
    assert [c.body["channel"] for c in calls] == ["D0001"]
    assert "head of cybersecurity policy" in calls[0].body["text"]


def test_a_retried_event_is_answered_once(bot: Bot) -> None:
    bot.event(mention(QUESTION), event_id="EvRetry")
    bot.slack.wait_for("chat.postMessage")
    for attempt in ("1", "2"):
        reply = bot.event(mention(QUESTION), event_id="EvRetry",
                          headers={"X-Slack-Retry-Num": attempt, "X-Slack-Retry-Reason": "http_timeout"})
        assert reply.status == 200
    bot.event(dm("Who is Nathaniel Gleicher?"), event_id="EvSentinel")
    bot.slack.wait_for("chat.postMessage", count=2)
    assert [c.body["channel"] for c in bot.slack.calls_to("chat.postMessage")] == ["C0001", "D0001"]


def test_a_burst_of_concurrent_mentions_is_answered_exactly_once_each(bot: Bot) -> None:
    events = [(f"EvBurst{i:02d}", mention(QUESTION, ts=f"1700000100.{i:06d}")) for i in range(24)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(lambda item: bot.event(item[1], event_id=item[0]).status, events * 2))
    assert statuses == [200] * 48
    calls = bot.slack.wait_for("chat.postMessage", count=24, timeout=30)
    bot.event(dm("Who is Nathaniel Gleicher?"), event_id="EvSentinel")
    calls = bot.slack.wait_for("chat.postMessage", count=25, timeout=30)
    threads = sorted(c.body["thread_ts"] for c in calls if c.body["channel"] == "C0001")
    assert threads == sorted(e["ts"] for _, e in events)


def test_rate_limited_reply_is_retried_until_it_arrives(bot: Bot) -> None:
    bot.slack.fail("chat.postMessage", 429, times=1, retry_after=1)
    started = time.monotonic()
    bot.event(mention(QUESTION))
    calls = bot.slack.wait_for("chat.postMessage", count=2, timeout=15)
    assert time.monotonic() - started >= 1.0  # it waited as long as Retry-After said
    assert calls[0].body == calls[1].body


def test_server_error_is_retried(bot: Bot) -> None:
    bot.slack.fail("chat.postMessage", 500, times=1)
    bot.event(mention(QUESTION))
    calls = bot.slack.wait_for("chat.postMessage", count=2, timeout=15)
    assert calls[1].body["thread_ts"] == "1700000000.000100"


def test_user_text_never_pings_or_formats(bot: Bot) -> None:
    bot.event(mention("<!channel> <!here> <@U999> who is Vladimir <Putin>? & friends"))
    (call,) = bot.slack.wait_for("chat.postMessage")
    everything = str(call.body)
    for raw in ("<!channel>", "<!here>", "<@U999>", "<Putin>"):
        assert raw not in everything


def test_off_topic_question_says_what_the_bot_knows(bot: Bot) -> None:
    bot.event(mention("What is the best pizza in Naples?"))
    (call,) = bot.slack.wait_for("chat.postMessage")
    assert call.body["text"].startswith("I found nothing in the knowledge base on")
    assert "It covers 2 documents" in call.body["text"]
    assert call.body["blocks"][-2]["elements"][0]["text"].startswith("Try: ")


def test_a_failure_is_logged_and_the_user_gets_a_kind_reply(bot: Bot, monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    def broken(_question: str) -> None:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(bot.service, "ask", broken)
    with caplog.at_level(logging.ERROR):
        bot.event(mention(QUESTION))
        (call,) = bot.slack.wait_for("chat.postMessage")
    assert call.body["text"].startswith("Sorry, something went wrong while answering.")
    assert "database on fire" not in str(call.body)
    assert any(r.exc_info and "database on fire" in str(r.exc_info[1]) for r in caplog.records)


def published_home(bot: Bot, count: int = 1) -> dict:
    view = bot.slack.wait_for("views.publish", count)[count - 1].body["view"]
    return json.loads(view) if isinstance(view, str) else view


def test_home_tab_shows_the_size_of_the_base_and_the_latest_takedowns(bot: Bot) -> None:
    bot.event({"type": "app_home_opened", "user": USER, "channel": "D0001", "tab": "home"})
    view = published_home(bot)
    assert bot.slack.calls_to("views.publish")[0].body["user_id"] == USER
    assert view["type"] == "home"
    texts = [b["text"]["text"] for b in view["blocks"] if b["type"] in ("section", "header")]
    assert texts[1] == ("*2* documents \u00b7 *6* takedowns \u00b7 *2* platforms \u00b7 *4* countries of origin "
                        "\u00b7 newest: *January 31, 2019*")
    assert texts[2] == "Latest takedowns"
    assert texts[3].splitlines()[1] == ("\u2022 Twitter suspended 2,617 accounts (in Iran), January 31, 2019 \u2014 "
                                        "Twitter says it removed fake accounts from Iran, Russia, Venezuela and "
                                        "Bangladesh")
    assert len(texts[3].splitlines()) == 5
    assert not [b for b in view["blocks"] if b["type"] == "actions"]  # no Reload button for a non-admin


def test_admins_reload_from_the_home_tab_and_see_the_report(bot: Bot) -> None:
    bot.event({"type": "app_home_opened", "user": ADMIN, "channel": "D0002", "tab": "home"})
    (actions,) = [b for b in published_home(bot)["blocks"] if b["type"] == "actions"]
    button = actions["elements"][0]
    assert (button["action_id"], button["text"]["text"]) == ("reload_knowledge", "Reload the knowledge base")
    (bot.knowledge / "new.md").write_text("---\ntitle: New\npublished: 2021-04-06\n---\nMeta said on Tuesday it "
                                          "removed 40 accounts run from Peru.\n", encoding="utf-8")
    assert bot.action({"action_id": "reload_knowledge", "type": "button"}, user=ADMIN).status == 200
    view = published_home(bot, 2)
    texts = [b["text"]["text"] if "text" in b else b["elements"][0]["text"] for b in view["blocks"]
             if b["type"] in ("section", "header", "context")]
    assert any(t and t.startswith("Last reload ") and t.endswith(f"by <@{ADMIN}>:") for t in texts)
    assert "*Reloaded:* 3 documents, 12 takedown facts (was 11; +1).\nAdded: `new.md`" in texts
    assert "newest: *April 6, 2021*" in texts[1]


def test_a_forged_reload_click_from_a_non_admin_changes_nothing(bot: Bot) -> None:
    (bot.knowledge / "new.md").write_text("---\ntitle: New\npublished: 2021-04-06\n---\nMeta removed 40 accounts "
                                          "run from Peru.\n", encoding="utf-8")
    assert bot.action({"action_id": "reload_knowledge", "type": "button"}, user=USER).status == 200
    bot.slack.wait_for("users.info")
    assert bot.service.last_reload is None
    assert bot.slack.calls_to("views.publish") == []


def shared_file_event(user: str, file_id: str = "F0100") -> dict:
    return {"type": "message", "subtype": "file_share", "channel": "D0009", "channel_type": "im", "user": user,
            "text": "", "ts": "1700000000.000100", "files": [{"id": file_id}]}


def test_an_admin_shares_a_document_that_becomes_answerable(bot: Bot) -> None:
    bot.slack.share_file("F0100", "../Peru Brief (final).MD", (
        b"---\ntitle: Meta removes Peru network\npublished: 2021-04-06\n---\n"
        b"Meta said on Tuesday it removed 40 accounts run from Peru.\n"))
    assert bot.event(shared_file_event(ADMIN), event_id="EvFile1").status == 200
    (call,) = bot.slack.wait_for("chat.postMessage")
    assert call.body["channel"] == "D0009"
    assert call.body["text"] == (
        "Added `peru-brief-final.md` and reloaded: 3 documents, 12 takedown facts. I found 1 fact in it:\n"
        "\u2022 Facebook removed 40 accounts (run from Peru), April 6, 2021 \u2014 \u201cMeta said on Tuesday it "
        "removed 40 accounts run from Peru.\u201d")
    assert (bot.knowledge / "peru-brief-final.md").exists()
    assert [c.headers.get("Authorization") for c in bot.slack.calls if c.method.startswith("GET ")] == [
        "Bearer xoxb-test"]
    assert "40 accounts" in bot.service.ask("How many Peruvian accounts did Facebook remove?").text


def test_a_non_admin_s_file_is_politely_refused_and_not_downloaded(bot: Bot) -> None:
    bot.slack.share_file("F0100", "peru.md", b"---\ntitle: t\n---\nMeta removed 40 accounts run from Peru.\n")
    bot.event(shared_file_event(USER), event_id="EvFile2")
    (call,) = bot.slack.wait_for("chat.postMessage")
    assert call.body["text"].startswith("Thanks! Only the bot's admins can add documents")
    assert bot.slack.calls_to("files.info") == []
    assert sorted(p.name for p in bot.knowledge.iterdir()) == ["000_c6b3c29f4711212a.txt", "002_f29ceca511a13dd7.txt"]


@pytest.mark.parametrize(("name", "content", "size", "reason"), [
    ("scan.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, None,
     "I can't add `scan.md`: binary file (contains NUL bytes), not a text document. Nothing was saved."),
    ("slides.pdf", b"%PDF-1.4", None,
     "I can't add `slides.pdf`: only .txt, .md and .html documents go in the knowledge base. Nothing was saved."),
    ("huge.txt", b"x", 6_000_000, "I can't add `huge.txt`: it is 6,000,000 bytes; the limit is 5,000,000."),
])
def test_unusable_files_are_explained_and_nothing_is_saved(bot: Bot, name: str, content: bytes, size: int | None,
                                                          reason: str) -> None:
    bot.slack.share_file("F0100", name, content, size=size)
    bot.event(shared_file_event(ADMIN), event_id="EvFile3")
    (call,) = bot.slack.wait_for("chat.postMessage")
    assert call.body["text"] == reason
    assert sorted(p.name for p in bot.knowledge.iterdir()) == ["000_c6b3c29f4711212a.txt", "002_f29ceca511a13dd7.txt"]
    assert bot.service.last_reload is None


def test_votes_are_stored_and_admins_read_the_backlog(bot: Bot) -> None:
    bot.event(mention("What is the best pizza in Naples?"), event_id="EvV1")
    bot.event(mention(QUESTION, ts="1700000000.000200"), event_id="EvV2")
    calls = bot.slack.wait_for("chat.postMessage", 2)
    by_text = {c.body["text"][:10]: c.body["blocks"][-1]["elements"] for c in calls}
    answered = next(v for k, v in by_text.items() if k.startswith("Here is"))
    vote_down = next(b for b in answered if b["action_id"] == "vote_down")
    bot.action({**vote_down, "type": "button"}, user=USER, response="vote")
    assert bot.slack.wait_for("response/vote")[0].body["text"].startswith("Thanks \u2014 noted.")
    bot.command("feedback", user=USER, response="refused")
    assert bot.slack.wait_for("response/refused")[0].body["text"] == (
        "Sorry, only the bot's admins can read the feedback backlog. Nothing was changed.")
    bot.command("feedback", user=ADMIN, response="backlog")
    text = bot.slack.wait_for("response/backlog")[0].body["text"]
    lines = text.splitlines()
    assert lines[0] == "*Questions the knowledge base could not answer*"
    assert lines[1].startswith("\u2022 \u201cWhat is the best pizza in Naples?\u201d \u2014 asked 1\u00d7, last ")
    assert lines[3] == "*Answers voted down*"
    assert lines[4].startswith(f"\u2022 \u201c{QUESTION}\u201d \u2014 \U0001f44e 1 \u00b7 \U0001f44d 0, last ")
    assert bot.service.db_path.with_name("knowledge.feedback.sqlite").exists()  # its own file, not the knowledge base


def test_a_follow_up_in_the_thread_is_read_against_the_earlier_question(bot: Bot) -> None:
    bot.event(mention(QUESTION), event_id="EvT1")
    bot.slack.wait_for("chat.postMessage")
    bot.event(mention("and Venezuela?", ts="1700000000.000300", thread_ts="1700000000.000100"), event_id="EvT2")
    second = bot.slack.wait_for("chat.postMessage", 2)[1].body
    assert second["thread_ts"] == "1700000000.000100"
    assert second["blocks"][0] == {"type": "context", "elements": [{"type": "mrkdwn", "text":
                                   "Taking this as: \u201cHow many Venezuela accounts did Twitter remove?\u201d"}]}
    assert second["text"].startswith("Here is what the knowledge base reports for Twitter, Venezuela:")
    # another thread knows nothing of it
    bot.event(mention("and Venezuela?", ts="1700000000.000500"), event_id="EvT3")
    third = bot.slack.wait_for("chat.postMessage", 3)[2].body
    assert third["blocks"][0]["type"] != "context"


def test_a_chart_asked_in_a_thread_is_uploaded_into_that_thread(bot: Bot) -> None:
    bot.event(mention("chart country", ts="1700000000.000700", thread_ts="1700000000.000600"), event_id="EvC1")
    bot.slack.wait_for("files.getUploadURLExternal")
    (complete,) = bot.slack.wait_for("files.completeUploadExternal")
    (upload,) = bot.slack.wait_for("upload/F0001")
    assert upload.raw[:8] == b"\x89PNG\r\n\x1a\n"
    assert (complete.body["channel_id"], complete.body["thread_ts"]) == ("C0001", "1700000000.000600")
    (reply,) = bot.slack.wait_for("chat.postMessage")
    assert reply.body["thread_ts"] == "1700000000.000600"
    assert reply.body["text"].startswith("Posted the chart in this conversation. Takedowns per year by country")
