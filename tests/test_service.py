"""The knowledge base under Slack's worker threads: per-thread connections, reloads mid-answer."""

from __future__ import annotations

import concurrent.futures
import threading
from pathlib import Path

from bot.service import KnowledgeService
from tests.conftest import write_docs

DOC = """\
---
title: Doc {n}
published: 2021-03-0{n}
---
Twitter said on Monday it removed {n}00 accounts linked to Cuba.
"""


def test_answers_from_many_threads_while_admins_reload(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"1.md": DOC.format(n=1)})
    service = KnowledgeService(knowledge, tmp_path / "kb.db")
    assert service.ensure_built() is not None
    assert service.ensure_built() is None  # fresh: not rebuilt
    stop = threading.Event()
    statuses: list[str] = []

    def keep_asking() -> None:
        while not stop.is_set():
            statuses.append(service.ask("How many Cuban accounts did Twitter remove?").status)

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        askers = [pool.submit(keep_asking) for _ in range(3)]
        for n in (2, 3, 4):
            write_docs(knowledge, {f"{n}.md": DOC.format(n=n)})
            assert service.reload().documents == n
        stop.set()
        for asker in askers:
            asker.result(timeout=30)  # re-raises anything an asker hit
    assert statuses and set(statuses) == {"answered"}
    assert "400 accounts" in service.ask("How many Cuban accounts did Twitter remove?").text


def test_sources_newest_first(tmp_path: Path) -> None:
    knowledge = write_docs(tmp_path / "knowledge", {"1.md": DOC.format(n=1), "2.md": DOC.format(n=2)})
    service = KnowledgeService(knowledge, tmp_path / "kb.db")
    service.ensure_built()
    assert [(s.path, s.title, s.published, s.facts) for s in service.sources()] == [
        ("2.md", "Doc 2", "2021-03-02", 1), ("1.md", "Doc 1", "2021-03-01", 1)]
