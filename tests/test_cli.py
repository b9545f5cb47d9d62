"""The command line end to end, as other tools drive it: a real process, real files."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from tests.conftest import write_docs


def run(*args: str, stdin: str | None = None, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in {"KNOWLEDGE_DIR", "DATABASE_PATH"}}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, env=environment, timeout=120, check=False)


def test_ask_json_batch_from_stdin_in_order(seeds_dir: Path, tmp_path: Path) -> None:
    questions = ["How many accounts did Twitter suspend in August 2018?", "How many accounts did Reddit ban?",
                 "", "What is Quest 4 Truth tied to?"]
    result = run("ask", "--json", "--knowledge", str(seeds_dir), "--db", str(tmp_path / "kb.db"), "-",
                 stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == questions
    assert [a["status"] for a in answers] == ["answered", "no_answer", "no_answer", "answered"]
    first = answers[0]
    assert set(first) >= {"question", "status", "text", "citations"}
    assert first["citations"] == [{
        "document": "000_c6b3c29f4711212a.txt",
        "title": "Social media giants Facebook and Twitter announced Tuesday they were removing accounts, groups "
                 "and pages suspected of spreading fake\u2026",
        "url": None,
        "published": "2018-08-21",
        "quote": '"Working with our industry peers today, we have suspended 284 accounts from Twitter for engaging '
                 'in coordinated manipulation. Based on our existing analysis, it appears many of these accounts '
                 'originated from Iran," Twitter said in a post Tuesday.',
    }]
    assert "284 accounts" in first["text"]


def test_ask_builds_the_database_when_missing_and_rebuilds_when_stale(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"a.md": """\
        ---
        title: First
        published: 2020-06-11
        ---
        Twitter said on Thursday it removed 7,340 accounts linked to a youth wing in Turkey.
        """})
    db = tmp_path / "kb.db"
    first = run("ask", "--knowledge", str(knowledge), "--db", str(db), "How many Turkish accounts did Twitter remove?")
    assert "7,340 accounts" in first.stdout
    write_docs(knowledge, {"b.md": """\
        ---
        title: Second
        published: 2021-01-11
        ---
        Twitter said on Monday it removed 900 accounts linked to Turkey.
        """})
    second = run("ask", "--knowledge", str(knowledge), "--db", str(db), "How many Turkish accounts did Twitter remove?")
    assert "900 accounts" in second.stdout and "7,340 accounts" in second.stdout


def test_load_reports_documents_facts_and_skipped_files(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"good.txt": "Facebook said it removed 12 accounts from Iran.\n"})
    (knowledge / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (knowledge / "empty.md").write_text("", encoding="utf-8")
    (knowledge / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    result = run("load", "--knowledge", str(knowledge), "--db", str(tmp_path / "kb.db"))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Loaded 1 document with 1 takedown fact (1 sentences)."
    assert "Skipped broken.md: malformed front matter at line 2: not valid YAML" in lines
    assert "Skipped empty.md: empty file" in lines
    assert "Skipped photo.png: unsupported format .png; use .txt, .md or .html" in lines


def test_a_second_load_says_how_many_unchanged_documents_it_kept(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"a.txt": "Facebook said it removed 12 accounts from Iran.\n",
                                                    "b.txt": "Twitter said it removed 30 accounts from Peru.\n"})
    db = str(tmp_path / "kb.db")
    first = run("load", "--knowledge", str(knowledge), "--db", db)
    (knowledge / "b.txt").write_text("Twitter said it removed 31 accounts from Peru.\n", encoding="utf-8")
    second = run("load", "--knowledge", str(knowledge), "--db", db)
    assert first.stdout.splitlines()[:-1] == ["Loaded 2 documents with 2 takedown facts (2 sentences)."]
    assert second.stdout.splitlines()[:-1] == ["Loaded 2 documents with 2 takedown facts (2 sentences).",
                                               "1 unchanged document kept from the last load, not extracted again."]


def test_load_fails_only_when_nothing_loads(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "bad.md").write_bytes(b"\x00\x01\x02")
    result = run("load", "--knowledge", str(knowledge), "--db", str(tmp_path / "kb.db"))
    assert result.returncode == 1
    assert "Skipped bad.md: binary file (contains NUL bytes), not a text document" in result.stdout


def test_missing_knowledge_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run("ask", "--knowledge", str(tmp_path / "nope"), "anything")
    assert result.returncode != 0
    assert "knowledge folder" in result.stderr and "does not exist" in result.stderr


def test_defaults_come_from_the_environment(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = run("ask", "--json", "How many accounts did Reddit ban?",
                 env={"KNOWLEDGE_DIR": str(seeds_dir), "DATABASE_PATH": str(db)})
    assert json.loads(result.stdout)["status"] == "no_answer"
    assert db.exists()


def test_default_database_sits_beside_the_knowledge_folder(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "kb", {"a.txt": "Facebook said it removed 12 accounts from Iran.\n"})
    run("load", cwd=tmp_path)  # ./knowledge does not exist here
    result = run("load", "--knowledge", str(knowledge))
    assert result.returncode == 0
    assert (tmp_path / "kb.db").exists()
    assert not any(p.suffix == ".db" for p in knowledge.iterdir())


@pytest.mark.parametrize("by", ["platform", "country", "year"])
def test_summary_table(seeds_dir: Path, tmp_path: Path, by: str) -> None:
    result = run("summary", "--by", by, "--knowledge", str(seeds_dir), "--db", str(tmp_path / "kb.db"))
    assert result.returncode == 0
    header = result.stdout.splitlines()[0]
    assert header.split()[0] == by.title()


def test_summary_by_platform_figures(seeds_dir: Path, tmp_path: Path) -> None:
    result = run("summary", "--by", "platform", "--knowledge", str(seeds_dir), "--db", str(tmp_path / "kb.db"))
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines()[2:4]}
    # Twitter: 284 + 1,000 (lower bound) + 2,617 account figures, each takedown once
    assert rows["Twitter"][1:3] == ["3", "3,901+"]  # "more than 1,000 in Venezuela" breaks down the "thousands"
    assert rows["Facebook"][1:3] == ["3", "652"]


def test_summary_with_filters(seeds_dir: Path, tmp_path: Path) -> None:
    result = run("summary", "--by", "year", "Twitter", "2019", "--knowledge", str(seeds_dir),
                 "--db", str(tmp_path / "kb.db"))
    lines = result.stdout.splitlines()
    assert lines[0] == "Filters: Twitter 2019"
    assert [line.split()[0] for line in lines[3:4]] == ["2019"]


def test_a_question_that_fails_inside_gets_a_clear_answer_and_the_batch_goes_on(
        seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real = cli.answer_question

    def failing_on_the_second(question: str, kb: object) -> object:
        if question == "second":
            raise IndexError("list index out of range")
        return real(question, kb)

    monkeypatch.setattr(cli, "answer_question", failing_on_the_second)
    monkeypatch.setattr(sys, "stdin", io.StringIO("How many accounts did Reddit ban?\nsecond\nWho is Nathaniel "
                                                  "Gleicher?\n"))
    status = cli.main(["ask", "--json", "--knowledge", str(seeds_dir), "--db", str(tmp_path / "kb.db"), "-"])
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert [(a["question"], a["status"]) for a in answers] == [
        ("How many accounts did Reddit ban?", "no_answer"), ("second", "no_answer"),
        ("Who is Nathaniel Gleicher?", "answered")]
    assert answers[1]["text"] == ("Sorry, answering this question failed (IndexError); the error is on standard "
                                  "error. Try asking it another way.")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["ask", "--knowledge", str(seeds_dir), "--db", str(tmp_path / "kb.db"), "second"]) == 1
