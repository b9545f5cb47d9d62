"""The knowledge base as a plain SQLite file, built with sqlite-utils.

Tables: `documents`, `sentences` (with an FTS5 index), `facts`, `fact_countries` (one row per
country and role, for fast filtering), `reach` (followers, ad spend, posts: kept apart from
counts), `tips`, `network_aliases` (other names of a network, from the vocabulary and the
documents), `network_origins` (where the figures that name a network say it came from), `vocabulary` and
`meta`, and `extracted` (each document's rows, reused by the next build for files that did not change:
`bot.reuse`).  A build writes a new file next to the target and swaps it
in with `os.replace`, so a reader never sees half a database and a failed build leaves the old one
untouched.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import sqlite_utils

from bot.dates import QUARTER_REPORT, removal_month, report_period_in, reported_period
from bot.documents import Document, DocumentError, knowledge_files, parse_document, read_bytes
from bot.extract import CORRECTING, MISPRINT, NOT_THE_WRONG, PREVIOUSLY_SAID, QUARTER_REPORT_NAMED, extract_document
from bot.facts import Extraction, Fact
from bot.mentions import platforms_in
from bot.numbers import counts_in
from bot.reuse import TABLE as EXTRACTED
from bot.reuse import EarlierRows, content_digest, packed
from bot.vocabulary import NETWORK_ORIGINS, ONLY_ON, PLATFORM_PARENT, network_aliases, vocabulary_rows

SCHEMA_VERSION = "19"
# the modules whose code decides what a build writes (see `extractor_version`)
EXTRACTOR_MODULES = ("documents.py", "sentences.py", "numbers.py", "units.py", "dates.py", "mentions.py", "roles.py",
                     "reach.py", "tables.py", "tips.py", "vocabulary.py", "facts.py", "extract.py", "placing.py",
                     "consolidate.py", "store.py", "reuse.py")
FACT_SCHEMA = {
    "id": int, "takedown": int, "document": str, "sentence": int, "platform": str, "action": str, "count": int,
    "qualifier": str, "count_text": str, "unit": str, "surface": str, "origins": str, "targets": str,
    "target_text": str, "attribution": str, "networks": str, "linked_to": str, "announced": str,
    "date_precision": str, "reference": int, "scope": str, "part_of": int, "retells": int, "announcement": int,
    "quote": str, "dated": str, "dated_precision": str, "targeted": int, "attributed": int, "domestic": int,
    "covers_from": str, "covers_to": str, "first_told": str, "first_quote": str,
}
FACT_COLUMNS = tuple(FACT_SCHEMA)
# what groups facts into statements and dates them: enough to count takedowns without reading their quotes
LIGHT_FACT_COLUMNS = ("id", "takedown", "document", "sentence", "platform", "surface", "unit", "origins", "announced",
                      "date_precision", "count", "count_text", "qualifier", "scope", "reference", "announcement",
                      "dated", "dated_precision", "targeted", "attributed", "domestic", "covers_from", "covers_to")
LIGHT_SELECT = ", ".join(f"f.{column}" for column in LIGHT_FACT_COLUMNS)  # as a select list on `facts f`
TIP_COLUMNS = ("document", "sentence", "platform", "source", "about", "announced", "tipped", "tipped_precision",
               "quote", "credit")
SQL_TYPES = {int: "integer", str: "text"}
NAMED_RETELLING_DAYS = 14  # a story retelling a named network's figure may come this many days after the post
COMMON_FIGURE = 10  # figures below this recur by chance: they tie two reports together only with their countries
DISTINCTIVE_FIGURE = 100  # an exact figure this large, told again of one platform, is the same takedown's
PARALLEL_FROM = 400  # below this many files, starting worker processes costs more than it saves
MAX_WORKERS = 4
MMAP_BYTES = 1 << 30  # a reader maps up to this much of the file (address space, not memory: pages load as read)
# a worker allocates millions of short-lived tuples and matches, and at the collector's default threshold (700
# allocations) it looks for reference cycles thousands of times, finding none: 2-5% of a load's time
COLLECT_AFTER = 50_000
WORD = re.compile(r"[a-z]+")


@dataclass
class LoadReport:
    """What a build did: counts, skipped files with reasons, and what changed since the last build."""

    documents: int = 0
    facts: int = 0
    sentences: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    reused: int = 0  # documents whose rows an earlier build kept, for unchanged bytes: not extracted again
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    facts_before: int | None = None


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def knowledge_mtime(knowledge: Path) -> float:
    """The newest modification time in the knowledge folder (files and folders, so deletions count)."""
    newest = knowledge.stat().st_mtime
    for dirpath, _dirnames, filenames in os.walk(knowledge):
        newest = max(newest, os.stat(dirpath).st_mtime)
        for name in filenames:
            try:
                newest = max(newest, os.stat(os.path.join(dirpath, name)).st_mtime)
            except OSError:
                continue
    return newest


def extractor_version() -> str:
    """A fingerprint of the code that turns documents into rows: a database built by other code is stale,
    so an upgrade re-reads the knowledge instead of answering from facts the old code extracted."""
    digest = hashlib.sha256()
    for name in EXTRACTOR_MODULES:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:16]


def is_stale(db_path: Path, knowledge: Path) -> bool:
    """True when the database is missing, from another schema, extractor or folder, or older than the knowledge."""
    if not db_path.exists():
        return True
    try:
        db = sqlite_utils.Database(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True))
        meta = {row["key"]: row["value"] for row in db["meta"].rows}
        db.close()
    except sqlite3.DatabaseError:
        return True
    if meta.get("schema") != SCHEMA_VERSION or meta.get("knowledge") != str(knowledge.resolve()) or meta.get(
            "extractor") != extractor_version():
        return True
    return db_path.stat().st_mtime < knowledge_mtime(knowledge)


def _takedown_groups(facts: list[dict]) -> None:
    """Give facts that report the same takedown the same `takedown` id.

    Same platform and unit, overlapping (or no) origins, dates within three days (a month when one
    source only gives the month), and counts equal or within 10% (a disagreement between sources,
    kept and shown).  A back-reference ("In August, Facebook removed 652…") joins the original it
    repeats.  Facts are indexed by day and month, so each is compared with a handful of others.
    """
    by_day: dict[tuple, list[dict]] = {}
    by_month: dict[tuple, list[dict]] = {}
    by_year: dict[tuple, list[dict]] = {}
    dated_by_month: dict[tuple, list[dict]] = {}  # the facts a source dates only by their month
    by_figure: dict[tuple, list[dict]] = {}
    groups: dict[int, list[dict]] = {}
    by_sentence: dict[tuple, list[dict]] = {}
    for fact in facts:
        fact["takedown"] = fact["id"]
        by_sentence.setdefault((fact["document"], fact["sentence"]), []).append(fact)
        if fact["count"] is None or not fact["announced"]:
            continue
        # the figure it tells again: of its sentence's figures, the nearest to it (not the 4,258 beside the 267)
        retold = min((other for other in by_sentence.get((fact["document"], fact["retells"]), [])
                      if other["count"] is not None and _family(other["platform"]) == _family(fact["platform"])
                      and (other["unit"], other["surface"]) == (fact["unit"], fact["surface"])),
                     key=lambda other: abs(other["count"] - fact["count"]), default=None)
        if retold is not None:  # "221 accounts" in a headline, where the story gave 212: one takedown, two figures
            fact["takedown"] = retold["takedown"]
            groups.setdefault(fact["takedown"], []).append(fact)
            continue
        key = (*_where_removed(fact), fact["unit"])
        day = _day(fact["announced"]).toordinal()  # days as numbers: neighbours by addition, not by formatting
        month = fact["announced"][:7]
        if fact["date_precision"] == "year" and fact["reference"]:
            candidates = by_year.get((*key, month[:4]), [])  # (a later story's retelling, dated by its year alone)
        elif fact["date_precision"] == "month":
            candidates = by_month.get((*key, month), [])
        else:
            candidates = list(dated_by_month.get((*key, month), ()))
            # (a week's Monday to Sunday; and a named network's figure, retold by a story days after the post)
            reach = NAMED_RETELLING_DAYS if fact["networks"] != "[]" else 3
            for offset in range(-reach, 10 if fact["date_precision"] == "week" else reach + 1):
                candidates += by_day.get((*key, day + offset), [])
        # of the reports it may repeat, the nearest in size: Russia's "75 accounts" of one day is the 75 told
        # elsewhere, not the 77 of another Russian network told first
        match = min((other for other in candidates if _may_repeat(fact, other)
                     and _same_takedown(fact, other) and _fits_group(fact, groups[other["takedown"]])),
                    key=lambda other: abs(other["count"] - fact["count"]), default=None)
        figure = (_family(fact["platform"]), fact["count"]) if _distinctive(fact) else None
        # (a rounded figure in the group, "roughly 400", is no reason to keep the exact one told again apart)
        # (nor is a later report of the same exact figure in the group: "2,917 accts suspended" of February 20
        # joins the takedown a fact-check of March 11 also tells)
        repeated = [other for other in by_figure.get(figure, []) if _repeats(fact, other)
                    and all(_repeats(fact, member) or _same_takedown(fact, member) or _rounded_alike(member, fact)
                            or (member["count"] == fact["count"] and _distinctive(member))
                            for member in groups[other["takedown"]])] if figure else []
        match = match or next(iter(repeated), None)
        for other in repeated:
            if other["takedown"] != match["takedown"] and all(
                    member["count"] == fact["count"] or _rounded_alike(member, fact)
                    for member in [*groups[match["takedown"]], *groups[other["takedown"]]]):
                # (one exact figure in two groups that this report ties together, whichever came first: one takedown;
                # "more than 1,100" beside it is that figure rounded)
                for member in groups.pop(other["takedown"]):
                    member["takedown"] = match["takedown"]
                    groups[match["takedown"]].append(member)
        if match:
            fact["takedown"] = match["takedown"]
        groups.setdefault(fact["takedown"], []).append(fact)
        by_day.setdefault((*key, day), []).append(fact)
        by_month.setdefault((*key, month), []).append(fact)
        by_year.setdefault((*key, month[:4]), []).append(fact)
        if fact["date_precision"] == "month":
            dated_by_month.setdefault((*key, month), []).append(fact)
        if figure:
            by_figure.setdefault(figure, []).append(fact)
    for fact in facts:
        # (a story that gives no year, "TAIPEI, Jan. 9 -- LINE … deleted 318 official accounts" of Jade Kettle: the
        # takedown another report dates, by the same network's same exact figure)
        if not fact["announced"] and fact["networks"] != "[]" and _distinctive(fact):
            names = _json_set(fact["networks"])
            dated = next((other for other in by_figure.get((_family(fact["platform"]), fact["count"]), [])
                          if other["unit"] == fact["unit"] and names & _json_set(other["networks"])), None)
            if dated is not None:
                fact["takedown"] = dated["takedown"]


def _one_name_per_network(facts: list[dict], pairs: list[tuple[str, str]]) -> None:
    """Each fact's networks under one name per network (`network_key`), for grouping: "Apfelbaum" in one story and
    "Glass Orchard" in a timeline are one network where any document pairs the two names, and their 27 channels one
    takedown, not two to add up.  The names shown stay the sources' own."""
    names = _UnionFind([])
    for name, alias in [*pairs, *((alias, name) for alias, name in network_aliases().items())]:
        names.join(name.lower(), alias.lower())
    for fact in facts:
        fact["network_key"] = json.dumps(sorted({names.root(name.lower()) for name in _json_list(fact["networks"])}))


def _origins_by_network(facts: list[dict]) -> dict[int, tuple[str]]:
    """Where a fact that says nothing of where its network came from is from, by the network it names: the one
    country the vocabulary gives a best-known network ("the monthly figure jumped from 3,311 channels…", of
    Spamouflage), or every other figure of a network its own quote names gives.  Asked about by that country; its
    own origins stay empty, as its quote gives none.  (A name only carried from the story's lead may be another
    operation's: "in October 2024 we removed 640 accounts linked to the same firm".)"""
    known = {name.lower(): {origin} for name, origin in NETWORK_ORIGINS.items()}
    found: dict[str, set[str]] = {}
    for fact in facts:
        if fact["count_text"] and (origins := _json_list(fact["origins"])):
            for name in _json_list(fact["networks"]):
                found.setdefault(name.lower(), set()).update(origins)
    inferred: dict[int, tuple[str]] = {}
    for fact in facts:
        if fact["origins"] == "[]" and (names := _json_list(fact["networks"])):
            places = {frozenset(known.get(name.lower()) or (
                found.get(name.lower(), ()) if name.lower() in fact["quote"].lower() else ())) for name in names}
            if len(places) == 1 and len(place := next(iter(places))) == 1:
                inferred[fact["id"]] = tuple(place)
    return inferred


def _without_corrected_figures(facts: list[dict]) -> list[dict]:
    """A figure its platform later says was wrong ("we previously said 1,873, but the correct number is 1,837
    accounts"), wherever a document tells it of the same network or country: gone, so that no answer shows it beside
    the right one as a mere disagreement.  The correcting fact keeps it as the figure first told."""
    corrections = []
    for fact in facts:
        quote = fact["quote"]
        said = PREVIOUSLY_SAID.search(quote) or (NOT_THE_WRONG.search(quote) if CORRECTING.search(quote) else None)
        if said and fact["count"] is not None and int(said["wrong"].replace(",", "")) != fact["count"] and \
                _put_right_by(said, quote) == fact["count"]:
            if fact["first_told"] is None and CORRECTING.search(quote) and not MISPRINT.search(quote):
                # (the figure it puts right, in its words; not "we previously reported 1,000 accounts; today we
                # removed 500 more", a figure of its own, nor a publication's slip)
                fact["first_told"], fact["first_quote"] = said["wrong"], quote
            corrections.append((_family(fact["platform"]), fact["unit"], int(said["wrong"].replace(",", "")),
                                set(_json_list(fact["networks"])), set(_json_list(fact["origins"]))))
        elif fact["first_told"] and fact["count"] is not None and CORRECTING.search(fact["first_quote"] or "") and \
                (wrong := re.search(r"\d[\d,]*", fact["first_told"])) is not None:
            # ("Correction: An earlier version of this post listed 1,942 accounts…", noted atop the right figure)
            corrections.append((_family(fact["platform"]), fact["unit"], int(wrong.group().replace(",", "")),
                                set(_json_list(fact["networks"])), set(_json_list(fact["origins"]))))
    if not corrections:
        return facts

    def corrected(fact: dict) -> bool:
        networks, origins = set(_json_list(fact["networks"])), set(_json_list(fact["origins"]))
        return any(_family(fact["platform"]) == family and fact["unit"] == unit and fact["count"] == wrong
                   and (bool(names & networks) or (not (names and networks) and bool(places & origins)))
                   for family, unit, wrong, names, places in corrections)

    return [fact for fact in facts if not corrected(fact)]


def _put_right_by(said: re.Match[str], quote: str) -> int | None:
    """The figure a correction puts right: the one told last before the wrong one ("…68 Facebook accounts (the company
    first said 63 and corrected itself a week later), 41 Pages…": 68, not the Pages' 41), or the first after it where
    the sentence goes on to give it ("we previously said 1,873, but the correct number is 1,837 accounts")."""
    figures = [count for count in counts_in(quote) if count.value is not None]
    if said.re is PREVIOUSLY_SAID and RIGHT_ONE_NEXT.match(quote, said.end()):
        return next((count.value for count in figures if count.start >= said.end()), None)
    return next((count.value for count in reversed(figures) if count.end <= said.start("wrong")), None)


RIGHT_ONE_NEXT = re.compile(r"[^.;()]{0,40}?\b(?:but|the\s+(?:correct|actual|right|revised|real)\s+"
                            r"(?:figure|number|count|total))\b", re.I)


def _without_denied_tips(tips: list[dict], denied: list[tuple[str | None, str, str | None]],
                         published: dict[str, str | None]) -> list[dict]:
    """Tips a later document says were wrong ("We wrote that X tipped Meta off. It did not."), dropped: the same
    source and platform, told no later than the denial."""
    def denied_here(tip: dict) -> bool:
        told = published.get(tip["document"])
        return any(tip["source"] == source and tip["platform"] == platform and told and when and told <= when
                   for platform, source, when in denied)
    return [tip for tip in tips if not denied_here(tip)] if denied else tips


def _family(platform: str) -> str:
    return PLATFORM_PARENT.get(platform, platform)


def _where_removed(fact: dict) -> tuple[str, str | None]:
    """(company, app) of a takedown: "Google terminated 41 YouTube channels" and "YouTube terminated 41 channels"
    are both Google's, on YouTube, and may be one takedown told twice."""
    family = _family(fact["platform"])
    # (and Google's channels are YouTube's: "…plus 41 channels linked to Northern Relay")
    only_on = next((app for app, unit in ONLY_ON.items() if _family(app) == family and unit == fact["unit"]), None)
    return family, fact["surface"] or (fact["platform"] if fact["platform"] != family else only_on)


QUARTER_DAYS_AFTER = 100  # how long after its quarter a platform's quarterly report comes out


def _in_its_quarters_report(retold: dict, report: dict) -> bool:
    """`retold`, dated by the quarter a named quarterly report covers, and `report`, dated by the day that report (or
    the news of it) came out, weeks after the quarter's end: one figure of one report."""
    return _dated_by_a_reports_quarter(retold) and \
        0 < (_day(report["announced"]) - _day(retold["announced"])).days <= QUARTER_DAYS_AFTER + 31


def _dated_by_a_reports_quarter(fact: dict) -> bool:
    """A figure another story retells from a quarterly report it names ("…according to its Q2 2024 Adversarial Threat
    Report", "In our Q1 report we told you…"), dated by the quarter's last month, not by any day it was told."""
    return bool(fact["reference"]) and fact["date_precision"] == "month" and fact["announced"][5:7] in (
        "03", "06", "09", "12") and any(pattern.search(fact["quote"]) for pattern in (QUARTER_REPORT_NAMED,
                                                                                      QUARTER_REPORT))


def _distinctive(fact: dict) -> bool:
    """An exact figure of 100 or more: repeated with the same country, it is the same takedown."""
    return fact["qualifier"] == "exact" and fact["count"] >= DISTINCTIVE_FIGURE and fact["scope"] not in (
        "cumulative", "network")


def _rounded_alike(rounded: dict, exact: dict) -> bool:
    """A figure given roughly ("roughly 400") within a tenth of an exact one (412)."""
    return rounded["qualifier"] != "exact" and rounded["count"] is not None and \
        abs(rounded["count"] - exact["count"]) <= exact["count"] / 10


def _repeats(a: dict, b: dict) -> bool:
    """The same exact figure, platform and country within about a year, even under other words for the unit
    ("652 fake accounts" and "652 Pages, groups and accounts") or a later date ("the 770 accounts it
    suspended in August"): one takedown, told again."""
    if (a["document"] == b["document"] and not (a["reference"] or b["reference"])) or not (
            _distinctive(a) and _distinctive(b)) or a["count"] != b["count"]:
        return False
    units_a, units_b = set(re.split(r",\s*|\s+and\s+", a["unit"])), set(re.split(r",\s*|\s+and\s+", b["unit"]))
    if not (units_a <= units_b or units_b <= units_a or "assets" in (a["unit"], b["unit"])):
        return False  # ("783 assets" counts Pages, groups and accounts together: the same 783)
    origins_a, origins_b = _json_set(a["origins"]), _json_set(b["origins"])
    days = abs((_day(a["announced"]) - _day(b["announced"])).days)
    if not (origins_a and origins_b):
        # one report leaves the country out: the same day is enough (or the day the quarterly report the other dates
        # by its quarter came out)
        return days <= 3 or _in_its_quarters_report(a, b) or _in_its_quarters_report(b, a)
    return bool(origins_a & origins_b) and days <= 400


class _UnionFind:
    """Fact ids (or names) joined into groups; each group is named by its smallest member, a key seen first being
    a group of its own."""

    def __init__(self, ids: Iterable[int | str]) -> None:
        self.parent = {key: key for key in ids}

    def root(self, key: int | str) -> int | str:
        parent = self.parent
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(self, a: int | str, b: int | str) -> None:
        a, b = self.root(a), self.root(b)
        self.parent[max(a, b)] = min(a, b)


def _period_apart(fact: dict) -> str:
    """The year or month of a figure dated by it alone: "| Networks announced by Facebook | 23 | 38 |" under "| 2019 |
    2020 |" tells two years' totals in one row, and "640 channels in January, 812 in February" two months', each its
    own."""
    if not fact["announced"] or fact["date_precision"] not in ("year", "month"):
        return ""
    return fact["announced"][:4] if fact["date_precision"] == "year" else fact["announced"][:7]


def _announcements(facts: list[dict]) -> None:
    """Give the figures of one announcement one `announcement` id: its per-unit counts ("262 Pages, 356
    accounts…"), the breakdown that follows it, and every other document's report of any of them.  This
    is what summaries count as one takedown; `takedown` stays per unit, so figures are compared like for like."""
    groups = _UnionFind(fact["id"] for fact in facts)
    join, root = groups.join, groups.root

    statement: dict[tuple, int] = {}
    for fact in facts:
        join(fact["id"], fact["takedown"])
        key = (fact["document"], fact["sentence"], _family(fact["platform"]), _period_apart(fact))
        # (not "41 channels linked to Northern Relay and 23 channels linked to Amber Lantern", nor "about 310 accounts
        # run from Chile, and fewer than 100 based in Laos": two networks' figures)
        own = (*key, fact["networks"], fact["linked_to"], fact["origins"])
        join(fact["id"], statement.setdefault(own, fact["id"]))
        statement.setdefault(key, fact["id"])
    for fact in facts:
        for sentence in (fact["part_of"], fact["retells"]):
            told = statement.get((fact["document"], sentence, _family(fact["platform"]), _period_apart(fact)))
            if sentence is not None and told is not None:
                join(fact["id"], told)
    for fact in facts:
        fact["announcement"] = root(fact["id"])


def _dating(facts: list[dict]) -> None:
    """Date each takedown by the report that dates it best: the earliest month any source gives, to the day
    where one does.  A later story's "the 770 accounts it suspended in August" then counts in August, and
    every answer dates a takedown alike.

    A takedown here is what answers show on one line: a sentence's figures for one platform and its
    countries, with every other document's report of any of them (`answer.statements.group_statements`).
    Not the whole `announcement`, and not a figure the sentence refers back to: one sentence may tell of two
    takedowns months apart ("…33 more accounts, after the 764 in January")."""
    groups = _UnionFind(fact["id"] for fact in facts)
    root = groups.root
    statement: dict[tuple, int] = {}
    for fact in facts:
        first = statement.setdefault((fact["document"], fact["sentence"], fact["platform"], fact["origins"],
                                      fact["reference"], _period_apart(fact)), fact["id"])
        groups.join(fact["id"], fact["takedown"])
        groups.join(fact["id"], first)
    best: dict[int, tuple[tuple, dict]] = {}
    for fact in facts:
        if fact["announced"]:
            # (a year alone dates a takedown only where no source gives more: "2018" of a later retelling is not
            # January 2018)
            # (and a week, "this week", by the month it ends in: a day within it, "on Thursday", says more)
            month = (_day(fact["announced"]) + dt.timedelta(days=6)).isoformat()[:7] \
                if fact["date_precision"] == "week" else fact["announced"][:7]
            # (and a quarter's month that another story gives the figure of a quarterly report it names, "…according
            # to its Q2 2024 Adversarial Threat Report", only where no source gives the report's own day)
            rank = (fact["date_precision"] == "year", _dated_by_a_reports_quarter(fact), month,
                    fact["date_precision"] != "day", fact["announced"])
            known = best.get(root(fact["id"]))
            if known is None or rank < known[0]:
                best[root(fact["id"])] = (rank, fact)
    for fact in facts:
        dating = best.get(root(fact["id"]))
        fact["dated"] = dating[1]["announced"] if dating else None
        fact["dated_precision"] = dating[1]["date_precision"] if dating else None


def _may_repeat(fact: dict, other: dict) -> bool:
    """Another document may report the same takedown; within one document only a rounded restatement can
    ("removed 5,929 accounts" … "the nearly 6,000 accounts"), not two figures given as such."""
    if fact["scope"] != other["scope"] and {fact["scope"], other["scope"]} & {"additional", "amplifier", "returning"}:
        return False  # ("1,104 accounts" and "roughly 1,050 additional accounts that amplified them": two sets)
    if other["document"] != fact["document"]:
        return True
    same_figure = (fact["networks"], fact["count"], fact["unit"]) == (other["networks"], other["count"], other["unit"])
    if other["sentence"] != fact["sentence"] and fact["networks"] != "[]" and same_figure:
        return True  # a report's table row, "| Twitter | 41 accounts |", told again in its text for the same network
    if other["sentence"] != fact["sentence"] and "[]" in (fact["networks"], other["networks"]) and (
            fact["count"], fact["unit"], fact["qualifier"]) == (other["count"], other["unit"], other["qualifier"]) and \
            fact["count"] >= DISTINCTIVE_FIGURE:
        return True  # "Twitter has suspended a little over 1,100 accounts…", then the spokesperson's "We took action on
        # a little over 1,100 accounts…", of the network the story names: one figure, told twice
    return other["sentence"] != fact["sentence"] and "exact" in (fact["qualifier"], other["qualifier"]) and (
        fact["qualifier"] != other["qualifier"])


def _fits_group(fact: dict, group: list[dict]) -> bool:
    """A fact joins a takedown only if it matches every report already in it, not just one of them."""
    return all(_same_takedown(fact, member) for member in group)


def _same_takedown(a: dict, b: dict) -> bool:
    origins_a, origins_b = _json_set(a["origins"]), _json_set(b["origins"])
    names_a, names_b = _json_set(a.get("network_key", a["networks"])), _json_set(b.get("network_key", b["networks"]))
    if names_a & names_b and a["count"] == b["count"] and _distinctive(a) and _distinctive(b) and abs(
            (_day(a["announced"]) - _day(b["announced"])).days) <= (
            31 if "month" in (a["date_precision"], b["date_precision"]) else 0):
        return True  # one network's figure on one day (or month), whatever each source says of where it came from
    if names_a & names_b and a["date_precision"] == b["date_precision"] == "day" and abs(
            (_day(a["announced"]) - _day(b["announced"])).days) <= 1 and a["count"] and b["count"]:
        # ("…suspended about 1,300 accounts" in a first version, "1,482" in an update of the same day): one
        # takedown of one network, told with figures that disagree, never two to add up
        return True
    if origins_a and origins_b and not origins_a & origins_b:
        return False
    if names_a and names_b and not names_a & names_b:
        return False  # two networks the sources name apart ("Msasa Signal", "Naija Vanguard"), however alike in size
    if not (origins_a and origins_b) and max(a["count"], b["count"]) < COMMON_FIGURE:
        return False  # "one Group" in two reports of one day: a platform's report lists many such networks
    days = abs((_day(a["announced"]) - _day(b["announced"])).days)
    precisions = (a["date_precision"], b["date_precision"])
    # (a later story's retelling dated only by its year, "in 2018 Twitter suspended nearly 1,200 accounts in Mexico",
    # is of the takedown dated within that year)
    retold_in_year = any(f["date_precision"] == "year" and f["reference"] for f in (a, b)) and \
        a["announced"][:4] == b["announced"][:4]
    if precisions == ("year", "year") and a["reference"] and b["reference"] and a["count"] != b["count"]:
        return False  # (but two such retellings with figures apart, "In 2024, Meta removed 365 accounts…" and "Last
        # year, Meta removed a separate network of 388 accounts…", say nothing that makes them one)
    # (nor one another story dates by the quarter of the report that told it: "…according to its Q2 2024 Adversarial
    # Threat Report", beside the report of August 14)
    # (a named network's figure, retold days later: "LinkedIn removed 643 accounts in Pale Orchard", then a wire
    # story's "some 640 profiles" five days on; but two exact figures apart, days apart, are a follow-up's new total)
    retold = bool(names_a & names_b) and (a["count"] == b["count"] or a["qualifier"] != b["qualifier"])
    if days > (31 if "month" in precisions else 9 if "week" in precisions else NAMED_RETELLING_DAYS if retold
               else 3) and not retold_in_year and not (
            _in_its_quarters_report(a, b) or _in_its_quarters_report(b, a)):
        return False
    (low, low_qualifier), (high, high_qualifier) = sorted([(a["count"], a["qualifier"]), (b["count"], b["qualifier"])])
    if low_qualifier in ("more than", "at least") and high <= low * 1.25:
        return True  # "more than 1,000" and "1,196": one figure, rounded down
    if high_qualifier in ("fewer than", "up to") and low * 1.25 >= high and low != high:
        return True  # "fewer than 100" and "88": one figure, rounded up
    return high == 0 or (high - low) / high <= 0.10


@lru_cache(maxsize=4096)
def _json_set(text: str) -> frozenset[str]:
    """A fact's `origins` or `networks` JSON as a set, parsed once per distinct text: grouping compares each fact many
    times."""
    return frozenset(_json_list(text))


@lru_cache(maxsize=4096)
def _json_list(text: str) -> tuple[str, ...]:
    """A JSON list column, parsed once per distinct text (most are "[]" or repeat: '["Iran"]')."""
    return tuple(json.loads(text))


@lru_cache(maxsize=8192)
def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _fact_row(fact_id: int, fact: Fact, before: str = "") -> dict:
    """A fact as a row of `facts`; `before`: the sentence before its own, which may name its platform's report it
    is told from ("Buried in Meta's report for the third quarter, published on 22 November, was a network…")."""
    return {
        "id": fact_id, "takedown": fact_id, "document": fact.document, "sentence": fact.sentence,
        "platform": fact.platform, "action": fact.action, "count": fact.count, "qualifier": fact.qualifier,
        "count_text": fact.count_text, "unit": fact.unit, "surface": fact.surface,
        "origins": json.dumps(fact.origins), "targets": json.dumps(fact.targets), "target_text": fact.target_text,
        "attribution": fact.attribution, "networks": json.dumps(fact.networks),
        "linked_to": json.dumps(fact.linked_to), "announced": _iso(fact.announced),
        "date_precision": fact.date_precision, "reference": int(fact.reference), "scope": fact.scope,
        "part_of": fact.part_of, "retells": fact.retells, "announcement": fact_id,
        "quote": fact.quote, "first_told": fact.first_told, "first_quote": fact.first_quote,
        # whether it says whom the network targeted, or who was behind it: filters of a light read
        "targeted": int(bool(fact.targets) or fact.target_text is not None),
        "attributed": int(bool(fact.linked_to) or fact.attribution is not None),
        "domestic": int(fact.domestic),
        # the quarter or month of the periodic report it is told from ("…in its bulletin for the third quarter of
        # 2022", "In its December 2024 update…"), asked about by that period however the story dates it
        # (and the month a figure dated by the day it was told says the removals were made in: "On Wednesday, Google
        # said it had terminated 1,340 channels in June")
        **dict(zip(("covers_from", "covers_to"), map(_iso, report_period_in(fact.quote) or (
            removal_month(fact.quote, fact.announced) if fact.date_precision == "day" else None) or (
            _told_from_the_report_before(fact, before)) or (None, None)),
            strict=True)),
    }


def _told_from_the_report_before(fact: Fact, before: str) -> tuple[dt.date, dt.date] | None:
    """The period of the platform's report the sentence before names, where the figure's own sentence goes on
    telling what that platform said (its name, or "It…", "We…"); not an earlier takedown recalled."""
    period = report_period_in(before, fact.announced) if before and not fact.reference else None
    return period if period and _platforms_own(before, fact.platform) and (
        _platforms_own(fact.quote, fact.platform) or ITS_OWN_WORDS.match(fact.quote)) else None


# a figure's sentence that goes on telling what the platform said, in its own words or of it: "It said…", "We…"
ITS_OWN_WORDS = re.compile(r"\W*(?:It|They|We|The\s+(?:company|platform|report))\b")


def _platforms_own(sentence: str, platform: str) -> bool:
    """Whether the sentence names the platform, or the company it belongs to ("Meta's report", of Facebook's)."""
    return any(_family(name) == _family(platform) for name, _, _ in platforms_in(sentence))


def _insert(db: sqlite_utils.Database, table: str, columns: tuple[str, ...], rows: Iterable[dict]) -> None:
    """Plain executemany: sqlite-utils' `insert_all` checks and converts every value, which cost more than
    the inserts themselves for the tens of thousands of facts of a large folder.  (Two columns or more:
    `itemgetter` of one gives a bare value, not a row.)"""
    db.conn.executemany(f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
                        map(itemgetter(*columns), rows))


def _create_tables(db: sqlite_utils.Database) -> None:
    """Every table with its columns, so an empty knowledge folder still gives a database that answers."""
    # a periodic report's quarter or month (`dates.reported_period`): its takedowns are that period's
    db["documents"].create({"path": str, "title": str, "url": str, "publisher": str, "published": str,
                            "date_source": str, "facts": int, "covers_from": str, "covers_to": str, "key": str},
                           pk="path")
    # `quote` only where it differs from `text`: an HTML sentence split by markup, quoted by a verbatim stretch
    # `heading`: a Markdown heading ("## Saltmarsh (YouTube, June 1, 2022)"), where one section ends and the next begins
    db["sentences"].create({"id": int, "document": str, "position": int, "text": str, "headline": int,
                            "quote": str, "document_key": str, "heading": int},
                           pk="id", foreign_keys=[("document", "documents", "path")])
    db["facts"].create(FACT_SCHEMA, pk="id", foreign_keys=[("document", "documents", "path")])
    db["fact_countries"].create({"fact": int, "country": str, "role": str}, foreign_keys=[("fact", "facts", "id")])
    light = ", ".join(f"{column} {SQL_TYPES[FACT_SCHEMA[column]]}" for column in LIGHT_FACT_COLUMNS)
    db.conn.execute(f"create table facts_by_country (country text, role text, {light}, "
                    "primary key (country, role, id)) without rowid")
    db["tips"].create({"id": int, **dict.fromkeys(TIP_COLUMNS, str), "sentence": int}, pk="id",
                      foreign_keys=[("document", "documents", "path")])
    db["reach"].create({"id": int, "document": str, "sentence": int, "platform": str, "measure": str, "amount": int,
                        "qualifier": str, "amount_text": str, "currency": str, "origins": str, "networks": str,
                        "announced": str, "quote": str}, pk="id", foreign_keys=[("document", "documents", "path")])
    db["vocabulary"].create({"term": str, "kind": str, "canonical": str})
    db["network_aliases"].create({"name": str, "alias": str, "document": str})
    db["network_origins"].create({"name": str, "origin": str})
    db["words"].create({"word": str}, pk="word")
    db["meta"].create({"key": str, "value": str}, pk="key")
    db[EXTRACTED].create({"path": str, "digest": str, "rows": bytes}, pk="path")


@dataclass
class _Rows:
    """One document's rows, made where it was extracted (a worker sends back plain tuples and dicts)."""

    document: tuple
    sentences: list[tuple]
    facts: list[dict]
    tips: list[dict]
    reach: list[tuple]
    aliases: list[tuple]
    words: set[str]
    denied: list[tuple[str | None, str, str | None]]  # (platform, source, the denying document's date)

    @classmethod
    def from_kept(cls, kept: dict) -> _Rows:
        """Rows an earlier build kept (`bot.reuse`): JSON gave lists for tuples, which every use here accepts,
        and a sorted list for the set of words."""
        return cls(**{**kept, "words": set(kept["words"])})


@dataclass
class _Extracted:
    """One file's outcome: its rows and their packed form under its content digest, or why it was skipped."""

    path: str
    rows: _Rows | None
    reason: str | None = None
    digest: str = ""
    blob: bytes = b""
    reused: bool = False


def _rows(document: Document, extraction: Extraction) -> _Rows:
    covers = reported_period(document.title, document.body, document.published)
    headings = set(document.heading_lines)
    return _Rows(
        document=(document.path, document.title, document.url, document.publisher, _iso(document.published),
                  document.date_source, len(extraction.facts), *map(_iso, covers or (None, None))),
        sentences=[(s.document, s.position, s.text, int(s.headline), s.quote if s.quote != s.text else None,
                    int(bool(headings) and document.body.rfind("\n", 0, s.start) + 1 in headings))
                   for s in extraction.sentences],
        facts=[_fact_row(0, f, extraction.sentences[f.sentence - 1].text if 0 < f.sentence <= len(
            extraction.sentences) else "") for f in extraction.facts],
        tips=[{"document": t.document, "sentence": t.sentence, "platform": t.platform, "source": t.source,
               "about": t.about, "announced": _iso(t.announced), "tipped": _iso(t.tipped),
               "tipped_precision": t.tipped_precision, "quote": t.quote, "credit": t.credit}
              for t in extraction.tips],
        reach=[(r.document, r.sentence, r.platform, r.measure, r.amount, r.qualifier, r.amount_text, r.currency,
                json.dumps(r.origins), json.dumps(r.networks), _iso(r.announced), r.quote) for r in extraction.reach],
        aliases=[(name, alias, document.path) for name, alias in extraction.aliases],
        words=set(WORD.findall(" ".join(s.text for s in extraction.sentences).lower())),
        denied=[(t.platform, t.source, _iso(document.published)) for t in extraction.denied_tips],
    )


def _read_and_extract(item: tuple[Path, str]) -> _Extracted:
    """One file, start to finish: its rows, packed to be kept (in the worker, which has the time), or the
    reason it was skipped."""
    file, relative = item
    try:
        raw = read_bytes(file)
        document = parse_document(relative, raw)
    except DocumentError as error:
        return _Extracted(relative, None, str(error))
    rows = _rows(document, extract_document(document))
    return _Extracted(relative, rows, digest=content_digest(raw), blob=packed(vars(rows)))


def _unchanged(item: tuple[Path, str], earlier: EarlierRows) -> str | None:
    """The digest of a file whose bytes an earlier build kept rows for, else None."""
    file, relative = item
    try:
        digest = content_digest(file.read_bytes())
    except OSError:
        return None  # (extracted, to be skipped with its reason)
    return digest if earlier.has(relative, digest) else None


def _kept(item: tuple[Path, str], digest: str, earlier: EarlierRows) -> _Extracted:
    """A file's rows as an earlier build kept them, read one file at a time (all of them at once would hold a
    large folder's rows in memory twice); extracted again where they cannot be read back."""
    found = earlier.get(item[1], digest)
    if found is None:
        return _read_and_extract(item)
    blob, kept = found
    return _Extracted(item[1], _Rows.from_kept(kept), digest=digest, blob=blob, reused=True)


def _fewer_collections() -> None:
    """A worker's start: the cycle collector run less often (`COLLECT_AFTER`)."""
    gc.set_threshold(COLLECT_AFTER, 50, 100)


def _extract_all(knowledge: Path, earlier: EarlierRows) -> Iterator[_Extracted]:
    """Every file read and extracted, in order (facts are numbered in it); a file an earlier build read with
    the same bytes keeps its rows, and many files to extract are spread over the machine's cores."""
    files = knowledge_files(knowledge)
    unchanged = {item[1]: digest for item in files if earlier and (digest := _unchanged(item, earlier))}
    fresh = [item for item in files if item[1] not in unchanged]
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(fresh) >= PARALLEL_FROM and workers > 1:
        with ProcessPoolExecutor(max_workers=workers, initializer=_fewer_collections) as pool:
            extracted = pool.map(_read_and_extract, fresh, chunksize=32)
            yield from (_kept(item, unchanged[item[1]], earlier) if item[1] in unchanged else next(extracted)
                        for item in files)
    else:
        extracted = map(_read_and_extract, fresh)
        yield from (_kept(item, unchanged[item[1]], earlier) if item[1] in unchanged else next(extracted)
                    for item in files)


class _Writer:
    """Writes documents and sentences as they arrive; facts wait for the end, to be grouped into takedowns."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.documents = 0
        self.sentences = 0
        self.fact_rows: list[dict] = []
        self.tip_rows: list[dict] = []
        self.words: set[str] = set()
        self.network_names: set[str] = set()
        self.alias_pairs: list[tuple[str, str]] = []  # (name, alias): one network's two names, as documents pair them
        self.publishers: set[str] = set()
        self.published: dict[str, str | None] = {}  # each document's date, to place a denial after what it denies
        self.denied: list[tuple[str | None, str, str | None]] = []
        _create_tables(db)

    def add(self, extracted: _Extracted) -> None:
        rows = extracted.rows
        assert rows is not None  # (skipped files are reported, never added)
        self.db.conn.execute(f"insert into {EXTRACTED} (path, digest, rows) values (?, ?, ?)",
                             (extracted.path, extracted.digest, extracted.blob))
        key = f"d{self.documents + 1}"  # one word, found in no text: the document in the full-text index
        self.db.conn.execute("insert into documents (path, title, url, publisher, published, date_source, facts, "
                             "covers_from, covers_to, key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (*rows.document, key))
        # plain executemany: sqlite-utils' per-value checks cost more than the insert for the largest table
        self.db.conn.executemany("insert into sentences (document, position, text, headline, quote, heading, "
                                 "document_key) values (?, ?, ?, ?, ?, ?, ?)",
                                 [(*sentence, key) for sentence in rows.sentences])
        for fact in rows.facts:
            fact["id"] = fact["takedown"] = fact["announcement"] = len(self.fact_rows) + 1
            self.fact_rows.append(fact)
        self.tip_rows += rows.tips
        self.published[rows.document[0]] = rows.document[4]
        self.denied += rows.denied
        self.db.conn.executemany("insert into network_aliases (name, alias, document) values (?, ?, ?)",
                                 rows.aliases)
        self.network_names |= {name for name, _, _ in rows.aliases}
        self.alias_pairs += [(name, alias) for name, alias, _ in rows.aliases]
        self.db.conn.executemany("insert into reach (document, sentence, platform, measure, amount, qualifier, "
                                 "amount_text, currency, origins, networks, announced, quote) "
                                 "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.reach)
        self.words |= rows.words
        if rows.document[3]:
            self.publishers.add(rows.document[3])
        self.documents += 1
        self.sentences += len(rows.sentences)

    def finish(self, knowledge: Path) -> None:
        db = self.db
        self.fact_rows = _without_corrected_figures(self.fact_rows)
        _one_name_per_network(self.fact_rows, self.alias_pairs)
        _takedown_groups(self.fact_rows)
        _announcements(self.fact_rows)
        _dating(self.fact_rows)
        _insert(db, "facts", FACT_COLUMNS, self.fact_rows)
        inferred = _origins_by_network(self.fact_rows)
        # (a network aimed at "a domestic audience" targeted where it came from: asked about as that country's target)
        _insert(db, "fact_countries", ("fact", "country", "role"),
                ({"fact": f["id"], "country": c, "role": role} for f in self.fact_rows
                 for role in ("origin", "target") for c in _json_list(f[role + "s"]) or (
                     inferred.get(f["id"], ()) if role == "origin" else
                     _json_list(f["origins"]) if f["domestic"] else ())))
        # each country's facts side by side (light columns only): a question about a country reads one
        # stretch of this table instead of seeking every fact's wide row (`KnowledgeBase.facts`)
        db.conn.execute(f"insert into facts_by_country select c.country, c.role, {LIGHT_SELECT} "
                        "from fact_countries c join facts f on f.id = c.fact")
        _insert(db, "tips", TIP_COLUMNS, _without_denied_tips(self.tip_rows, self.denied, self.published))
        vocabulary = vocabulary_rows()
        db["vocabulary"].insert_all(vocabulary)
        # a platform the vocabulary does not know, whose own report says "we banned…" ("Parallax AI"): asked by name
        platforms = {row["term"] for row in vocabulary if row["kind"] == "platform"}
        db["vocabulary"].insert_all({"term": name.lower(), "kind": "platform", "canonical": name}
                                    for name in sorted({f["platform"] for f in self.fact_rows})
                                    if name.lower() not in platforms)
        # the networks the documents name, so a question can name them in any case ("who ran smaat?")
        known = {row["term"] for row in vocabulary if row["kind"] == "network"}
        named = {name for f in self.fact_rows for name in _json_list(f["networks"])} | self.network_names
        db["vocabulary"].insert_all({"term": name, "kind": "network", "canonical": name}
                                    for name in sorted(named - known))
        # who published the documents ("South Asia Observer"), so a question can name them ("How did the South Asia
        # Observer describe…?"); not a platform's own newsroom, which is the platform
        known_terms = {row["term"] for row in vocabulary} | {name.lower() for name in named} | {
            f["platform"].lower() for f in self.fact_rows}
        db["vocabulary"].insert_all({"term": publisher.lower(), "kind": "publisher", "canonical": publisher}
                                    for publisher in sorted(self.publishers)
                                    if publisher.lower() not in known_terms and not platforms_in(publisher))
        db["network_aliases"].insert_all({"name": name, "alias": alias, "document": None}
                                         for alias, name in network_aliases().items() if alias != name)
        # (looked up by name for every question that names a network: a table of its own, not a scan of facts)
        # (and who ran them: "Qamar Digital", asked about as a network is, places its figures too)
        db.conn.executemany("insert into network_origins (name, origin) values (?, ?)", sorted({
            (name.lower(), origin) for f in self.fact_rows if f["count_text"]
            for name in (*_json_list(f["networks"]), *_json_list(f["linked_to"]))
            for origin in _json_list(f["origins"])}))
        db.conn.executemany("insert into words (word) values (?)", [(w,) for w in sorted(self.words)])
        db["meta"].insert_all([{"key": "schema", "value": SCHEMA_VERSION},
                               {"key": "knowledge", "value": str(knowledge.resolve())},
                               {"key": "extractor", "value": extractor_version()},
                               {"key": "built", "value": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}],
                              pk="key")
        # the document's one-word key is indexed beside the text, so a search within a few documents
        # happens inside the full-text index (`KnowledgeBase.search`)
        db["sentences"].enable_fts(["text", "document_key"], tokenize="porter")
        db["facts"].create_index(["platform"])
        # by date, holding every column a light read (`knowledge.LIGHT_COLUMNS`) and a filter needs: most
        # answers then read this index alone, never the wide rows with their quotes
        db["facts"].create_index(["announced", "platform", "surface", "count", "takedown", "document", "sentence",
                                  "unit", "origins", "date_precision", "count_text", "qualifier", "scope", "reference",
                                  "announcement", "dated", "dated_precision", "targeted", "attributed", "domestic",
                                  "covers_from", "covers_to"],
                                 index_name="idx_facts_light")
        # by figure, holding what "largest" and "the 32 pages" filter on, so non-matching figures cost no row read
        db["facts"].create_index(["count", "platform", "surface", "unit", "qualifier", "reference", "scope"],
                                 index_name="idx_facts_count")
        db["facts"].create_index(["covers_from", "covers_to"])  # the few told from a period's report
        db["facts"].create_index(["takedown"])
        db["facts"].create_index(["announcement"])
        db["facts"].create_index(["document", "sentence"])
        db["fact_countries"].create_index(["country", "role"])
        db["fact_countries"].create_index(["fact"])
        # covering every filter but names, so a question reads only the rows it shows
        db["reach"].create_index(["measure", "announced", "platform", "origins"], index_name="idx_reach_light")
        db["sentences"].create_index(["document", "position"], unique=True)
        db["network_origins"].create_index(["name"])
        db["documents"].create_index(["covers_from", "covers_to"])  # the few periodic reports, found at once
        db["documents"].create_index(["published"])  # a day's stories, for "…on March 4" (`documents_published`)


def _previous_state(db_path: Path) -> tuple[set[str], int | None]:
    if not db_path.exists():
        return set(), None
    try:
        db = sqlite_utils.Database(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True))
        paths = {row["path"] for row in db["documents"].rows}
        count = db["facts"].count
        db.close()
        return paths, count
    except sqlite3.DatabaseError:
        return set(), None


def build(knowledge: Path, db_path: Path) -> LoadReport:
    """Read every document under `knowledge` and atomically replace the database at `db_path`."""
    before, facts_before = _previous_state(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = db_path.with_name(f".{db_path.name}.{os.getpid()}.building")
    temporary.unlink(missing_ok=True)
    skipped: list[tuple[str, str]] = []
    paths: set[str] = set()
    reused = 0
    earlier = EarlierRows(db_path, SCHEMA_VERSION, extractor_version())
    try:
        connection = sqlite3.connect(temporary)
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        writer = _Writer(sqlite_utils.Database(connection))
        for extracted in _extract_all(knowledge, earlier):
            if extracted.rows is None:
                skipped.append((extracted.path, extracted.reason or "unreadable"))
                continue
            writer.add(extracted)
            paths.add(extracted.path)
            reused += extracted.reused
        writer.finish(knowledge)
        connection.commit()
        connection.close()
        os.replace(temporary, db_path)
    finally:
        earlier.close()
        temporary.unlink(missing_ok=True)
    return LoadReport(documents=writer.documents, facts=len(writer.fact_rows), sentences=writer.sentences,
                      skipped=skipped, reused=reused, added=sorted(paths - before) if before else [],
                      removed=sorted(before - paths), facts_before=facts_before)


def open_readonly(db_path: Path) -> sqlite_utils.Database:
    """A read-only connection of this thread's own: answering never writes, and never shares a connection.

    The file is memory-mapped: SQLite then reads pages in place instead of copying each one out of the
    operating system's cache, which is a tenth of an answer's time on a large base.  A rebuilt base
    replaces the file (`os.replace`), so a mapping always sees the whole of the file it was opened on."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    connection.execute(f"pragma mmap_size = {MMAP_BYTES}")
    return sqlite_utils.Database(connection)
