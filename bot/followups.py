"""Follow-up questions in a thread: "and Venezuela?", "what about Facebook?", "when?", "and in 2020?".

A follow-up names one thing (a country, a platform, a period, a unit) or asks only when/where/who,
and means "the question before, with that changed".  `resolve_follow_up` rewrites it as a whole
question, so the answer is found exactly as for a question asked in full, and the user sees how it
was read.  `ThreadMemory` keeps each thread's last question for a while, then forgets it.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from bot.mentions import scan_phrases
from bot.understand import MONTH_NAMES, Lexicon, understand

FOLLOW_UP_START = re.compile(r"^\s*(?:and|also|what\s+about|how\s+about|what\s+of|same\s+(?:for|with)|now|then)\b"
                            r"|^\s*(?:when|where|who|which\s+year)\s*\??\s*$", re.I)
ASKS_ONLY = re.compile(r"^\s*(?:and\s+)?(?P<word>when|where|who)\s*\??\s*$", re.I)
PERIOD = re.compile(rf"\s*\b(?:in|during|since|before|after|from)?\s*(?:(?:{MONTH_NAMES})\.?\s+)?(?:19|20)\d\d\b"
                    r"(?:\s*(?:-|–|to|and)\s*(?:19|20)\d\d)?", re.I)
MAX_FOLLOW_UP_WORDS = 8


def _spans(text: str, lexicon: Lexicon, kind: str) -> list[tuple[str, int, int]]:
    return scan_phrases(text, lexicon.phrases.get(kind, {}), fold_case=True)


def _replace(previous: str, spans: list[tuple[str, int, int]], names: list[str], joiner: str) -> str:
    """The previous question with its mentions of one kind replaced by the new names (or the names added)."""
    new = " and ".join(names)
    if not spans:
        return re.sub(r"\s*\?*\s*$", "", previous) + f" {joiner} {new}?"
    first, last = spans[0], spans[-1]
    return previous[:first[1]] + new + previous[last[2]:]


def resolve_follow_up(question: str, previous: str, lexicon: Lexicon) -> str | None:
    """The whole question a follow-up stands for, or None when the question stands on its own."""
    words = re.findall(r"[\w'-]+", question)
    if not words or len(words) > MAX_FOLLOW_UP_WORDS or not FOLLOW_UP_START.search(question):
        return None
    before = understand(previous, lexicon)
    asked = understand(question, lexicon)
    only = ASKS_ONLY.match(question)
    if only:
        subject = " ".join(part for part in [
            " and ".join(before.countries), " ".join(before.units or ["accounts"])] if part)
        who = " and ".join(before.platforms) or "the platforms"
        word = only.group("word").lower()
        if word == "when":
            return f"When did {who} remove the {subject}?"
        if word == "where":
            return f"Where were the {subject} {who} removed from?"
        return f"Who was behind the {subject} {who} removed?"
    resolved = previous
    changed = False
    if asked.countries:
        resolved = _replace(resolved, _spans(resolved, lexicon, "country"), asked.countries, "from")
        changed = True
    if asked.platforms or asked.surfaces:
        platforms = asked.platforms or asked.surfaces
        resolved = _replace(resolved, _spans(resolved, lexicon, "platform"), platforms, "on")
        changed = True
    if asked.date_label:
        period = PERIOD.search(question)
        if period:
            resolved = PERIOD.sub("", resolved).rstrip(" ?") + " " + period.group(0).strip() + "?"
            changed = True
    if asked.units and (not changed or asked.surfaces):  # "how about YouTube channels?"
        unit_words = "|".join(re.escape(u) for u in sorted({*before.units, "accounts"}, key=len, reverse=True))
        resolved = re.sub(rf"\b(?:{unit_words})\b", " and ".join(asked.units), resolved, count=1, flags=re.I)
        changed = resolved != previous
    return resolved if changed else None


class ThreadMemory:
    """The last question asked in each thread, forgotten after `ttl` seconds or when too many threads are kept."""

    def __init__(self, ttl: float = 15 * 60, capacity: int = 1_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.capacity = capacity
        self.clock = clock
        self._lock = threading.Lock()
        self._questions: OrderedDict[tuple[str, str], tuple[float, str]] = OrderedDict()

    def remember(self, key: tuple[str, str], question: str) -> None:
        with self._lock:
            self._questions.pop(key, None)
            self._questions[key] = (self.clock(), question)
            while len(self._questions) > self.capacity:
                self._questions.popitem(last=False)

    def recall(self, key: tuple[str, str]) -> str | None:
        """The thread's last question, or None when there is none or it has expired."""
        with self._lock:
            entry = self._questions.get(key)
            if entry is None:
                return None
            if self.clock() - entry[0] > self.ttl:
                del self._questions[key]
                return None
            return entry[1]
