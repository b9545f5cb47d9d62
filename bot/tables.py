"""Markdown tables of takedown figures: a header naming units, rows labelled with a country or describing
a network.

Quarterly reports list their networks as a table ("| Iran | 389 | 118 | 27 | 6 |" under "| Origin |
Facebook accounts | Pages | Groups | Instagram accounts |"), or one row per network with its description
and its size ("| Operated from Iran, aimed at Israel | 47 | 3,902 |" under "| Network | Accounts in
network | Followers of network |").  No sentence of such a row says what its figures count; the header
does.  Pure functions: the extractor asks what a row's cells are and what each column counts or
measures, and cites the row itself.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.units import SURFACES
from bot.vocabulary import NETWORK_UNITS, ONLY_ON, UNIT_WORDS

RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")  # "|---|---:|"
FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
YEAR_CELL = re.compile(r"(?:19|20)\d\d")
# words of a header whose column gives reach, not a count of what was removed
REACH_COLUMNS = {"followers": "followers", "follower": "followers", "fans": "followers", "subscribers": "subscribers",
                 "views": "views", "impressions": "views", "posts": "posts", "tweets": "posts", "videos": "posts"}


def cells(line: str) -> list[str] | None:
    """The cells of a Markdown table row ("| Iran | 389 |" -> ["Iran", "389"]), or None for any other line."""
    text = line.strip()
    if not text.startswith("|") or text.count("|") < 3:
        return None
    return [cell.strip(" *_") for cell in text.strip("|").split("|")]


def is_rule(line: str) -> bool:
    """The line under a table's header ("|---|---:|")."""
    return RULE.fullmatch(line.strip()) is not None


def column_units(header: list[str]) -> list[tuple[str, str | None] | None]:
    """What each column counts, (unit, surface), or None: "Instagram accounts" -> ("accounts", "Instagram"),
    "Pages" -> ("pages", None), "Accounts in network" -> ("accounts", None), "Instagram" -> ("accounts", "Instagram"),
    "Origin" -> None.  A column
    naming more than one unit counts none; one that measures reach ("Followers of network") counts none."""
    found: list[tuple[str, str | None] | None] = []
    for cell, measure in zip(header, column_measures(header), strict=True):
        words = re.findall(r"[a-z]+", cell.lower())
        units = {UNIT_WORDS[word] for word in words if word in UNIT_WORDS}
        if units - NETWORK_UNITS:  # "Accounts in network": accounts, of the network the row describes
            units -= NETWORK_UNITS
        surfaces = [SURFACES[word] for word in words if word in SURFACES]
        if not units and len(words) == 1 and surfaces:  # "Instagram" alone: that app's accounts (YouTube's channels)
            units = {ONLY_ON.get(surfaces[0], "accounts")}
        if units == {"accounts", "channels"} and not measure and SEVERAL_UNITS.search(cell):
            found.append(ACCOUNTS_OR_CHANNELS)  # "Accounts / channels removed": YouTube's channels, others' accounts
            continue
        if (len(units) > 1 and not measure and SEVERAL_UNITS.search(cell)) or (
                not units and not measure and REMOVED_HEADER.fullmatch(cell.strip())):
            # "Pages / channels removed", or "Removed" alone: each cell names its own ("34 Pages", "73 channels",
            # "74 Facebook accounts, 12 Pages")
            found.append(CELL_SAYS)
            continue
        found.append((units.pop(), surfaces[0] if surfaces else None) if len(units) == 1 and not measure else None)
    return found


# a column of several units, one per row ("Pages / channels removed"), whose cells say which
SEVERAL_UNITS = re.compile(r"\w\s*(?:/|or)\s*\w", re.I)
CELL_SAYS: tuple[str, str | None] = ("", None)  # (`column_units`: the unit is the cell's own, or none)
# (`column_units`: a column of accounts, or of channels where the row's platform counts channels)
ACCOUNTS_OR_CHANNELS: tuple[str, str | None] = ("accounts or channels", None)
REMOVED_HEADER = re.compile(r"(?:assets\s+)?(?:removed|removals?|taken\s+down|takedowns?|suspended|banned|terminated|"
                            r"blocked|action\s+taken|what\s+was\s+removed|enforcement(?:\s+actions?)?|"
                            r"actions?\s+taken|outcome)", re.I)


def year_columns(header: list[str]) -> list[int | None] | None:
    """"| Measure | 2019 | 2020 |": the year each column gives its row's figure for (None for the label's column); None
    for a header with fewer than two years."""
    years = [int(cell) if YEAR_CELL.fullmatch(cell.strip()) else None for cell in header]
    return years if years and years[0] is None and sum(year is not None for year in years) >= 2 else None


PERIOD_CELL = re.compile(r"(?:(?P<half>H[12])|(?P<quarter>Q[1-4]))\s+(?P<year>(?:19|20)\d\d)")


def period_columns(header: list[str]) -> tuple[int, list[tuple[dt.date, str] | None]] | None:
    """"| Policy area | Unit | H2 2024 | H1 2024 |": where the column saying what each row counts is, and the period
    each other column gives its row's figure for, by its last month (H2 2024: December 2024); None for a header
    without a "Unit" column and two such periods."""
    unit_at = next((index for index, cell in enumerate(header) if UNIT_HEADER.fullmatch(cell)), None)
    periods: list[tuple[dt.date, str] | None] = []
    for cell in header:
        found = PERIOD_CELL.fullmatch(cell.strip())
        if found is None:
            periods.append(None)
            continue
        last = 6 * int(found["half"][1]) if found["half"] else 3 * int(found["quarter"][1])
        periods.append((dt.date(int(found["year"]), last, 1), "month"))
    if unit_at is None or sum(period is not None for period in periods) < 2:
        return None
    return unit_at, periods


def column_measures(header: list[str]) -> list[str | None]:
    """The reach each column measures ("Followers of network" -> "followers"), or None."""
    found: list[str | None] = []
    for cell in header:
        words = re.findall(r"[a-z]+", cell.lower())
        found.append(next((REACH_COLUMNS[word] for word in words if word in REACH_COLUMNS), None))
    return found


# a header naming whom the row's network targeted, or what it was ("Target audience", "Description"), where it
# came from ("Country of origin", "Operated from"), or its name alone ("Network", "Operation name")
TARGET_HEADER = re.compile(r"\btarget(?:s|ed|ing)?\b|\baudiences?\b|\baimed\s+at\b", re.I)
# "Detection source": who found the network, where a report says ("External (Cedar Lane Lab)", "Internal")
SOURCE_HEADER = re.compile(r"\b(?:detection\s+source|detected\s+by|source\s+of\s+detection|referred\s+by|"
                           r"referral|tip(?:ped)?\s+(?:off\s+)?by|lead\s+source|tip-?offs?|tipped\s+off)\b", re.I)
# a column of each row's election ("| Country | Election date(s) | …"): the country beside it is the one voting
ELECTION_HEADER = re.compile(r"\belections?\b|\bvote\b|\bpolling\s+day\b", re.I)
EXTERNAL_SOURCE = re.compile(r"\W*(?:external|referral|tip|partner)\W*\(\s*(?P<name>[^()]{3,80}?)\s*\)\W*", re.I)
DESCRIPTION_HEADER = re.compile(r"\b(?:description|summary|details|notes?|about)\b", re.I)
ORIGIN_HEADER = re.compile(r"\b(?:origin|originat\w*|operated\s+from|based\s+in|country|countries)\b", re.I)
NAME_HEADER = re.compile(r"(?:network|operation|campaign|cluster)(?:\s+name)?|name", re.I)
# a column naming who the platform tied the row's network to ("Attributed to", "Linked to", "Operator")
LINKED_HEADER = re.compile(r"(?:attributed|linked|tied)\s+to|attribution|operators?|run\s+by|behind\s+it", re.I)
ASIDE = re.compile(r"\s*\([^()]*\)")  # "Network (our name)": the header's aside, which says nothing of its role
# a column naming who removed the row's network, or when ("| Date | Platform | Network | … |")
PLATFORM_HEADER = re.compile(r"(?:platform|company|service|site|app)s?", re.I)
# a column saying what each row's figure counts ("| Removed | Unit |" over "| 1,874 | channels |")
UNIT_HEADER = re.compile(r"units?|unit\s+type|type\s+of\s+assets?", re.I)
DATE_HEADER = re.compile(r"(?:date|announced|date\s+(?:announced|removed|of\s+removal)|removed\s+on|when|"
                         # ("| Month | … |": "July 2024"; "| Quarter | … |": "Q3 2025")
                         # ("| Year | CIB networks removed | … |": an annual summary's rows, "2023")
                         r"(?:month|quarter|period|year)(?:\s+(?:removed|disclosed|announced))?)", re.I)
# a cell's figure with its qualifier: "More than 2,300", "about 1,200", "~450"
QUALIFIED = re.compile(r"(?P<qualifier>more\s+than|over|about|around|approximately|roughly|nearly|almost|at\s+least|"
                       r"fewer\s+than|less\s+than|up\s+to|~|>|<)?\s*(?P<figure>\d{1,3}(?:,\d{3})+|\d+)\+?"
                       r"(?:\s+(?P<unit>[A-Za-z]+))?", re.I)  # ("2,604 channels": the cell's own unit)
QUALIFIER_NAMES = {"over": "more than", "around": "about", "approximately": "about", "roughly": "about", "~": "about",
                   "almost": "nearly", "less than": "fewer than", ">": "more than", "<": "fewer than"}


def column_roles(header: list[str]) -> list[str | None]:
    """What each column says of the row's network besides figures: "target" ("Target audience"), "description"
    ("Description"), "origin" ("Country of origin"), "name" ("Network"), "platform" ("Platform"), "date"
    ("Date"), "unit" ("Unit": what the row's figure counts), "source" ("Detection source": who found it), "linked"
    ("Attributed to": who ran it), or None."""
    plain = [ASIDE.sub("", cell).strip() for cell in header]
    return ["source" if SOURCE_HEADER.search(cell) else "platform" if PLATFORM_HEADER.fullmatch(cell)
            else "election" if ELECTION_HEADER.search(cell)
            else "date" if DATE_HEADER.fullmatch(cell)
            else "unit" if UNIT_HEADER.fullmatch(cell)
            else "linked" if LINKED_HEADER.fullmatch(cell)
            else "target" if TARGET_HEADER.search(cell) else "description" if DESCRIPTION_HEADER.search(cell)
            else "origin" if ORIGIN_HEADER.search(cell) else "name" if NAME_HEADER.fullmatch(cell)
            else None for cell in plain]


# a cell saying the row's network was tied to nobody ("not attributed", "n/a", "Unknown")
_NO_ONE = r"none|unknown|n/?a|-+|—"  # a cell's words for nobody and nothing, which the patterns below share
NOBODY = re.compile(rf"\W*(?:not\s+(?:attributed|known|disclosed|given|named)|unattributed|{_NO_ONE})\W*", re.I)


def linked_name(cell: str) -> str | None:
    """Who a row's network is tied to, from an attribution cell ("Altiplano Estrategias, a La Paz consultancy" ->
    "Altiplano Estrategias"); None for "not attributed" and its kin."""
    name = cell.split(",")[0].strip(" *_")
    return None if not name or NOBODY.fullmatch(name) or not name[0].isupper() else name


def field_line(text: str) -> tuple[list[str], list[str]] | None:
    """"Network origin: Russia / Target: Georgia / Accounts: 1,046": (labels, values), each field "Label: value"
    between slashes; None for a line that is not all such fields."""
    parts = [part.split(":", 1) for part in text.strip().rstrip(".").split(" / ")]
    if len(parts) < 3 or any(len(part) != 2 or not 0 < len(part[0].strip()) <= 40 for part in parts):
        return None
    return [label.strip() for label, _ in parts], [value.strip() for _, value in parts]


def external_source(cell: str) -> str | None:
    """Who found a row's network, from a detection-source cell ("External (Cedar Lane Lab)" -> "Cedar Lane Lab";
    "Verificá PY (fact-checker)" -> "Verificá PY"); None for "Internal", a bare "External", or an empty cell."""
    match = EXTERNAL_SOURCE.fullmatch(cell.strip())
    if match:
        return match["name"]
    name = ASIDE.sub("", cell).strip(" *_.")
    return name if name[:1].isupper() and not SELF_FOUND.fullmatch(name) else None


# a name cell that gives none: "unnamed", "n/a", "—"
UNNAMED = re.compile(rf"\W*(?:unnamed|no\s+name|not\s+named|{_NO_ONE})(?:\s+(?:network|operation|campaign|cluster))?"
                     r"\W*", re.I)
# a detection cell that names nobody outside: "Internal", "External", "Proactive", "n/a"
SELF_FOUND = re.compile(r"(?:internal(?:ly)?|external|proactive(?:ly)?|own\s+investigation|automated|partner|referral|"
                        rf"tip|{_NO_ONE})(?:\s+\w+)?", re.I)


def cell_unit(cell: str) -> str | None:
    """The unit a figure's cell names itself ("2,604 channels" -> "channels"), or None."""
    match = QUALIFIED.fullmatch(cell.strip())
    return UNIT_WORDS[match["unit"].lower()] if match and match["unit"] and match["unit"].lower() in UNIT_WORDS \
        else None


def figure(cell: str) -> int | None:
    """The whole figure a cell holds ("1,326"), or None: a cell with anything else is not a count."""
    return int(cell.replace(",", "")) if FIGURE.fullmatch(cell) else None


def qualified_figure(cell: str) -> tuple[int, str] | None:
    """The figure a cell holds and its qualifier ("More than 2,300" -> (2300, "more than"); "1,326" -> (1326,
    "exact"); "2,300+" -> (2300, "more than")), or None for a cell with anything else."""
    match = QUALIFIED.fullmatch(cell.strip())
    if match is None or (match["unit"] and match["unit"].lower() not in UNIT_WORDS):
        return None
    qualifier = " ".join((match["qualifier"] or "").lower().split())
    qualifier = QUALIFIER_NAMES.get(qualifier, qualifier) or ("more than" if cell.strip().endswith("+") else "exact")
    return int(match["figure"].replace(",", "")), qualifier
