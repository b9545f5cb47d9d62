"""Every brief in knowledge/ against the facts its sources give (tests/briefs/expected.yaml).

The expectations were written by hand from the stored source pages, not from the extractor's output.
What the extractor still gets wrong is listed, brief by brief, in tests/briefs/known_gaps.yaml, so
the list is the honest measure of where extraction stands: a new mistake fails here, and so does a
fixed one until it is struck from the list.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
import yaml

from bot.documents import read_document
from bot.extract import extract_document
from bot.facts import Extraction, Fact
from bot.numbers import QUALIFIERS as NUMBER_QUALIFIERS
from tests.conftest import KNOWLEDGE

HERE = Path(__file__).parent / "briefs"
EXPECTED: dict[str, dict] = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
KNOWN_GAPS: dict[str, list[str]] = yaml.safe_load((HERE / "known_gaps.yaml").read_text(encoding="utf-8")) or {}
# the sources' words for a qualifier, as the answers name it ("approximately" and "roughly" are "about")
QUALIFIERS = {**dict(NUMBER_QUALIFIERS), "less than": "fewer than", "almost": "nearly", "estimated": "about"}
FAMILY = {"Instagram": "Facebook", "Meta": "Facebook", "YouTube": "Google", "X": "Twitter"}
REACH_MEASURES = {"followers": "followers", "ad spend": "ad spend", "tweets": "posts", "posts": "posts",
                  "subscribers": "subscribers"}


def _family(platform: str | None) -> str | None:
    return FAMILY.get(platform or "", platform)


@cache
def _extraction(name: str) -> Extraction:
    return extract_document(read_document(KNOWLEDGE / name, name))


def _dated_as_the_text_says(fact: Fact, expected: object) -> bool:
    """The source's announcement date, or the month or year the sentence itself names ("In February TikTok…",
    "in 2019 Facebook took down…") when the source's date falls in it."""
    if expected is None or fact.announced is None:
        return expected is None or fact.announced is not None
    if str(expected) == fact.announced.isoformat() or str(expected) == fact.announced.isoformat()[:7]:
        return True
    if fact.date_precision == "year":
        return str(expected)[:4] == str(fact.announced.year) and str(fact.announced.year) in fact.quote
    return fact.date_precision == "month" and fact.announced.strftime("%B") in fact.quote


def _takedown_problems(name: str, expected: dict, facts: list[Fact]) -> list[str]:
    problems = []
    for item in expected.get("takedowns") or []:
        count = item.get("count")
        if count is None:
            continue
        candidates = [f for f in facts if f.count == count and _family(item["platform"]) in
                      (_family(f.platform), _family(f.surface))]
        if not candidates:
            problems.append(f"missed: {item['platform']} {count:,} {item.get('unit', '')}".rstrip())
            continue
        qualifier = QUALIFIERS.get(item.get("qualifier"), item.get("qualifier") or "exact")
        origins = set(item.get("origins") or [])

        announced = item.get("announced")

        def wrongs(fact: Fact, qualifier: str = qualifier, origins: set[str] = origins,
                   announced: object = announced) -> int:
            return ((fact.qualifier != qualifier) + (not _dated_as_the_text_says(fact, announced))
                    + bool(set(fact.origins) - origins))
        best = min(candidates, key=wrongs)
        if best.qualifier != qualifier:
            problems.append(f"qualifier: {count:,} read as {best.qualifier!r}, the source says {qualifier!r}")
        if not _dated_as_the_text_says(best, item.get("announced")):
            problems.append(f"date: {count:,} dated {best.announced}, the source {item.get('announced')}")
        if set(best.origins) - origins:
            problems.append(f"wrong origin: {count:,} from {', '.join(best.origins)}, the source says "
                            f"{', '.join(sorted(origins)) or 'nothing'}")
    figures = {item.get("count") for item in expected.get("takedowns") or []}
    for fact in facts:
        if fact.count is not None and fact.count not in figures:
            problems.append(f"extra figure: {fact.platform} {fact.count_text} {fact.unit}")
    return problems


def _reach_problems(expected: dict, extraction: Extraction) -> list[str]:
    problems = []
    wanted = [r for r in expected.get("reach") or [] if r.get("what") in REACH_MEASURES]
    for item in wanted:
        if not any(r.amount == item["count"] for r in extraction.reach):
            problems.append(f"missed reach: {item['what']} {item['count']:,}")
    given = {r["count"] for r in expected.get("reach") or []}
    for reach in extraction.reach:
        if reach.amount not in given:
            problems.append(f"extra reach: {reach.measure} {reach.amount_text}")
    return problems


def _tip_problems(expected: dict, extraction: Extraction) -> list[str]:
    problems = []
    for item in expected.get("tips") or []:
        source = str(item["source"]).lower()
        if not any(t.source.lower() in source or source in t.source.lower() for t in extraction.tips):
            problems.append(f"missed tip: {item['platform']} tipped off by {item['source']}")
    return problems


def problems_of(name: str) -> list[str]:
    """Everything the extractor gets wrong about one brief, as short stable sentences."""
    extraction = _extraction(name)
    expected = EXPECTED[name]
    return (_takedown_problems(name, expected, extraction.facts) + _reach_problems(expected, extraction)
            + _tip_problems(expected, extraction))


def test_every_brief_has_expectations_and_every_expectation_a_brief() -> None:
    briefs = {p.name for p in KNOWLEDGE.iterdir() if p.suffix in {".md", ".txt", ".html"}
              and not p.name.startswith(("000_", "002_"))}
    assert briefs == set(EXPECTED)
    assert set(KNOWN_GAPS) <= set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_brief_facts_match_the_sources(name: str) -> None:
    assert sorted(problems_of(name)) == sorted(KNOWN_GAPS.get(name, []))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_brief_is_dated_and_cited(name: str) -> None:
    document = read_document(KNOWLEDGE / name, name)
    assert document.published is not None and dt.date(2018, 1, 1) <= document.published <= dt.date(2025, 12, 31)
    assert document.url and document.url.startswith("http")
    assert document.publisher and document.title
