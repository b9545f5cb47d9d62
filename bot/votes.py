"""What people asked in Slack and what they thought of the answers: the knowledge base's backlog.

Kept in its own SQLite file, beside the knowledge database but never inside it, so a reload (which
replaces the knowledge database) never loses it.  Every answered question is logged with its status;
👍/👎 buttons add one vote per person per answer.  `/takedowns feedback` reads the backlog: what got
no answer, and what was voted down.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

VOTES = ("up", "down")
SCHEMA = """
create table if not exists questions (
    id text primary key, question text not null, status text not null, user text, channel text, asked text not null
);
create table if not exists votes (
    answer text not null references questions(id), user text not null, vote text not null, voted text not null,
    primary key (answer, user)
);
create index if not exists questions_status on questions(status);
"""


def feedback_path(db_path: Path) -> Path:
    """FEEDBACK_DATABASE_PATH, else `<knowledge database>.feedback.sqlite` beside the knowledge database."""
    chosen = os.environ.get("FEEDBACK_DATABASE_PATH")
    return Path(chosen) if chosen else db_path.with_name(db_path.stem + ".feedback.sqlite")


@dataclass(frozen=True)
class BacklogItem:
    question: str
    times: int
    last: str
    down: int = 0
    up: int = 0


@dataclass(frozen=True)
class Backlog:
    unanswered: list[BacklogItem]
    disliked: list[BacklogItem]


class FeedbackStore:
    """Thread-safe writes (one short transaction each) to the feedback database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection for one transaction: committed (or rolled back) and closed at the end."""
        conn = sqlite3.connect(self.path, timeout=10)
        conn.row_factory = sqlite3.Row
        try:
            with conn:
                yield conn
        finally:
            conn.close()

    def record_question(self, question: str, status: str, user: str | None, channel: str | None) -> str:
        """Log an answered question; returns the answer's id, which its vote buttons carry."""
        answer_id = uuid.uuid4().hex[:16]
        with self._lock, self._connect() as conn:
            conn.execute("insert into questions values (?, ?, ?, ?, ?, ?)",
                         (answer_id, question[:1000], status, user, channel, _now()))
        return answer_id

    def record_vote(self, answer_id: str, user: str, vote: str) -> bool:
        """One vote per person per answer (a second replaces the first); False for an unknown answer."""
        if vote not in VOTES:
            raise ValueError(f"a vote is 'up' or 'down', not {vote!r}")
        with self._lock, self._connect() as conn:
            if conn.execute("select 1 from questions where id = ?", (answer_id,)).fetchone() is None:
                return False
            conn.execute("insert or replace into votes values (?, ?, ?, ?)", (answer_id, user, vote, _now()))
        return True

    def backlog(self, limit: int = 15) -> Backlog:
        """Questions that got no answer (grouped, most asked first) and answers voted down (most down first)."""
        with self._connect() as conn:
            unanswered = [BacklogItem(row["question"], row["times"], row["last"]) for row in conn.execute(
                "select min(question) as question, count(*) as times, max(asked) as last from questions "
                "where status = 'no_answer' group by lower(trim(question)) order by times desc, last desc limit ?",
                (limit,))]
            disliked = [BacklogItem(row["question"], row["times"], row["last"], row["down"], row["up"])
                        for row in conn.execute(
                "select min(q.question) as question, count(distinct q.id) as times, max(v.voted) as last, "
                "sum(v.vote = 'down') as down, sum(v.vote = 'up') as up from votes v join questions q "
                "on q.id = v.answer group by lower(trim(q.question)) having down > 0 "
                "order by down desc, last desc limit ?", (limit,))]
        return Backlog(unanswered, disliked)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
