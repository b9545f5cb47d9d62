"""The SQLite knowledge base: its tables, atomic rebuilds, staleness."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from bot import store
from bot.answer import answer_question
from bot.store import build, is_stale
from tests.conftest import kb_from, write_docs

DOC = """\
---
title: A takedown
url: https://example.org/a
publisher: Example
published: 2021-02-23
---
Twitter said on Tuesday it removed 35 accounts that had ties to the Government of Armenia.
"""


def test_tables_are_plain_sqlite_with_fts(tmp_path: Path, seeds_dir: Path) -> None:
    db_path = tmp_path / "kb.db"
    report = build(seeds_dir, db_path)
    assert (report.documents, report.facts, report.skipped) == (2, 11, [])
    db = sqlite_utils.Database(db_path)
    assert {"documents", "sentences", "sentences_fts", "facts", "fact_countries", "tips", "vocabulary",
            "words", "meta"} <= set(db.table_names())
    hits = [row["text"] for row in db["sentences"].search("FireEye")]
    assert hits == ["The U.S. tech giant received a tip in July from cybersecurity firm FireEye about Liberty "
                    "Front Press, which describes itself as a network of independent media organizations."]
    fact = next(db.query("select * from facts where count = 2617"))
    assert (fact["platform"], fact["unit"], json.loads(fact["origins"]), fact["announced"]) == (
        "Twitter", "accounts", ["Iran"], "2019-01-31")
    assert db.execute("select count(*) from vocabulary where term = 'x' and canonical = 'Twitter'").fetchone()[0] == 1


def test_origins_are_indexed_per_country(tmp_path: Path, seeds_dir: Path) -> None:
    db_path = tmp_path / "kb.db"
    build(seeds_dir, db_path)
    db = sqlite_utils.Database(db_path)
    rows = db.execute("select f.count from fact_countries c join facts f on f.id = c.fact "
                      "where c.country = 'Bangladesh' and c.role = 'origin'").fetchall()
    assert rows == [(None,)]


def test_failed_build_leaves_the_old_database_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"a.md": DOC})
    db_path = tmp_path / "kb.db"
    build(knowledge, db_path)
    before = db_path.read_bytes()

    def explode(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_takedown_groups", explode)
    with pytest.raises(RuntimeError):
        build(knowledge, db_path)
    assert db_path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".building")] == []


def test_rebuild_reports_added_and_removed_documents(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"a.md": DOC})
    db_path = tmp_path / "kb.db"
    build(knowledge, db_path)
    (knowledge / "b.md").write_text(DOC.replace("35 accounts", "40 accounts"), encoding="utf-8")
    (knowledge / "a.md").unlink()
    report = build(knowledge, db_path)
    assert (report.added, report.removed, report.facts_before, report.facts) == (["b.md"], ["a.md"], 1, 1)


def test_staleness(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"a.md": DOC})
    db_path = tmp_path / "kb.db"
    assert is_stale(db_path, knowledge)
    build(knowledge, db_path)
    assert not is_stale(db_path, knowledge)
    earlier = os.stat(knowledge / "a.md").st_mtime - 100
    os.utime(db_path, (earlier, earlier))  # the knowledge changed after this database was built
    assert is_stale(db_path, knowledge)
    build(knowledge, db_path)
    assert not is_stale(db_path, knowledge)
    assert is_stale(db_path, tmp_path)  # built from another folder


def test_a_database_built_by_other_extraction_code_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"a.md": DOC})
    db_path = tmp_path / "kb.db"
    build(knowledge, db_path)
    assert not is_stale(db_path, knowledge)
    assert store.extractor_version() == store.extractor_version() != ""
    monkeypatch.setattr(store, "EXTRACTOR_MODULES", ("extract.py",))  # as if the extractor's code had changed
    assert is_stale(db_path, knowledge)


def test_the_extractor_fingerprint_covers_every_module_a_load_runs() -> None:
    """A change to any module that turns documents into rows must make old databases stale; a module
    left out of the fingerprint (as `tables.py` once was) would leave them answering from old facts."""
    probe = ("import sys, bot.store, bot.extract; "
             "print(' '.join(sorted(m.split('.')[1] + '.py' for m in sys.modules "
             "if m.startswith('bot.') and m.count('.') == 1)))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).parent.parent).stdout.split()
    assert "tables.py" in loaded and "extract.py" in loaded
    assert sorted(loaded) == sorted(store.EXTRACTOR_MODULES)


def test_corrupt_database_is_stale(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"a.md": DOC})
    db_path = tmp_path / "kb.db"
    db_path.write_bytes(b"this is not sqlite")
    assert is_stale(db_path, knowledge)
    build(knowledge, db_path)
    assert sqlite3.connect(db_path).execute("select count(*) from documents").fetchone() == (1,)


def test_empty_folder_builds_an_empty_base(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    report = build(knowledge, tmp_path / "kb.db")
    assert (report.documents, report.facts) == (0, 0)


def test_a_report_without_a_country_does_not_chain_two_takedowns_together(tmp_path: Path) -> None:
    docs = {
        "a.md": "---\ntitle: A\npublished: 2020-09-30\n---\nTwitter said on Wednesday it removed 7,800 accounts "
                "linked to Ecuador.\n",
        "b.md": "---\ntitle: B\npublished: 2020-10-02\n---\nTwitter said it removed 7,400 accounts in "
                "September.\n",
        "c.md": "---\ntitle: C\npublished: 2020-10-03\n---\nIn September, Twitter removed 7,000 accounts linked "
                "to Thailand.\n",
    }
    knowledge = write_docs(tmp_path / "knowledge", docs)
    build(knowledge, tmp_path / "kb.db")
    rows = sqlite_utils.Database(tmp_path / "kb.db").execute(
        "select document, takedown from facts order by document").fetchall()
    takedowns = dict(rows)
    assert takedowns["a.md"] != takedowns["c.md"]


def test_a_rounded_restatement_in_the_same_document_is_the_same_takedown(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"a.md": (
        "---\ntitle: A\npublished: 2019-12-20\n---\nTwitter said on Friday it removed 5,929 accounts from Cuba.\n"
        "Twitter said the nearly 6,000 accounts from Cuba were part of a larger network of more than 88,000 "
        "accounts.\n")})
    build(knowledge, tmp_path / "kb.db")
    rows = sqlite_utils.Database(tmp_path / "kb.db").execute(
        "select count, scope, takedown from facts order by id").fetchall()
    assert [(count, scope) for count, scope, _ in rows] == [(5929, None), (6000, None), (88000, "network")]
    assert rows[0][2] == rows[1][2] != rows[2][2]


def test_a_small_figure_shared_by_two_networks_of_one_day_does_not_join_them(tmp_path: Path) -> None:
    docs = {
        "a.md": "---\ntitle: A\npublished: 2023-03-01\n---\nMeta said on Wednesday it removed 900 Facebook accounts, "
                "40 Pages and one Group that targeted Kenya.\n",
        "b.md": "---\ntitle: B\npublished: 2023-03-01\n---\nMeta said on Wednesday it removed 300 Facebook accounts, "
                "12 Pages and one Group linked to Serbia.\n",
        "c.md": "---\ntitle: C\npublished: 2023-03-02\n---\nMeta said on Wednesday it removed 300 Facebook accounts "
                "and one Group from Serbia.\n",
    }
    build(write_docs(tmp_path / "knowledge", docs), tmp_path / "kb.db")
    rows = sqlite_utils.Database(tmp_path / "kb.db").execute(
        "select document, count, takedown, announcement from facts where unit = 'groups' order by document").fetchall()
    (_, _, group_a, announcement_a), (_, _, group_b, announcement_b), (_, _, group_c, _) = rows
    assert group_a != group_b and announcement_a != announcement_b  # Kenya's target is not an origin
    assert group_b == group_c  # with their country, two reports of one Group are one takedown


def test_a_takedown_is_dated_by_its_earliest_report_across_documents() -> None:
    def fact(id_: int, takedown: int, document: str, sentence: int, origins: str, announced: str | None,
             precision: str = "day", reference: int = 0) -> dict:
        return {"id": id_, "takedown": takedown, "document": document, "sentence": sentence, "platform": "Twitter",
                "origins": origins, "announced": announced, "date_precision": precision, "reference": reference}

    facts = [
        fact(1, 1, "a.md", 1, '["Iran"]', "2019-03-10"),
        fact(2, 1, "b.md", 4, '["Iran"]', "2019-02-01", "month", reference=1),  # "…after the 900 in February"
        fact(3, 3, "b.md", 4, '["Iran"]', "2019-03-12"),  # the new figure of that sentence keeps its own date
        fact(4, 3, "c.md", 2, '["Iran"]', "2019-03-20"),  # a later report of it
        fact(5, 5, "c.md", 2, '["Iran"]', "2019-03-20"),  # told in the same breath: the same line of an answer
        fact(6, 6, "a.md", 1, '["Russia"]', "2018-01-15"),  # the same sentence, another country: its own date
        fact(7, 7, "d.md", 2, "[]", None),
        # ("this week", the week of July 29, and "on Thursday", August 1: the day within it)
        fact(8, 8, "e.md", 1, '["Chile"]', "2024-07-29", "week"),
        fact(9, 8, "f.md", 1, '["Chile"]', "2024-08-01"),
    ]
    store._dating(facts)
    assert [(f["dated"], f["dated_precision"]) for f in facts] == [
        ("2019-02-01", "month"), ("2019-02-01", "month"), ("2019-03-12", "day"), ("2019-03-12", "day"),
        ("2019-03-12", "day"), ("2018-01-15", "day"), (None, None), ("2024-08-01", "day"), ("2024-08-01", "day")]


def test_two_documents_naming_one_network_by_two_names_tell_one_takedown(tmp_path: Path) -> None:
    db = kb_from(tmp_path, {
        "a.md": "---\ntitle: Story\npublished: 2025-03-03\n---\nTelegram said on Monday it had blocked 27 channels of "
                "a Russian campaign known as \"Pommier\".\n",
        "b.md": "---\ntitle: Notes\npublished: 2025-04-10\n---\nJade Orchard is a Russian operation. It goes by "
                "several names: we call it Jade Orchard; French officials use \"Pommier\".\n\n- **March 2025 - "
                "Telegram.** Telegram blocked 27 channels linked to Jade Orchard.\n"}).db
    assert [row["count"] for row in db.query("select count(distinct takedown) as count from facts "
                                             "where platform = 'Telegram'")] == [1]


def test_a_later_story_s_retelling_dated_by_its_year_alone_is_the_takedown_of_that_year(tmp_path: Path) -> None:
    db = kb_from(tmp_path, {
        "a.txt": "LIMA, June 28, 2018 (Wire) - Twitter has suspended 1,157 accounts that attacked candidates ahead of "
                 "Sunday's election, the company said on Thursday.\n",
        "b.md": "---\ntitle: Opinion\npublished: 2025-01-20\n---\nIn 2018, Twitter suspended nearly 1,200 accounts in "
                "Peru.\n"}).db
    rows = list(db.query("select count_text, targets, takedown, dated from facts order by id"))
    assert [(row["count_text"], row["dated"]) for row in rows] == [
        ("1,157", "2018-06-28"), ("nearly 1,200", "2018-06-28")]
    assert rows[0]["takedown"] == rows[1]["takedown"]
    assert json.loads(rows[0]["targets"]) == ["Peru"]  # (Sunday's election, in a Lima dateline)


def test_a_tip_a_later_document_denies_is_dropped_from_the_earlier_one(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "a.md": "---\ntitle: Issue 1\npublished: 2024-05-10\n---\nMeta removed 120 Facebook accounts run from Chile "
                "in a network called Plover. Meta credited researchers at the Oriel Institute with the original tip.\n",
        "b.md": "---\ntitle: Issue 2\npublished: 2024-05-17\n---\n- **Plover.** We wrote that the Oriel Institute "
                "tipped Meta off about Plover. It did not.\n",
        "c.md": "---\ntitle: Issue 3\npublished: 2024-06-01\n---\nMeta removed 40 Facebook accounts run from Peru. "
                "Meta credited researchers at the Oriel Institute with the original tip.\n",
    })
    assert [(t["document"], t["source"]) for t in kb.db["tips"].rows] == [("c.md", "Oriel Institute")]


def test_one_network_s_figure_on_one_day_is_one_takedown_whatever_each_source_says_of_its_origin(
        tmp_path: Path) -> None:
    db = kb_from(tmp_path, {
        "a.md": "---\ntitle: Digest\npublished: 2025-02-07\n---\nOn 22 January X suspended 3,418 accounts from Amber "
                "Kite, the network that poses as nurses. It was run from Peru.\n",
        "b.md": "---\ntitle: Ledger\npublished: 2025-07-03\n---\nAmber Kite (X). X suspended 3,418 accounts on 22 "
                "January 2025. It was run from Chile.\n"}).db
    rows = list(db.query("select origins, takedown from facts order by id"))
    assert [json.loads(row["origins"]) for row in rows] == [["Peru"], ["Chile"]]
    assert rows[0]["takedown"] == rows[1]["takedown"]


def test_an_exact_figure_told_again_joins_its_takedown_though_a_rounded_report_of_it_is_there(tmp_path: Path) -> None:
    db = kb_from(tmp_path, {
        "a.md": "---\ntitle: Report\npublished: 2024-05-21\n---\nMeta said on Tuesday it removed 412 Facebook accounts "
                "run from Peru.\n",
        "b.md": "---\ntitle: Wire\npublished: 2024-06-02\n---\nIn February, TikTok removed 1,800 accounts in Peru, and "
                "in May Meta said it had removed roughly 400 Facebook accounts run from Peru.\n",
        "c.md": "---\ntitle: Year end\npublished: 2024-12-28\n---\nMeta removed 412 Facebook accounts run from "
                "Peru.\n"}).db
    rows = list(db.query("select count_text, takedown from facts where platform = 'Facebook' order by id"))
    assert [row["count_text"] for row in rows] == ["412", "roughly 400", "412"]
    assert len({row["takedown"] for row in rows}) == 1


def test_one_network_s_figure_told_by_its_month_elsewhere_is_the_same_takedown(tmp_path: Path) -> None:
    db = kb_from(tmp_path, {
        "a.md": "---\ntitle: Report\npublished: 2024-09-05\n---\nOn 3 September 2024 Meta removed 1,318 Facebook "
                "accounts of the network known as Amber Kite. The network originated in Russia.\n",
        "b.md": "---\ntitle: Analysis\npublished: 2024-11-27\n---\nIn September, Meta's removal of the Amber Kite "
                "network in Moldova, with 1,318 Facebook accounts, also involved fake news Pages.\n"}).db
    rows = list(db.query("select takedown from facts where count = 1318"))
    assert len(rows) == 2 and rows[0]["takedown"] == rows[1]["takedown"]


def test_a_figure_joins_the_report_of_its_own_size_not_the_first_one_near_it(tmp_path: Path) -> None:
    docs = {
        "a.md": "---\ntitle: A\npublished: 2021-05-06\n---\nFacebook said on Thursday it removed two networks from "
                "Russia.\n\nThe first consisted of 12 Pages and 77 accounts.\n\nThe second, run by staff of a "
                "state broadcaster, consisted of 140 Pages and 75 accounts.\n",
        "b.md": "---\ntitle: B\npublished: 2021-05-06\n---\nFacebook said on Thursday it removed 140 Pages and 75 "
                "accounts run from Russia by staff of a state broadcaster.\n",
    }
    build(write_docs(tmp_path / "knowledge", docs), tmp_path / "kb.db")
    rows = sqlite_utils.Database(tmp_path / "kb.db").execute(
        "select document, count, takedown from facts where unit = 'accounts' order by document, count").fetchall()
    (_, _, b_75), = [row for row in rows if row[0] == "b.md"]
    takedowns = {count: takedown for document, count, takedown in rows if document == "a.md"}
    assert sorted(takedowns) == [75, 77]
    assert b_75 == takedowns[75] != takedowns[77]


def test_a_bare_report_of_an_exact_figure_joins_its_takedown_though_a_later_report_of_it_is_there(
        tmp_path: Path) -> None:
    docs = {
        "news.md": "---\ntitle: News\npublished: 2025-02-21\n---\nX said on Thursday it had suspended 2,917 accounts "
                   "linked to a Cairo company, in a network it called \"Dune Relay\".\n",
        "check.md": "---\ntitle: Check\npublished: 2025-03-11\n---\nX suspended 2,917 accounts in the Egypt-based "
                    "operation it named Dune Relay.\n",
        "chat.txt": "----- Thursday, February 20, 2025 -----\n[14:02] Sam: X safety thread is up: \"Dune Relay\", "
                    "Egypt. 2,917 accts suspended.\n",
    }
    build(write_docs(tmp_path / "knowledge", docs), tmp_path / "kb.db")
    takedowns = {row[0] for row in sqlite_utils.Database(tmp_path / "kb.db").execute(
        "select takedown from facts where count = 2917")}
    assert len(takedowns) == 1 and sqlite_utils.Database(tmp_path / "kb.db").execute(
        "select count(*) from facts where count = 2917").fetchone()[0] == 3


def test_a_story_without_a_year_is_dated_by_another_report_of_the_same_network_s_same_figure(tmp_path: Path) -> None:
    docs = {
        "wire.txt": "LINE deletes \"Tea Lantern\" accounts\n\nTAIPEI, Jan. 9 (Bulletin) -- LINE said on Monday that it "
                    "had deleted 318 official accounts of a network researchers call \"Tea Lantern\".\n",
        "table.md": "---\ntitle: Roundup\npublished: 2024-07-15\n---\nThe table lists each takedown.\n\n"
                    "| Platform | Network | Date | Removed |\n|---|---|---|---|\n"
                    "| LINE | Tea Lantern | 2024-01-08 | 318 official accounts |\n",
    }
    build(write_docs(tmp_path / "knowledge", docs), tmp_path / "kb.db")
    rows = sqlite_utils.Database(tmp_path / "kb.db").execute(
        "select document, announced, dated, takedown from facts where count = 318 order by document").fetchall()
    (_, _, table_dated, table_takedown), (_, wire_announced, wire_dated, wire_takedown) = rows
    assert (wire_announced, wire_dated, wire_takedown) == (None, "2024-01-08", table_takedown)
    assert table_dated == "2024-01-08"


def test_who_ran_a_network_is_placed_where_its_figures_came_from(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"w.md": (
        "---\ntitle: t\npublished: 2020-09-17\n---\nTwitter said on Thursday it had suspended 2,874 accounts run from "
        "the United Arab Emirates and linked to Sahil Digital, a marketing firm.\n")})
    build(knowledge, tmp_path / "kb.db")
    rows = sqlite_utils.Database(tmp_path / "kb.db").execute("select name, origin from network_origins").fetchall()
    assert ("sahil digital", "United Arab Emirates") in rows


def test_a_lab_s_retelling_of_a_quarterly_report_s_figure_is_that_report_s_takedown_on_its_day(tmp_path: Path) -> None:
    kb = kb_from(tmp_path, {
        "lab.md": "---\ntitle: Our findings on Grey Wren\npublished: 2024-08-20\n---\n## How we found it\n\n"
                  + "Our analysts read the posts of the network's Pages for months, and mapped who ran them. " * 5
                  + "\n\n## What the platforms did\n\n- **Meta:** removed 1,214 Facebook accounts and 61 Pages, "
                  "according to its Q2 2024 Adversarial Threat Report.\n",
        "meta.md": "---\ntitle: Adversarial Threat Report, Second Quarter 2024\npublisher: Meta\npublished: "
                   "2024-08-14\n---\nWe removed 1,214 Facebook accounts and 61 Pages. This network originated in "
                   "Ghana and targeted Togo.\n\nWe removed 88 Facebook accounts. This network originated in Chile.\n",
        "news.md": "---\ntitle: Meta removes Ghana network\npublished: 2024-08-15\n---\nMeta said on Wednesday it "
                   "had removed more than 1,200 Facebook accounts run from Ghana.\n"})
    rows = list(kb.db.query("select document, count, takedown, dated from facts where unit = 'accounts' order by id"))
    assert [(row["document"], row["count"], row["dated"]) for row in rows] == [
        ("lab.md", 1214, "2024-08-14"), ("meta.md", 1214, "2024-08-14"), ("meta.md", 88, "2024-08-14"),
        ("news.md", 1200, "2024-08-14")]
    assert rows[0]["takedown"] == rows[1]["takedown"] == rows[3]["takedown"] != rows[2]["takedown"]
    # (asked by the report's quarter, its figures once each: never the lab's 1,214 added to the report's)
    reply = answer_question("How many Facebook accounts did Meta remove altogether in its Q2 2024 threat report?", kb)
    assert "the sum of 1,214 and 88" in reply.text and "2,428" not in reply.text
