"""Block Kit builders are pure functions: checked as plain dicts."""

from __future__ import annotations

from bot.answer import Answer, Citation
from bot.service import Source
from bot.slack.blocks import answer_message, escape, help_message, link, reload_message, sources_message
from bot.store import LoadReport


def test_escape_neutralises_slack_control_characters() -> None:
    assert escape("<!channel> & <@U1> <http://x|y>") == "&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://x|y&gt;"


def test_links_are_built_only_from_plain_urls() -> None:
    assert link("https://example.org/a", "A <b> | c") == "<https://example.org/a|A &lt;b&gt; / c>"
    assert link("javascript:alert(1)", "T") == "T"
    assert link("https://example.org/a|evil", "T") == "T"
    assert link(None, "T") == "T"


def test_answer_message_shows_at_most_six_sources_and_counts_the_rest() -> None:
    citations = [Citation(f"d{i}.md", f"Title {i}", None, f"2020-01-0{i % 9 + 1}", f"Quote {i}.")
                 for i in range(8)]
    message = answer_message(Answer("q", "answered", "Text", citations))
    contexts = [b for b in message["blocks"] if b["type"] == "context"]
    assert len(contexts) == 7
    assert contexts[0]["elements"][0]["text"] == "[1] Title 0 \u00b7 January 1, 2020 \u00b7 \u201cQuote 0.\u201d"
    assert contexts[-1]["elements"][0]["text"] == "\u2026 and 2 more sources."


def test_long_answer_is_clipped_to_slacks_section_limit() -> None:
    message = answer_message(Answer("q", "answered", "x" * 5000))
    assert len(message["blocks"][0]["text"]["text"]) == 2900
    assert message["blocks"][0]["text"]["text"].endswith("\u2026")
    assert len(message["text"]) == 3000


def test_no_share_button_on_no_answer() -> None:
    message = answer_message(Answer("q", "no_answer", "Nothing."), shareable=True)
    assert all(b["type"] != "actions" for b in message["blocks"])


def test_help_lists_every_subcommand() -> None:
    text = help_message()["blocks"][0]["text"]["text"]
    for subcommand in ("/takedowns <question>", "/takedowns summary", "/takedowns sources", "/takedowns reload"):
        assert subcommand in text


def test_reload_message() -> None:
    report = LoadReport(documents=3, facts=9, sentences=40, skipped=[("x.pdf", "unsupported format .pdf")],
                        added=["c.md"], removed=["a.md"], facts_before=10)
    assert reload_message(report)["text"].splitlines() == [
        "*Reloaded:* 3 documents, 9 takedown facts (was 10; -1).", "Added: `c.md`", "Removed: `a.md`",
        "Skipped `x.pdf`: unsupported format .pdf"]


def test_sources_are_split_into_sections_under_the_limit() -> None:
    sources = [Source(f"{i}.md", "T" * 200, None, "Pub", "2020-01-01", 1) for i in range(60)]
    blocks = sources_message(sources)["blocks"]
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks)
    assert sum(b["text"]["text"].count("\u2022") for b in blocks[1:]) == 60
