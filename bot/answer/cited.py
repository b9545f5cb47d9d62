"""What an answer is made of: citations, and the phrases every kind of answer words a fact with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.consolidate import JOINT_SUBJECT
from bot.mentions import countries_in, platforms_in
from bot.numbers import TOTAL_BROUGHT_TO
from bot.understand import Query
from bot.vocabulary import CITIES, NETWORK_UNITS, PLATFORM_PARENT
from bot.wording import format_date, join_words

MAX_FACTS_LISTED = 8
# the newer names the sources may give a platform stored under its older one: "Meta tipped off OpenAI"
NEWER_NAMES = {"Facebook": "Meta", "Twitter": "X"}


@dataclass(frozen=True)
class Citation:
    """A source an answer rests on: the document and the exact words quoted from it."""

    document: str
    title: str
    url: str | None
    published: str | None
    quote: str

    def as_dict(self) -> dict[str, str | None]:
        return {"document": self.document, "title": self.title, "url": self.url, "published": self.published,
                "quote": self.quote}


@dataclass
class Answer:
    """What the bot says: a status, the reply text, its citations, and choices when it must ask."""

    question: str
    status: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    rephrased: list[str] = field(default_factory=list)  # the question asked with each choice, for buttons

    def as_dict(self) -> dict[str, object]:
        return {"question": self.question, "status": self.status, "text": self.text,
                "citations": [c.as_dict() for c in self.citations], "choices": self.choices}


class Citations:
    """Numbered citations, one per distinct quote."""

    def __init__(self) -> None:
        self.numbers: dict[Citation, int] = {}

    @property
    def items(self) -> list[Citation]:
        return list(self.numbers)

    def cite(self, row: dict) -> str:
        citation = Citation(row["document"], row["title"], row["url"], row["published"], row["quote"])
        number = self.numbers.setdefault(citation, len(self.numbers) + 1)
        return f"[{number}]"


def unit_phrase(row: dict) -> str:
    unit = row["unit"] or "accounts"
    if row["count"] == 1 and row["qualifier"] == "exact" and " " not in unit and unit.endswith("s"):
        unit = unit[:-1]  # "1 group", not "1 groups"
    if (row["surface"] and row["surface"] != row["platform"]) or row["surface"] == "Instagram":
        return f"{row['surface']} {unit}"
    return unit


SCOPE_NOTES = {"spam": " for spam", "disclosed": " disclosed to its archive", "amplifier": " used as amplifiers",
               "network": " in the larger network they were part of",
               "cumulative": " in all over time (a running total, not one takedown)",
               "sum": " in all (the sum of the figures told with it)",
               "returning": " of networks removed before, trying to come back"}
PERIOD_TOTAL_NOTE = " in all, across networks (a total for the period, not one takedown)"
RUNNING_SINCE = re.compile(r"\bsince\b|\bto\s+date\b|\bso\s+far\b", re.I)  # (a running total, however it is dated)
RUNNING_WORDS = re.compile(r"\bsince\b|\bto\s+date\b|\bso\s+far\b|\bhistory\b|\blifetime\b"
                           r"|\bover\s+the\s+(?:past|last)\b|\ball\s+told\b|\bcumulative", re.I)


def figure_phrase(row: dict) -> str:
    figure = f"{row['count_text']} {unit_phrase(row)}" if row["count_text"] else unit_phrase(row)
    if row["count_text"] and re.search(r",| and ", row["unit"] or ""):
        figure += " combined"  # "783 pages, groups and accounts combined": not 783 accounts
    quote = row.get("quote") or ""
    if row["scope"] == "sum" and JOINT_SUBJECT.search(quote):
        return figure + " together (one figure for the platforms named with it, no one platform's)"
    if row["scope"] == "cumulative" and TOTAL_BROUGHT_TO.search(quote):
        # ("…a second sweep had found more accounts, bringing the total to 69", of one named network)
        named = f"{' / '.join(row['networks'])} " if row.get("networks") else ""
        return figure + f" in all (the {named}total so far, with those removed before)"
    if row["scope"] == "cumulative" and not RUNNING_SINCE.search(quote) and (
            row["date_precision"] in ("year", "month") or (quote and not RUNNING_WORDS.search(quote))):
        # "In 2022, Meta removed a total of 9,310 accounts across all the networks it disclosed", "Across the three
        # networks the company removed 242 Facebook accounts": a total across networks, not a running one since some
        # start
        return figure + (" in all (a total for the period)" if row["unit"] in NETWORK_UNITS else PERIOD_TOTAL_NOTE)
    if row["scope"] == "spam" and row.get("quote") and not re.search(r"\bspam", row["quote"], re.I):
        return figure + " (not an influence operation)"  # a scam ring's accounts, or the like: the source's words
    return figure + SCOPE_NOTES.get(row["scope"] or "", "")


def origin_phrase(row: dict) -> str:
    """" (originated in Iran)": the attribution as the source words it, plus the origins it leaves out ("one from
    Russia and one from Iran" is quoted as "from Russia"; the answer adds "also Iran")."""
    if row["attribution"]:
        attribution = row["attribution"]
        mentions = countries_in(attribution)
        named = {country for country, _, _ in mentions}
        missing = [country for country in row["origins"] if country not in named]
        also = f"; also {join_words(missing)}" if named and missing else ""
        # "Khartoum-based" names Sudan only to those who know its capital: the answer says it
        # (and "linked to the PRC" names China only to those who know the letters)
        by_city = list(dict.fromkeys(country for country, start, end in mentions if (
            attribution[start:end] in CITIES or (attribution[start:end].isupper() and len(attribution[start:end]) > 2))
            and country not in {c for c, s, e in mentions if attribution[s:e] not in CITIES
                                and not (attribution[s:e].isupper() and len(attribution[s:e]) > 2)}))
        city = f", {join_words(by_city)}" if by_city else ""
        return f" ({attribution}{city}{also})"
    if row["origins"]:
        return f" (from {join_words(row['origins'])})"
    return ""


def date_phrase(row: dict) -> str:
    return format_date(row["announced"], row["date_precision"]) if row["announced"] else "date unknown"


def title_adds_figures(title: str | None, quote: str) -> bool:
    """Whether a title gives a figure its quote does not ("Issue #112", "X suspends more than 4,000 accounts"):
    such a title is left to the citation, so that the answer states no number its quotes do not."""
    return bool(set(re.findall(r"\d[\d,]*", title or "")) - set(re.findall(r"\d[\d,]*", quote)))


def source_label(title: str | None, quote: str, published: str | None) -> str:
    """"Title, March 4, 2024" after a quoted sentence; a title that adds figures (`title_adds_figures`) is left out."""
    when = format_date(published) if published else "undated"
    return when if not title or title_adds_figures(title, quote) else f"{title}, {when}"


def describe_fact(row: dict) -> str:
    """One takedown in a line, as answers word it: "Facebook removed 40 accounts (run from Peru), April 6, 2021"."""
    return f"{row['platform']} {row['action']} {figure_phrase(row)}{origin_phrase(row)}, {date_phrase(row)}"


def period_phrase(query: Query) -> str:
    """"in 2019", "on March 3, 2019", "since 2020": the period asked about, as a sentence says it."""
    exact_day = (query.date_from is not None and query.date_from == query.date_to) or (
        query.month_day is not None and query.month_day[1])
    label = query.date_label or ""
    if re.match(r"[A-Z][a-z]+ \d+ to ", label):  # a span of days: "from May 13 to 19, 2024"
        return f"from {label}"
    return label if label.startswith(("since", "before")) else f"on {label}" if exact_day else f"in {label}"


def subject_phrase(query: Query) -> str:
    """What the question was about, for headings: " for Twitter, Iran, in 2019" or " in 2024"."""
    parts = asked_about(query)
    subject = " for " + ", ".join(parts) if parts else ""
    if query.date_label:
        subject += ("," if subject else "") + " " + period_phrase(query)
    return subject


def asked_about(query: Query) -> list[str]:
    """The filters of a question as an answer names them: "Twitter", "Instagram assets", "targeting Iran"."""
    parts = []
    if query.platforms:
        parts.append(join_words(query.platforms))
    surfaces = [s for s in query.surfaces if s not in query.platforms]
    if surfaces:
        parts.append(join_words(surfaces) + " assets")
    if query.countries:
        parts.append(("targeting " if query.country_role == "target" else "") + join_words(query.countries))
    if query.targets:
        parts.append("targeting " + join_words(query.targets))
    if query.names:
        parts.append(join_words(query.names))
    if query.domestic:
        parts.append("networks aimed at their own country")
    return parts


def names_platform_asked(quote: str, query: Query) -> bool:
    """Whether a quote names a platform the question asks about, by any of its names and its company's, or the app
    it asks about itself; true of every quote where the question asks about none."""
    named = {name for name, _, _ in platforms_in(quote)}
    if query.surfaces:  # ("How many Instagram accounts…": Instagram itself, not any of Meta's apps)
        return bool(named & set(query.surfaces))
    asked = {PLATFORM_PARENT.get(name, name) for name in query.platforms}
    return not asked or bool(asked & {PLATFORM_PARENT.get(name, name) for name in named})
