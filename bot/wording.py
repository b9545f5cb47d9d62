"""How answers word dates and lists, shared by the answers, the summary table and Slack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def format_date(iso: str | None, precision: str | None = "day") -> str:
    """'2019-01-31' -> 'January 31, 2019' (or 'January 2019' for a month, '2019' for a year: "last year" gives
    no day, and printing its stored January 1 would invent one)."""
    if not iso:
        return "an unknown date"
    date = dt.date.fromisoformat(iso)
    if precision == "year":
        return str(date.year)
    if precision == "week":
        return date.strftime("the week of %B %-d, %Y")
    return date.strftime("%B %Y") if precision == "month" else date.strftime("%B %-d, %Y")


def join_words(items: Iterable[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
