"""The knowledge base as a long-running process (the Slack bot) uses it.

Slack runs listeners on worker threads, and an SQLite connection must stay on the thread that
opened it, so each thread gets its own read-only connection.  A reload builds a new database file
and swaps it in atomically; every thread then reopens on its next question.  An answer under way
during a reload keeps reading the file it opened, so it never sees half a knowledge base.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer, answer_question, describe_fact
from bot.chart import ChartData, chart_data
from bot.documents import parse_document, safe_file_name
from bot.knowledge import FROM_FACTS, KnowledgeBase, decoded_rows
from bot.store import LoadReport, build, is_stale, open_readonly
from bot.summary import Summary, summarise
from bot.understand import Lexicon


@dataclass(frozen=True)
class RecentTakedown:
    """One of the newest takedowns, worded and cited for the App Home."""

    line: str
    title: str
    url: str | None


@dataclass(frozen=True)
class Home:
    """What the App Home shows about the knowledge base."""

    documents: int
    takedowns: int
    platforms: int
    countries: int
    latest: str | None
    recent: list[RecentTakedown]


@dataclass(frozen=True)
class Reload:
    """The last reload: its report, when (UTC, ISO) and who asked for it."""

    report: LoadReport
    at: str
    by: str | None


@dataclass(frozen=True)
class Source:
    """A knowledge document as `/takedowns sources` lists it."""

    path: str
    title: str
    url: str | None
    publisher: str | None
    published: str | None
    facts: int


class KnowledgeService:
    """Thread-safe questions, summaries and admin reloads over one knowledge folder."""

    def __init__(self, knowledge: Path, db_path: Path) -> None:
        self.knowledge = knowledge
        self.db_path = db_path
        self._reload_lock = threading.Lock()
        self._generation = 0
        self._local = threading.local()
        self.last_reload: Reload | None = None

    def ensure_built(self) -> LoadReport | None:
        """Build the database when it is missing or older than the knowledge folder (at start-up)."""
        with self._reload_lock:
            if not is_stale(self.db_path, self.knowledge):
                return None
            report = build(self.knowledge, self.db_path)
            self._generation += 1
            return report

    def reload(self, by: str | None = None) -> LoadReport:
        """Rebuild from the knowledge folder and make every thread use the new database."""
        with self._reload_lock:
            report = build(self.knowledge, self.db_path)
            self._generation += 1
            self.last_reload = Reload(report, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), by)
            return report

    def add_document(self, name: str, raw: bytes, by: str | None = None) -> tuple[str, LoadReport]:
        """Check an uploaded document, save it in the knowledge folder under a safe name, and reload.

        `DocumentError` (with the reason) when it cannot be used; then nothing is written.  The file is
        written beside its final name and moved into place, so a crash never leaves half a document.
        """
        with self._reload_lock:
            taken = {p.name for p in self.knowledge.iterdir()}
            saved = safe_file_name(name, taken)
            parse_document(saved, raw)  # raises DocumentError: binary, empty, bad front matter, too large…
            temporary = self.knowledge / f".{saved}.uploading"
            temporary.write_bytes(raw)
            os.replace(temporary, self.knowledge / saved)
        return saved, self.reload(by=by)

    def facts_in(self, document: str) -> list[dict]:
        """The takedown facts a document yields, as answers word them, with their quotes."""
        return decoded_rows(self._kb().db, FROM_FACTS + "where f.document = ? order by f.sentence, f.id", [document])

    def _kb(self) -> KnowledgeBase:
        local = self._local
        if getattr(local, "generation", None) != self._generation:
            if getattr(local, "kb", None) is not None:
                local.kb.db.conn.close()
            local.kb = KnowledgeBase(open_readonly(self.db_path))
            local.generation = self._generation
        return local.kb

    def lexicon(self) -> Lexicon:
        return self._kb().lexicon

    def ask(self, question: str) -> Answer:
        return answer_question(question, self._kb())

    def summary(self, by: str, filters: list[str]) -> Summary:
        return summarise(self._kb(), by=by, filters=filters)

    def chart(self, by: str, filters: list[str]) -> ChartData:
        return chart_data(self._kb(), by=by, filters=filters)

    def sources(self) -> list[Source]:
        rows = self._kb().db.query(
            "select path, title, url, publisher, published, facts from documents order by published desc, path")
        return [Source(**row) for row in rows]

    def coverage(self) -> str:
        return self._kb().coverage()

    def home(self, recent: int = 5) -> Home:
        kb = self._kb()
        size = kb.size()
        rows = kb.latest_takedowns(recent)
        return Home(size["documents"], size["takedowns"], size["platforms"], size["countries"], size["latest"],
                    [RecentTakedown(describe_fact(row), row["title"], row["url"]) for row in rows])
