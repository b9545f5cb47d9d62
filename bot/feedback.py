"""What people asked in Slack and what they thought of the answers: the knowledge base's backlog.

Kept in its own SQLite file beside the knowledge database, never inside it: a reload replaces the
knowledge database wholesale, and the feedback must survive that.  Every question answered in Slack is
logged with its status; 👍/👎 buttons add one vote per person per answer.  `/takedowns feedback` reads
the backlog: what got no answer, and what was voted down.

Slack runs listeners on worker threads, so every call opens its own short-lived connection (a
connection must stay on the thread that opened it) and the file is in WAL mode, so the admin reading
the backlog never blocks someone voting.  Writes are single statements: nothing holds a lock for long.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

STATUSES = ("answered", "no_answer", "clarify")
VOTES = ("up", "down")
MAX_QUESTION = 1000  # characters kept of a question; Slack allows far longer messages than anyone asks
SHOWN_QUESTION = 150  # characters of a question `format_backlog` shows, so a long backlog still fits a message


def default_feedback_path(db_path: Path) -> Path:
    """`FEEDBACK_DATABASE_PATH`, else `<knowledge database name>.feedback.sqlite` beside the knowledge database.

    Named after the knowledge database so two knowledge bases in one folder never share feedback.
    """
    chosen = os.environ.get("FEEDBACK_DATABASE_PATH")
    return Path(chosen) if chosen else db_path.with_name(db_path.stem + ".feedback.sqlite")


def question_key(question: str) -> str:
    """What makes two questions the same for the backlog: case, spacing and closing punctuation aside."""
    return " ".join(question.split()).casefold().rstrip("?!. ")


@dataclass(frozen=True)
class UnansweredQuestion:
    """A question that got `no_answer`: the latest wording, how often it was asked, when last (UTC, ISO)."""

    question: str
    times: int
    last: str


@dataclass(frozen=True)
class DownvotedQuestion:
    """A question whose answers were voted down: votes summed over every answer to it, the latest vote's time."""

    question: str
    down: int
    up: int
    answers: int
    last: str


@dataclass(frozen=True)
class Backlog:
    """What the knowledge base is missing or gets wrong, most frequent first."""

    unanswered: list[UnansweredQuestion]
    disliked: list[DownvotedQuestion]


class FeedbackStore:
    """Questions and votes in one SQLite file, safe to use from any number of threads."""

    def __init__(self, path: Path, now: Callable[[], dt.datetime] | None = None) -> None:
        self.path = path
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.enable_wal()
            db["questions"].create({"id": str, "question": str, "status": str, "user": str, "channel": str,
                                    "asked": str}, pk="id", not_null={"question", "status", "asked"},
                                   if_not_exists=True)
            db["votes"].create({"answer": str, "user": str, "vote": str, "voted": str}, pk=("answer", "user"),
                               not_null={"answer", "user", "vote", "voted"},
                               foreign_keys=[("answer", "questions", "id")], if_not_exists=True)
            db["questions"].create_index(["status"], index_name="questions_status", if_not_exists=True)

    @contextmanager
    def _connect(self) -> Iterator[sqlite_utils.Database]:
        """A connection for one call, closed at the end; waits up to 10 s for another thread's write."""
        connection = sqlite3.connect(self.path, timeout=10)
        connection.create_function("question_key", 1, question_key, deterministic=True)
        try:
            yield sqlite_utils.Database(connection)
        finally:
            connection.close()

    def _time(self) -> str:
        return self._now().astimezone(dt.UTC).isoformat(timespec="seconds")

    def record_question(self, question: str, status: str, user: str, channel: str | None,
                        answer_id: str | None = None) -> str:
        """Log a question answered in Slack; returns the answer's id, which its vote buttons carry.

        A given `answer_id` already recorded is refused (ValueError): an id names one answer, and a vote
        must never land on another question's answer.
        """
        if status not in STATUSES:
            raise ValueError(f"a status is one of {', '.join(STATUSES)}, not {status!r}")
        answer_id = answer_id or uuid.uuid4().hex[:16]
        row = {"id": answer_id, "question": question[:MAX_QUESTION], "status": status, "user": user,
               "channel": channel, "asked": self._time()}
        with self._connect() as db:
            try:
                with db.conn:
                    db.conn.execute("insert into questions (id, question, status, user, channel, asked) "
                                    "values (:id, :question, :status, :user, :channel, :asked)", row)
            except sqlite3.IntegrityError:
                raise ValueError(f"answer id {answer_id!r} is already recorded") from None
        return answer_id

    def record_vote(self, answer_id: str, user: str, vote: str) -> bool:
        """One vote per person per answer (a second replaces the first); False for an unknown answer."""
        if vote not in VOTES:
            raise ValueError(f"a vote is 'up' or 'down', not {vote!r}")
        with self._connect() as db, db.conn:
            # one statement: checking the answer exists and voting cannot be split by another thread
            cursor = db.conn.execute(
                "insert or replace into votes (answer, user, vote, voted) select id, ?, ?, ? from questions "
                "where id = ?", (user, vote, self._time(), answer_id))
            return cursor.rowcount == 1

    def backlog(self, limit: int = 20) -> Backlog:
        """Unanswered questions (most asked first) and down-voted ones (most down votes first), `limit` each.

        Questions are grouped by `question_key`; each group shows its most recent wording.
        """
        with self._connect() as db:
            unanswered = [UnansweredQuestion(**row) for row in db.query(
                "select q.question, g.times, g.last from (select question_key(question) as key, count(*) as times, "
                "max(asked) as last, max(rowid) as latest from questions where status = 'no_answer' group by key) g "
                "join questions q on q.rowid = g.latest order by g.times desc, g.last desc, g.key limit ?",
                [limit])]
            disliked = [DownvotedQuestion(**row) for row in db.query(
                "select q.question, g.down, g.up, g.answers, g.last from (select question_key(q.question) as key, "
                "sum(v.vote = 'down') as down, sum(v.vote = 'up') as up, count(distinct q.id) as answers, "
                "max(v.voted) as last, max(q.rowid) as latest from votes v join questions q on q.id = v.answer "
                "group by key having down > 0) g join questions q on q.rowid = g.latest "
                "order by g.down desc, g.up, g.last desc, g.key limit ?", [limit])]
        return Backlog(unanswered, disliked)


def _escape(text: str) -> str:
    """Slack's three control characters escaped, so a question can never ping anyone or forge a link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shown(question: str) -> str:
    """A question clipped before escaping (never cutting an `&amp;` in half), then escaped."""
    clipped = question if len(question) <= SHOWN_QUESTION else question[: SHOWN_QUESTION - 1].rstrip() + "\u2026"
    return _escape(" ".join(clipped.split()))


def format_backlog(backlog: Backlog) -> str:
    """The backlog as `/takedowns feedback` shows it: Slack mrkdwn, every user's text escaped."""
    lines = ["*Questions the knowledge base could not answer*"]
    lines += [f"\u2022 \u201c{_shown(i.question)}\u201d \u2014 asked {i.times}\u00d7, last {i.last[:10]}"
              for i in backlog.unanswered] or ["None so far."]
    lines += ["", "*Answers voted down*"]
    lines += [f"\u2022 \u201c{_shown(i.question)}\u201d \u2014 \U0001f44e {i.down} \u00b7 \U0001f44d {i.up}, "
              f"last {i.last[:10]}" for i in backlog.disliked] or ["None so far."]
    return "\n".join(lines)
