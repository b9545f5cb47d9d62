"""Markdown tables of takedown figures: a header naming units, rows labelled with a country.

Quarterly reports list their networks as a table ("| Iran | 389 | 118 | 27 | 6 |" under "| Origin |
Facebook accounts | Pages | Groups | Instagram accounts |").  No sentence of such a row says what its
figures count; the header does.  Pure functions: the extractor asks what a row's cells are and what each
column counts, and cites the row itself.
"""

from __future__ import annotations

import re

from bot.units import SURFACES
from bot.vocabulary import UNIT_WORDS

RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")  # "|---|---:|"
FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


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
    "Pages" -> ("pages", None), "Origin" -> None.  A column naming more than one unit counts none."""
    found: list[tuple[str, str | None] | None] = []
    for cell in header:
        words = re.findall(r"[a-z]+", cell.lower())
        units = {UNIT_WORDS[word] for word in words if word in UNIT_WORDS}
        surfaces = [SURFACES[word] for word in words if word in SURFACES]
        found.append((units.pop(), surfaces[0] if surfaces else None) if len(units) == 1 else None)
    return found


def figure(cell: str) -> int | None:
    """The whole figure a cell holds ("1,326"), or None: a cell with anything else is not a count."""
    return int(cell.replace(",", "")) if FIGURE.fullmatch(cell) else None
