"""The feedback store: questions and votes from Slack, in a file of their own beside the knowledge base."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.feedback import (
    Backlog,
    DownvotedQuestion,
    FeedbackStore,
    UnansweredQuestion,
    default_feedback_path,
    format_backlog,
)
from bot.store import build, open_readonly
from tests.conftest import write_docs

START = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC)


class Clock:
    """A clock that moves one minute every time it is read, so every record has its own time."""

    def __init__(self) -> None:
        self.minutes = 0

    def __call__(self) -> dt.datetime:
        self.minutes += 1
        return START + dt.timedelta(minutes=self.minutes - 1)


@pytest.fixture
def store(tmp_path: Path) -> FeedbackStore:
    return FeedbackStore(tmp_path / "feedback.sqlite", now=Clock())


def rows(store: FeedbackStore, table: str) -> list[tuple]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(f"select * from {table} order by rowid").fetchall()
    finally:
        connection.close()


def test_a_question_is_recorded_with_its_status_user_channel_and_utc_time(store: FeedbackStore) -> None:
    generated = store.record_question("How many Peru accounts did Meta remove?", "answered", "U1", "C1")
    given = store.record_question("Who tipped off Facebook?", "clarify", "U2", None, answer_id="1700000000.000100")
    assert len(generated) == 16 and generated != given
    assert given == "1700000000.000100"
    assert rows(store, "questions") == [
        (generated, "How many Peru accounts did Meta remove?", "answered", "U1", "C1", "2024-03-01T09:00:00+00:00"),
        (given, "Who tipped off Facebook?", "clarify", "U2", None, "2024-03-01T09:01:00+00:00")]


def test_a_bad_status_or_a_reused_answer_id_is_refused_and_nothing_is_written(store: FeedbackStore) -> None:
    with pytest.raises(ValueError, match="a status is one of answered, no_answer, clarify, not 'maybe'"):
        store.record_question("Q", "maybe", "U1", None)
    store.record_question("Q", "answered", "U1", None, answer_id="A1")
    with pytest.raises(ValueError, match="answer id 'A1' is already recorded"):
        store.record_question("Another question", "no_answer", "U2", None, answer_id="A1")
    assert [row[:2] for row in rows(store, "questions")] == [("A1", "Q")]


def test_a_long_question_is_kept_to_its_first_thousand_characters(store: FeedbackStore) -> None:
    store.record_question("x" * 5000, "no_answer", "U1", None)
    assert len(rows(store, "questions")[0][1]) == 1000


def test_a_second_vote_replaces_the_first(store: FeedbackStore) -> None:
    answer = store.record_question("How many Peru accounts did Meta remove?", "answered", "U1", "C1")
    assert store.record_vote(answer, "U1", "down") is True
    assert store.record_vote(answer, "U1", "up") is True   # changed their mind
    assert store.record_vote(answer, "U2", "down") is True
    assert [(r[1], r[2]) for r in rows(store, "votes")] == [("U1", "up"), ("U2", "down")]
    assert store.backlog().disliked == [DownvotedQuestion("How many Peru accounts did Meta remove?", down=1, up=1,
                                                          answers=1, last="2024-03-01T09:03:00+00:00")]


def test_a_vote_on_an_unknown_answer_is_false_and_stores_nothing(store: FeedbackStore) -> None:
    store.record_question("Q", "answered", "U1", None, answer_id="A1")
    assert store.record_vote("nope", "U1", "down") is False
    assert store.record_vote("", "U1", "down") is False
    assert rows(store, "votes") == []


@pytest.mark.parametrize("vote", ["meh", "UP", "", "\U0001f44e"])
def test_a_vote_other_than_up_or_down_is_a_value_error(store: FeedbackStore, vote: str) -> None:
    answer = store.record_question("Q", "answered", "U1", None)
    with pytest.raises(ValueError, match="a vote is 'up' or 'down'"):
        store.record_vote(answer, "U1", vote)
    assert rows(store, "votes") == []


def test_unanswered_questions_are_grouped_whatever_their_case_spacing_or_question_mark(store: FeedbackStore) -> None:
    for question in ("Who ran the Blue Heron network?", "who ran the  blue heron network", "Best pizza?",
                     "WHO RAN THE BLUE HERON NETWORK ?"):
        store.record_question(question, "no_answer", "U1", None)
    store.record_question("How many Peru accounts did Meta remove?", "answered", "U1", None)
    store.record_question("Which Blue Heron?", "clarify", "U1", None)
    backlog = store.backlog()
    assert backlog.unanswered == [
        UnansweredQuestion("WHO RAN THE BLUE HERON NETWORK ?", times=3, last="2024-03-01T09:03:00+00:00"),
        UnansweredQuestion("Best pizza?", times=1, last="2024-03-01T09:02:00+00:00")]
    assert backlog.disliked == []


def test_the_backlog_puts_the_most_frequent_first_then_the_most_recent(store: FeedbackStore) -> None:
    for question in ("old", "twice", "new", "twice", "thrice", "thrice", "thrice"):
        store.record_question(question, "no_answer", "U1", None)
    assert [(i.question, i.times) for i in store.backlog().unanswered] == [
        ("thrice", 3), ("twice", 2), ("new", 1), ("old", 1)]
    assert [i.question for i in store.backlog(limit=2).unanswered] == ["thrice", "twice"]


def test_down_voted_questions_count_votes_over_every_answer_most_down_votes_first(store: FeedbackStore) -> None:
    first = store.record_question("Did TikTok remove Iran accounts?", "answered", "U1", None)
    again = store.record_question("did tiktok remove iran accounts", "answered", "U2", None)
    liked = store.record_question("Who tipped off Facebook?", "answered", "U3", None)
    mixed = store.record_question("How many Peru accounts did Meta remove?", "answered", "U4", None)
    store.record_vote(first, "U1", "down")
    store.record_vote(again, "U2", "down")
    store.record_vote(again, "U3", "up")
    store.record_vote(liked, "U3", "up")          # only up votes: not in the backlog
    store.record_vote(mixed, "U5", "down")
    store.record_vote(mixed, "U6", "up")
    store.record_vote(mixed, "U7", "up")
    assert [(i.question, i.down, i.up, i.answers) for i in store.backlog().disliked] == [
        ("did tiktok remove iran accounts", 2, 1, 2), ("How many Peru accounts did Meta remove?", 1, 2, 1)]


def test_the_backlog_text_escapes_what_users_wrote_and_shows_dates() -> None:
    backlog = Backlog([UnansweredQuestion("<!channel> & <@U123> wins?", 2, "2024-03-01T09:03:00+00:00")],
                      [DownvotedQuestion("Is 5 > 3 at <https://x.example|Meta>?", 3, 1, 2,
                                         "2024-03-02T10:00:00+00:00")])
    assert format_backlog(backlog) == (
        "*Questions the knowledge base could not answer*\n"
        "\u2022 \u201c&lt;!channel&gt; &amp; &lt;@U123&gt; wins?\u201d \u2014 asked 2\u00d7, last 2024-03-01\n"
        "\n"
        "*Answers voted down*\n"
        "\u2022 \u201cIs 5 &gt; 3 at &lt;https://x.example|Meta&gt;?\u201d \u2014 \U0001f44e 3 \u00b7 \U0001f44d 1, "
        "last 2024-03-02")


def test_the_backlog_text_says_when_there_is_nothing_and_clips_long_questions(store: FeedbackStore) -> None:
    assert format_backlog(store.backlog()) == ("*Questions the knowledge base could not answer*\nNone so far.\n\n"
                                               "*Answers voted down*\nNone so far.")
    store.record_question("&" * 400, "no_answer", "U1", None)
    line = format_backlog(store.backlog()).splitlines()[1]
    assert line == "\u2022 \u201c" + "&amp;" * 149 + "\u2026\u201d \u2014 asked 1\u00d7, last 2024-03-01"


def test_feedback_lives_in_its_own_file_and_survives_a_knowledge_rebuild(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FEEDBACK_DATABASE_PATH", raising=False)
    knowledge = write_docs(tmp_path / "knowledge", {
        "a.md": "---\ntitle: A\npublished: 2021-04-06\n---\nMeta said on Tuesday it removed 40 accounts in Peru.\n"})
    db_path = tmp_path / "knowledge.db"
    build(knowledge, db_path)
    path = default_feedback_path(db_path)
    assert path == tmp_path / "knowledge.feedback.sqlite"
    store = FeedbackStore(path)
    answer = store.record_question("Best pizza?", "no_answer", "U1", None)
    assert store.record_vote(answer, "U2", "down")
    write_docs(knowledge, {"b.md": "---\ntitle: B\npublished: 2022-05-03\n---\n"
                                   "Twitter said on Tuesday it suspended 12 accounts in Chile.\n"})
    build(knowledge, db_path)
    reopened = FeedbackStore(default_feedback_path(db_path)).backlog()
    assert [(i.question, i.times) for i in reopened.unanswered] == [("Best pizza?", 1)]
    assert [(i.question, i.down) for i in reopened.disliked] == [("Best pizza?", 1)]
    knowledge_tables = set(open_readonly(db_path).table_names())
    assert {"documents", "facts"} <= knowledge_tables and not {"questions", "votes"} & knowledge_tables


def test_the_feedback_path_can_be_set_in_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEEDBACK_DATABASE_PATH", str(tmp_path / "elsewhere" / "votes.sqlite"))
    path = default_feedback_path(tmp_path / "knowledge.db")
    assert path == tmp_path / "elsewhere" / "votes.sqlite"
    FeedbackStore(path)  # creates the folder and the file
    assert path.exists()
    monkeypatch.setenv("FEEDBACK_DATABASE_PATH", "")
    assert default_feedback_path(tmp_path / "kb.db") == tmp_path / "kb.feedback.sqlite"


def test_the_file_is_in_wal_mode_and_reopening_it_keeps_everything(store: FeedbackStore) -> None:
    answer = store.record_question("Q", "no_answer", "U1", None)
    again = FeedbackStore(store.path)
    assert again.record_vote(answer, "U2", "down") is True
    connection = sqlite3.connect(store.path)
    assert connection.execute("pragma journal_mode").fetchone() == ("wal",)
    connection.close()


def test_concurrent_questions_and_votes_from_many_threads_are_all_kept(store: FeedbackStore) -> None:
    answer = store.record_question("Q", "answered", "U0", None)
    errors: list[BaseException] = []
    start = threading.Barrier(16)

    def work(n: int) -> None:
        try:
            start.wait()
            for round_ in range(10):
                store.record_question(f"unanswered {(n + round_) % 4}", "no_answer", f"U{n}", "C1")
                store.record_vote(answer, f"U{n}", "up" if round_ % 2 else "down")  # last vote: up
            store.backlog()
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    backlog = store.backlog()
    assert sorted((i.question, i.times) for i in backlog.unanswered) == [(f"unanswered {k}", 40) for k in range(4)]
    assert backlog.disliked == []  # every thread's second vote replaced its first
    assert len(rows(store, "votes")) == 16 and {r[2] for r in rows(store, "votes")} == {"up"}
