"""Counts as news copy writes them: "652", "2,617", "more than 1,000", "seven", "thousands of".

`counts_in` finds each count with its qualifier and span; it does not decide what is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100, "one hundred": 100,
}
VAGUE = {
    "dozens": "dozens", "scores": "scores", "hundreds": "hundreds", "thousands": "thousands",
    "tens of thousands": "tens of thousands", "hundreds of thousands": "hundreds of thousands",
    "millions": "millions", "several": "several", "a handful": "a handful", "a number": "a number",
    "many": "many", "some": "some",
}
# Qualifier words -> canonical qualifier.  Order matters: longer phrases first.
QUALIFIERS = [
    ("more than", "more than"), ("over", "more than"), ("upwards of", "more than"), ("in excess of", "more than"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
    ("some", "about"), ("an estimated", "about"), ("estimated", "about"), ("circa", "about"),
    ("at least", "at least"), ("no fewer than", "at least"),
    ("less than", "fewer than"), ("fewer than", "fewer than"), ("under", "fewer than"), ("up to", "up to"),
    ("a total of", "exact"), ("total of", "exact"), ("another", "exact"), ("an additional", "exact"),
]
_QUALIFIER_RE = "|".join(re.escape(q) for q, _ in QUALIFIERS)
_WORD_RE = "|".join(sorted((re.escape(w) for w in SMALL_NUMBERS), key=len, reverse=True))
_VAGUE_RE = "|".join(sorted((re.escape(w) for w in VAGUE if w not in ("many", "some")), key=len, reverse=True))

COUNT = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER_RE})\s+)?"
    rf"(?:(?P<digits>(?<![\w$€£.,/-])\d{{1,3}}(?:[,.]\d{{3}})+(?![\d,.]\d)|(?<![\w$€£.,/-])\d+(?:\.\d+)?)"
    rf"(?:\s*(?P<scale>million|m\b|k\b|thousand|billion))?"
    rf"|\b(?P<word>{_WORD_RE})\b"
    rf"|\b(?P<vague>{_VAGUE_RE})\s+of\b)",
    re.I,
)
MONEY_BEFORE = re.compile(r"(?:[$€£¥]\s*|\b(?:US|USD|EUR|Rs\.?|rubles?)\s?)$", re.I)
MONEY_AFTER = re.compile(r"^\s*(?:dollars|euros|pounds|rubles|roubles|yuan|usd|eur|percent|per cent)\b|^\s*%", re.I)


@dataclass(frozen=True)
class Count:
    """A count in a sentence: its value (None when vague), qualifier, and where it stands."""

    value: int | None
    qualifier: str
    text: str
    start: int
    end: int

    def describe(self) -> str:
        """The count as an answer states it: "more than 1,000", "652", "thousands"."""
        if self.value is None:
            return f"{self.qualifier} of"
        figure = f"{self.value:,}"
        return figure if self.qualifier == "exact" else f"{self.qualifier} {figure}"


def _digits_value(digits: str, scale: str | None) -> int:
    grouped = re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits)  # "2,617"; "4.611" is European for 4611
    number = float(re.sub(r"[,.]", "", digits)) if grouped else float(digits)
    multiplier = {"million": 1_000_000, "m": 1_000_000, "k": 1_000, "thousand": 1_000, "billion": 1_000_000_000}
    return round(number * multiplier.get((scale or "").lower(), 1))


def counts_in(sentence: str) -> list[Count]:
    """Every count in a sentence, money and percentages left out."""
    found: list[Count] = []
    for match in COUNT.finditer(sentence):
        if MONEY_BEFORE.search(sentence[: match.start("digits")] if match.group("digits") else ""):
            continue
        if MONEY_AFTER.match(sentence[match.end():]):
            continue
        qualifier = dict(QUALIFIERS).get((match.group("qualifier") or "").lower(), "exact")
        if match.group("digits"):
            value = _digits_value(match.group("digits"), match.group("scale"))
        elif match.group("word"):
            value = SMALL_NUMBERS[match.group("word").lower()]
        else:
            value, qualifier = None, VAGUE[match.group("vague").lower()]
        found.append(Count(value, qualifier, match.group(0), match.start(), match.end()))
    return found
