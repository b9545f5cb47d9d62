"""A rebuild keeps the rows of files whose bytes did not change (`bot.reuse`), and must build exactly
the database a first build of the same files would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot import store
from bot.documents import Document
from bot.reuse import content_digest, packed, unpacked
from bot.store import build
from tests.conftest import write_docs

DOCS = {
    "a.md": """\
        ---
        title: Armenia takedown
        published: 2021-02-23
        ---
        Twitter said on Tuesday it removed 35 accounts that had ties to the Government of Armenia.
        """,
    "b.md": """\
        ---
        title: Ghana network
        published: 2022-05-10
        ---
        Meta said it removed 41 Facebook accounts and 12 Pages run from Ghana that targeted Nigeria.
        The company said a tip from the research group Open Lantern led it to the network.
        """,
    "c.txt": """\
        Lantern Line network removed

        March 3, 2020

        YouTube said on Monday it had terminated 210 channels linked to Russia, in a network called Lantern Line.
        """,
}


def tables(db_path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in a stable order, the full-text index's shadow tables and the build time aside."""
    connection = sqlite3.connect(db_path)
    names = [name for (name,) in connection.execute("select name from sqlite_master where type = 'table'")
             if "_fts" not in name]
    rows = {name: sorted(map(repr, connection.execute(f"select * from {name}"))) for name in names}
    rows["meta"] = [row for row in rows["meta"] if "'built'" not in row]
    connection.close()
    return rows


def extracted_paths(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents a build extracts from here on (in this process: the folders here are too small for
    worker processes)."""
    seen: list[str] = []
    extract = store.extract_document

    def recording(document: Document):
        seen.append(document.path)
        return extract(document)

    monkeypatch.setattr(store, "extract_document", recording)
    return seen


def test_a_rebuild_of_unchanged_files_extracts_none_and_builds_the_same_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = write_docs(tmp_path / "knowledge", DOCS)
    db_path = tmp_path / "kb.db"
    first = build(knowledge, db_path)
    before = tables(db_path)
    seen = extracted_paths(monkeypatch)
    again = build(knowledge, db_path)
    assert (seen, again.reused, first.reused) == ([], 3, 0)
    assert (again.documents, again.facts, again.sentences) == (first.documents, first.facts, first.sentences)
    assert tables(db_path) == before
    tips = sqlite3.connect(db_path).execute("select platform, source from tips").fetchall()
    assert tips == [("Facebook", "Open Lantern")]


def test_a_changed_file_alone_is_extracted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = write_docs(tmp_path / "knowledge", DOCS)
    db_path = tmp_path / "kb.db"
    build(knowledge, db_path)
    changed = (knowledge / "a.md").read_text(encoding="utf-8").replace("35 accounts", "53 accounts")
    (knowledge / "a.md").write_text(changed, encoding="utf-8")
    seen = extracted_paths(monkeypatch)
    report = build(knowledge, db_path)
    assert (seen, report.reused) == (["a.md"], 2)
    counts = sorted(row[0] for row in sqlite3.connect(db_path).execute("select count from facts"))
    assert counts == [12, 41, 53, 210]
    monkeypatch.undo()
    fresh = tmp_path / "fresh.db"
    build(knowledge, fresh)
    assert tables(db_path) == tables(fresh)


def test_rows_kept_by_other_extraction_code_are_not_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = write_docs(tmp_path / "knowledge", DOCS)
    db_path = tmp_path / "kb.db"
    build(knowledge, db_path)
    monkeypatch.setattr(store, "EXTRACTOR_MODULES", ("extract.py",))  # as if the extractor's code had changed
    seen = extracted_paths(monkeypatch)
    assert (build(knowledge, db_path).reused, sorted(seen)) == (0, ["a.md", "b.md", "c.txt"])


def test_damaged_kept_rows_are_extracted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = write_docs(tmp_path / "knowledge", DOCS)
    db_path = tmp_path / "kb.db"
    build(knowledge, db_path)
    before = tables(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("update extracted set rows = ? where path = 'b.md'", [b"not zlib at all"])
    connection.commit()
    connection.close()
    seen = extracted_paths(monkeypatch)
    assert (build(knowledge, db_path).reused, seen) == (2, ["b.md"])
    assert tables(db_path) == before


def test_a_file_that_became_unreadable_is_skipped_not_taken_from_the_last_build(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", DOCS)
    db_path = tmp_path / "kb.db"
    build(knowledge, db_path)
    (knowledge / "c.txt").write_bytes(b"\x00\x01binary")
    report = build(knowledge, db_path)
    assert (report.reused, report.skipped) == (2, [("c.txt", "binary file (contains NUL bytes), not a text "
                                                              "document")])
    assert sqlite3.connect(db_path).execute("select path from extracted order by path").fetchall() == [
        ("a.md",), ("b.md",)]


def test_kept_and_fresh_files_keep_the_folder_s_order_when_workers_extract(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Facts are numbered in the folder's order: kept rows must fall in between the workers' results
    where their files stand, or a rebuild would number (and group) facts unlike a first build."""
    docs = {f"{index:02d}-{name}": text for index in range(4) for name, text in DOCS.items()}
    knowledge = write_docs(tmp_path / "knowledge", docs)
    db_path = tmp_path / "kb.db"
    monkeypatch.setattr(store, "PARALLEL_FROM", 2)
    build(knowledge, db_path)
    for name in ("00-a.md", "02-b.md", "03-c.txt"):
        text = (knowledge / name).read_text(encoding="utf-8")
        (knowledge / name).write_text(text.replace("said", "announced"), encoding="utf-8")
    report = build(knowledge, db_path)
    fresh = tmp_path / "fresh.db"
    assert build(knowledge, fresh).reused == 0
    assert report.reused == 9
    assert tables(db_path) == tables(fresh)


def test_packed_rows_come_back_as_json_gives_them() -> None:
    rows = {"document": ("a.md", "Title"), "words": {"beta", "alpha"}, "facts": [{"count": 35}]}
    assert unpacked(packed(rows)) == {"document": ["a.md", "Title"], "words": ["alpha", "beta"],
                                      "facts": [{"count": 35}]}
    assert content_digest(b"35 accounts") != content_digest(b"53 accounts")
