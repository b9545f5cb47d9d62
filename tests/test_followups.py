"""Follow-up questions read against the thread's previous question, and the memory that keeps it."""

from __future__ import annotations

import threading

import pytest

from bot.answer import answer_question
from bot.followups import ThreadMemory, resolve_follow_up
from bot.knowledge import KnowledgeBase
from bot.understand import Lexicon, understand

LEXICON = Lexicon.default()
PREVIOUS = "How many Iran accounts did Twitter remove?"


@pytest.mark.parametrize(("follow_up", "resolved"), [
    ("and Venezuela?", "How many Venezuela accounts did Twitter remove?"),
    ("what about Facebook?", "How many Iran accounts did Facebook remove?"),
    ("same for Meta", "How many Iran accounts did Facebook remove?"),
    ("and in 2020?", "How many Iran accounts did Twitter remove in 2020?"),
    ("and pages?", "How many Iran pages did Twitter remove?"),
    ("how about YouTube channels?", "How many Iran channels did YouTube remove?"),
    ("when?", "When did Twitter remove the Iran accounts?"),
    ("where?", "Where were the Iran accounts Twitter removed from?"),
])
def test_follow_ups_become_whole_questions(follow_up: str, resolved: str) -> None:
    assert resolve_follow_up(follow_up, PREVIOUS, LEXICON) == resolved


def test_a_resolved_follow_up_is_understood_with_the_slots_it_kept() -> None:
    query = understand(resolve_follow_up("and Venezuela?", PREVIOUS, LEXICON) or "", LEXICON)
    assert (query.intent, query.platforms, query.countries) == ("count", ["Twitter"], ["Venezuela"])
    query = understand(resolve_follow_up("when?", PREVIOUS, LEXICON) or "", LEXICON)
    assert (query.intent, query.platforms, query.countries) == ("when", ["Twitter"], ["Iran"])


@pytest.mark.parametrize("question", [
    "Who tipped off Facebook?",                                    # names its own subject and intent
    "How many Russian accounts did Facebook remove in 2019?",      # a whole question
    "and what is the weather like in Naples these days, by the way?",  # too long to be a follow-up
])
def test_questions_that_stand_on_their_own_are_left_alone(question: str) -> None:
    assert resolve_follow_up(question, PREVIOUS, LEXICON) is None


def test_a_follow_up_is_answered_like_the_whole_question(seeds_kb: KnowledgeBase) -> None:
    resolved = resolve_follow_up("and Venezuela?", PREVIOUS, seeds_kb.lexicon)
    answer = answer_question(resolved or "", seeds_kb)
    assert answer.status == "answered"
    assert "764" not in answer.text and "more than 1,000 accounts (located in Venezuela)" in answer.text


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_memory_forgets_after_its_time_and_beyond_its_size() -> None:
    clock = Clock()
    memory = ThreadMemory(ttl=60, capacity=2, clock=clock)
    memory.remember(("C1", "1.0"), "first")
    clock.now = 59
    assert memory.recall(("C1", "1.0")) == "first"
    clock.now = 61
    assert memory.recall(("C1", "1.0")) is None
    for n in range(3):
        memory.remember(("C1", str(n)), f"q{n}")
    assert [memory.recall(("C1", str(n))) for n in range(3)] == [None, "q1", "q2"]


def test_memory_is_safe_across_threads() -> None:
    memory = ThreadMemory()
    workers = [threading.Thread(target=lambda n=n: [memory.remember(("C", str(n)), f"q{n}-{i}") for i in range(50)])
               for n in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=10)
    assert [memory.recall(("C", str(n))) for n in range(8)] == [f"q{n}-49" for n in range(8)]
