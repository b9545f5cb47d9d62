"""The feedback database: questions and votes, kept apart from the knowledge base."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bot.store import build
from bot.votes import FeedbackStore, feedback_path
from tests.conftest import write_docs


def test_a_second_vote_replaces_the_first_and_unknown_answers_are_refused(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite")
    answer = store.record_question("How many Peru accounts did Meta remove?", "answered", "U1", "C1")
    assert store.record_vote(answer, "U1", "down") is True
    assert store.record_vote(answer, "U1", "up") is True   # changed their mind
    assert store.record_vote(answer, "U2", "down") is True
    assert store.record_vote("nope", "U1", "down") is False
    with pytest.raises(ValueError, match="a vote is 'up' or 'down'"):
        store.record_vote(answer, "U1", "meh")
    (item,) = store.backlog().disliked
    assert (item.question, item.down, item.up) == ("How many Peru accounts did Meta remove?", 1, 1)


def test_unanswered_questions_are_grouped_and_ordered_by_how_often_they_were_asked(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite")
    for question in ("Who ran the Blue Heron network?", "who ran the blue heron network? ", "Best pizza?"):
        store.record_question(question, "no_answer", "U1", None)
    store.record_question("How many Peru accounts did Meta remove?", "answered", "U1", None)
    backlog = store.backlog()
    assert [(i.question, i.times) for i in backlog.unanswered] == [("Who ran the Blue Heron network?", 2),
                                                                    ("Best pizza?", 1)]
    assert backlog.disliked == []


def test_feedback_survives_a_knowledge_rebuild_in_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    monkeypatch.delenv("FEEDBACK_DATABASE_PATH", raising=False)
    knowledge = write_docs(tmp_path / "knowledge", {"a.md": "---\ntitle: A\npublished: 2021-04-06\n---\n"
                                                            "Meta said on Tuesday it removed 40 accounts.\n"})
    db_path = tmp_path / "knowledge.db"
    build(knowledge, db_path)
    store = FeedbackStore(feedback_path(db_path))
    assert store.path == tmp_path / "knowledge.feedback.sqlite"
    store.record_question("Best pizza?", "no_answer", "U1", None)
    build(knowledge, db_path)
    assert [i.question for i in FeedbackStore(feedback_path(db_path)).backlog().unanswered] == ["Best pizza?"]
    monkeypatch.setenv("FEEDBACK_DATABASE_PATH", str(tmp_path / "elsewhere.sqlite"))
    assert feedback_path(db_path) == tmp_path / "elsewhere.sqlite"


def test_concurrent_questions_and_votes_are_all_kept(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite")
    answer = store.record_question("Q", "answered", "U0", None)

    def work(n: int) -> None:
        store.record_question(f"unanswered {n % 5}", "no_answer", f"U{n}", None)
        store.record_vote(answer, f"U{n}", "down")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    backlog = store.backlog()
    assert sorted(i.times for i in backlog.unanswered) == [4, 4, 4, 4, 4]
    assert backlog.disliked[0].down == 20
